/**
 * The local SharePoint: a Node + SQLite stand-in for SharePoint Online's REST API (and Microsoft Graph's sendMail)
 * that the app's real PnPjs code runs against. `http/` is the server (routing, identity, throttling, stats, Graph,
 * /_local control); `sp/` is the SharePoint REST dialect, one module per resource; db.ts is the storage.
 */
export { createLocalSharePoint } from './http';
export type { ILocalSharePoint, ILocalSharePointOptions, IStats, IThrottleRule } from './http';
export { SpSite } from './sp';
export type { IPersona } from './db';
