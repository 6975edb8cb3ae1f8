export { EscalationList } from './EscalationList';
export type { IEscalationListProps } from './IEscalationListProps';
