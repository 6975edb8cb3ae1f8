export { default as RequestUrgentForm } from './RequestUrgentForm';
export type { IRequestUrgentFormProps } from './IRequestUrgentFormProps';
