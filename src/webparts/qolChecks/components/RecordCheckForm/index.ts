export { default as RecordCheckForm } from './RecordCheckForm';
export type { IRecordCheckFormProps } from './IRecordCheckFormProps';
