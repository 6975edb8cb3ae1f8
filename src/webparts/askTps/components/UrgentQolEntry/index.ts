export { UrgentQolEntry } from './UrgentQolEntry';
export type { IUrgentQolEntryProps } from './IUrgentQolEntryProps';
