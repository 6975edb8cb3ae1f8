export { SiteGate } from './SiteGate';
export type { ISiteGateProps } from './ISiteGateProps';
export { canRunOn, DEFAULT_MINIMUM_SCHEMA_VERSION } from './schemaSupport';
