export { OutcomeForm } from './OutcomeForm';
export type { IOutcomeFormProps } from './IOutcomeFormProps';
