export { AskTpsPosting } from './AskTpsPosting';
export type { IAskTpsPostingProps } from './IAskTpsPostingProps';
