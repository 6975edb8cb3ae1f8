export { Escalations } from './Escalations';
export type { IEscalationsProps } from './IEscalationsProps';
