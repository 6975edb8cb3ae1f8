export { DirectedChecks } from './DirectedChecks';
export type { IDirectedChecksProps } from './IDirectedChecksProps';
