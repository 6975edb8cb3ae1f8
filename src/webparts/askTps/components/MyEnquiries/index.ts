export { MyEnquiries } from './MyEnquiries';
export type { IMyEnquiriesProps } from './IMyEnquiriesProps';
