export { QolChecks } from './QolChecks';
export type { IQolChecksProps } from './IQolChecksProps';
