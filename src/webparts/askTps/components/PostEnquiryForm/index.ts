export { PostEnquiryForm } from './PostEnquiryForm';
export type { IPostEnquiryFormProps, IEnquiryDraft, IDraftStorageArea } from './IPostEnquiryFormProps';
