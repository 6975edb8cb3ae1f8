export { CentreChoice } from './CentreChoice';
export type { ICentreChoiceProps } from './ICentreChoiceProps';
