export { RecordContactForm } from './RecordContactForm';
export type { IRecordContactFormProps } from './IRecordContactFormProps';
