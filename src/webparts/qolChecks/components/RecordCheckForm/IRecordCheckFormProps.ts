import type { IQolCheck } from '../../../../data/stores/types';
import type { IRecordedCheck } from '../../actions';

/** Props of {@link RecordCheckForm}. */
export interface IRecordCheckFormProps {
  /** A check landed (the form has cleared for the next one). */
  onRecorded(recorded: IRecordedCheck, officerName: string): void;
  /** An urgent check this checker has claimed: the form records onto it (officer and work type fixed). */
  claim?: IQolCheck;
  /** The checker closed the form. */
  onClose(): void;
}
