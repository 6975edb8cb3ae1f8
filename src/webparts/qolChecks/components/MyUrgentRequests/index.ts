export { MyUrgentRequests } from './MyUrgentRequests';
export type { IMyUrgentRequestsProps } from './IMyUrgentRequestsProps';
