export type { IEscalationDetailProps } from './IEscalationDetailProps';
