export { usePolling } from './usePolling';
export type { IPolling, IPollingOptions, IVisibilitySource } from './usePolling';
export { useNow } from './useNow';
export { useIsMounted } from './useIsMounted';
export { useWorkTypes } from './useWorkTypes';
export type { IWorkTypes, IWorkTypesSource } from './useWorkTypes';
export { useSaveAction } from './useSaveAction';
export type { ISaveAction } from './useSaveAction';
