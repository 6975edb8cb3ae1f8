import type { IRecordedCheck } from '../../actions';

/** Props of {@link RecordCheckForm}. */
export interface IRecordCheckFormProps {
  /** A check landed (the form has cleared for the next one). */
  onRecorded(recorded: IRecordedCheck, officerName: string): void;
  /** The checker closed the form. */
  onClose(): void;
}
