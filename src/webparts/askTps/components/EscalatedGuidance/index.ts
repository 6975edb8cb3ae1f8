export { EscalatedGuidance } from './EscalatedGuidance';
export type { IEscalatedGuidanceProps } from './IEscalatedGuidanceProps';
