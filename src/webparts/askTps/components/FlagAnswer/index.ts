export { FlagAnswer } from './FlagAnswer';
export type { IFlagAnswerProps } from './IFlagAnswerProps';
