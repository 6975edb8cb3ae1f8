export { StopPaymentSteps } from './StopPaymentSteps';
export type { IStopPaymentStepsProps } from './IStopPaymentStepsProps';
