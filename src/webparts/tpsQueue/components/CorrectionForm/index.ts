export { CorrectionForm } from './CorrectionForm';
export type { ICorrectionFormProps } from './ICorrectionFormProps';
