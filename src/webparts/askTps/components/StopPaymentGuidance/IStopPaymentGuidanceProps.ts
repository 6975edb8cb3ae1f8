import type { Resource } from '../../../../domain/resources';

/** Props of {@link StopPaymentGuidance}. */
export interface IStopPaymentGuidanceProps {
  /** The officer's Smart Centre zone, when chosen (close of business is counted there). */
  centreTimeZone: string | undefined;
  /** "Now", for today's close of business. */
  now: Date;
  /** The TPS Resources rows, once read (the link to "How to request to stop an incorrect payment"). */
  resources: ReadonlyArray<Resource> | undefined;
  /** The officer ticked that the Stop Payment Request DOC is recorded. */
  docRecorded: boolean;
  /** Ticks or unticks it. */
  onDocRecorded: (recorded: boolean) => void;
  /** The error to show on the tick. */
  errorMessage?: string;
  /** While posting. */
  disabled?: boolean;
  /** Id of the error line (for aria-describedby). */
  errorId: string;
}
