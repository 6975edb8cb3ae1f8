export { QueueList } from './QueueList';
export type { IQueueListProps } from './IQueueListProps';
