export { SiteGate } from './SiteGate';
export type { ISiteGateProps } from './ISiteGateProps';
