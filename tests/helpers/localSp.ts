/**
 * Starts the local SharePoint on a random port with a temporary database, and builds real PnPjs clients against it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SPFI } from '@pnp/sp';
import { localSpAs } from '../../dev/seed/localClient';
import { createLocalSharePoint, ILocalSharePoint } from '../../dev/server';

export interface ILocalSpHandle {
  url: string;
  siteUrl: string;
  /** The running server (test hooks: bulkInsert, throttle, stats, reset, db). */
  server: ILocalSharePoint;
  /** Path of the temporary database file. */
  dbPath: string;
  /** A PnPjs root acting as the given persona login (e.g. so1@boutique.local). */
  spAs(login: string): SPFI;
  /** fetch against the server as a persona; `path` is relative to the server url (e.g. /sites/boutique/_api/web). */
  rawFetch(login: string | undefined, path: string, init?: RequestInit): Promise<Response>;
  /** A valid request digest (for rawFetch writes). */
  digest(login?: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts a server; pass `dbPath` to reopen an existing database file. */
export async function startLocalSp(opts: { dbPath?: string } = {}): Promise<ILocalSpHandle> {
  const dir = opts.dbPath ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'localsp-'));
  const dbPath = opts.dbPath ?? path.join(dir!, 'boutique.db');
  const server = await createLocalSharePoint({ dbPath, port: 0 });
  const rawFetch = (login: string | undefined, p: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (login) {
      headers.set('X-Local-User', login);
    }
    if (!headers.has('Accept')) {
      headers.set('Accept', 'application/json');
    }
    return fetch(server.url + p, { ...init, headers });
  };
  return {
    url: server.url,
    siteUrl: server.siteUrl,
    server,
    dbPath,
    spAs: (login: string) => localSpAs(server.siteUrl, login),
    rawFetch,
    digest: async (login = 'owner@boutique.local') => {
      const r = await rawFetch(login, '/sites/boutique/_api/contextinfo', { method: 'POST' });
      return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
    },
    close: async () => {
      await server.close();
      if (dir) {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  };
}

/** Same as the handle's rawFetch, for callers that hold only a url. */
export function rawFetch(
  baseUrl: string,
  login: string | undefined,
  p: string,
  init: RequestInit = {}
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (login) {
    headers.set('X-Local-User', login);
  }
  if (!headers.has('Accept')) {
    headers.set('Accept', 'application/json');
  }
  return fetch(baseUrl + p, { ...init, headers });
}
