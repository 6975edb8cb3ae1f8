/** The local SharePoint's HTTP server: its public surface. */
export { createLocalSharePoint } from './localSharePoint';
export type { ILocalSharePoint, ILocalSharePointOptions } from './localSharePoint';
export type { IStats } from './stats';
export type { IThrottleRule } from './throttle';
