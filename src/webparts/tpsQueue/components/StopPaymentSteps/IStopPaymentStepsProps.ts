import type { IEnquiry } from '../../../../data/stores/types';

/** Props of {@link StopPaymentSteps}. */
export interface IStopPaymentStepsProps {
  /** A stop-payment request (its centre's zone gives close of business). */
  enquiry: IEnquiry;
  /** The clock the panel shows. */
  now: Date;
}
