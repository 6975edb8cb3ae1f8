export { StopPaymentGuidance } from './StopPaymentGuidance';
export type { IStopPaymentGuidanceProps } from './IStopPaymentGuidanceProps';
