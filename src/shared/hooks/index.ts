export { usePolling } from './usePolling';
export type { IPolling, IPollingOptions, IVisibilitySource } from './usePolling';
