export { EnquiryDetail } from './EnquiryDetail';
export type { IEnquiryDetailProps } from './IEnquiryDetailProps';
