export { default as QolSummary } from './QolSummary';
export type { IQolSummaryProps } from './IQolSummaryProps';
