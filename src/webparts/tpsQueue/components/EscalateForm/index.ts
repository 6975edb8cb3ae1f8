export { EscalateForm } from './EscalateForm';
export type { IEscalateFormProps } from './IEscalateFormProps';
