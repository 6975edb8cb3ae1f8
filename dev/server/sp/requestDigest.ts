/**
 * The request digest (X-RequestDigest) SharePoint demands on writes: an HMAC of its issue time under the site's
 * secret, valid for FormDigestTimeoutSeconds.
 */
import * as crypto from 'node:crypto';
import type { Db } from '../db';

/** How long a request digest is valid (SharePoint's FormDigestTimeoutSeconds). */
export const DIGEST_SECONDS = 1800;

export class RequestDigest {
  public constructor(private readonly db: Db) {}

  public make(): string {
    const ts = String(Date.now());
    return '0x' + this.hmac(ts) + ',' + ts;
  }

  public check(value: string | undefined): boolean {
    if (!value) { return false; }
    const [mac, ts] = value.split(',');
    if (!mac || !ts || !/^\d+$/.test(ts)) { return false; }
    const expected = '0x' + this.hmac(ts);
    if (mac.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) { return false; }
    return Date.now() - Number(ts) < DIGEST_SECONDS * 1000;
  }

  private hmac(ts: string): string {
    const secret = (this.db.prepare("SELECT value FROM meta WHERE key='digestSecret'").get() as { value: string }).value;
    return crypto.createHmac('sha256', secret).update(ts).digest('hex').toUpperCase();
  }
}
