export { EnquiryFacts } from './EnquiryFacts';
export type { IEnquiryFactsProps } from './IEnquiryFactsProps';
