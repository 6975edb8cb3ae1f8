export { MyChecks } from './MyChecks';
export type { IMyChecksProps } from './IMyChecksProps';
