/** The SharePoint REST dialect of the local SharePoint: its public surface (the HTTP server, tests and bench use these). */
export { SpSite } from './spSite';
export type { ICtx, IField, IList, ISpRequest, ISpResponse, IUser, MetadataLevel } from './types';
export { DIGEST_SECONDS } from './requestDigest';
export { LIST_VIEW_THRESHOLD } from './listViewThreshold';
export { encodeInternalName } from './fieldTypes';
export { normDate, nowIso } from './dates';
export { splitPath } from './pathSegments';
