export { default as DirectChecksForm } from './DirectChecksForm';
export type { IDirectChecksFormProps } from './IDirectChecksFormProps';
