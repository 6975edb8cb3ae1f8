export { FinaliseForm } from './FinaliseForm';
export type { IFinaliseFormProps } from './IFinaliseFormProps';
