export { AskTps } from './AskTps';
export type { IAskTpsProps } from './IAskTpsProps';
