/**
 * The local SharePoint: a node:http server speaking the SharePoint REST dialect @pnp/sp v4 uses, backed by SQLite,
 * with a Graph stand-in for mail and /_local control endpoints (see routes.ts). This file wires it up and hands out
 * the test hooks.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { Db, IPersona, openDb } from '../db';
import { SpSite } from '../sp';
import { loadPersonas } from './persona';
import { Fallback, requestListener } from './routes';
import { ServerState } from './serverState';
import type { IStats } from './stats';
import type { IThrottleRule } from './throttle';

export interface ILocalSharePointOptions {
  /** SQLite file (created when missing). */
  dbPath: string;
  /** 0 or undefined = random free port. */
  port?: number;
  host?: string;
  /** Defaults to dev/personas.json next to this folder. */
  personasPath?: string;
  /** Handles anything that is not SharePoint, Graph, /outbox or /_local (the workbench). */
  fallback?: Fallback;
  /** Server-relative site path; default /sites/boutique. */
  sitePath?: string;
}

export interface ILocalSharePoint {
  url: string;
  siteUrl: string;
  db: Db;
  site: SpSite;
  personas: IPersona[];
  close(): Promise<void>;
  /** Test hook: insert rows straight into a list (REST-style values). */
  bulkInsert(listTitle: string, rows: Record<string, unknown>[], authorLogin?: string): void;
  /** Test hook: set a throttle rule (same as POST /_local/throttle). */
  throttle(rule: IThrottleRule | null): void;
  stats(): IStats;
  resetStats(): void;
  reset(): void;
}

/** Starts the local SharePoint. */
export async function createLocalSharePoint(opts: ILocalSharePointOptions): Promise<ILocalSharePoint> {
  const personasPath = opts.personasPath ?? path.resolve(__dirname, '..', '..', 'personas.json');
  const { personas, sitePath } = loadPersonas(personasPath, opts.sitePath);
  const db = openDb(opts.dbPath, personas);
  const site = new SpSite(db);
  const state = new ServerState(db, site, personas, sitePath);

  const server = http.createServer(requestListener(state, opts.fallback));
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const url = `http://${opts.host ?? '127.0.0.1'}:${addr.port}`;

  return {
    url,
    siteUrl: url + sitePath,
    db,
    site,
    personas,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          try {
            db.close();
          } catch {
            /* already closed */
          }
          resolve();
        });
        server.closeAllConnections();
      }),
    bulkInsert: (listTitle, rows, authorLogin) => site.bulkInsert(listTitle, rows, authorLogin),
    throttle: (r) => state.throttle.arm(r),
    stats: () => state.stats.current,
    resetStats: () => state.stats.reset(),
    reset: () => state.reset()
  };
}
