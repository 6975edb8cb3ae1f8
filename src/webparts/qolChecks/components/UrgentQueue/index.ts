export { UrgentQueue } from './UrgentQueue';
export type { IUrgentQueueProps } from './IUrgentQueueProps';
