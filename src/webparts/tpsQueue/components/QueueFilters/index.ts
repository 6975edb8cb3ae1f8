export { QueueFilters } from './QueueFilters';
export type { IQueueFiltersProps } from './IQueueFiltersProps';
