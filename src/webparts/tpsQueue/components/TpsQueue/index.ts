export { TpsQueue } from './TpsQueue';
export type { ITpsQueueProps } from './ITpsQueueProps';
