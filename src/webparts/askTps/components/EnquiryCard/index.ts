export { EnquiryCard } from './EnquiryCard';
export type { IEnquiryCardProps } from './IEnquiryCardProps';
