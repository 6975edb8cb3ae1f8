/**
 * The request digest (X-RequestDigest) SharePoint demands on writes: an HMAC of its issue time and the user it was
 * issued to under the site's secret, valid for FormDigestTimeoutSeconds. As in SharePoint, a digest is the user's
 * own: another user's digest is refused like a forged one.
 */
import * as crypto from 'node:crypto';
import type { Db } from '../db';

/** How long a request digest is valid (SharePoint's FormDigestTimeoutSeconds). */
export const DIGEST_SECONDS = 1800;

export class RequestDigest {
  public constructor(private readonly db: Db) {}

  public make(userId: number): string {
    const ts = String(Date.now());
    return '0x' + this.hmac(ts, userId) + ',' + ts;
  }

  /** Whether `value` is a digest this site issued to `userId` and still valid. */
  public check(value: string | undefined, userId: number): boolean {
    if (!value) {
      return false;
    }
    const [mac, ts] = value.split(',');
    if (!mac || !ts || !/^\d+$/.test(ts)) {
      return false;
    }
    const expected = '0x' + this.hmac(ts, userId);
    if (mac.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) {
      return false;
    }
    return Date.now() - Number(ts) < DIGEST_SECONDS * 1000;
  }

  private hmac(ts: string, userId: number): string {
    const secret = (this.db.prepare("SELECT value FROM meta WHERE key='digestSecret'").get() as { value: string })
      .value;
    return crypto.createHmac('sha256', secret).update(`${ts}:${userId}`).digest('hex').toUpperCase();
  }
}
