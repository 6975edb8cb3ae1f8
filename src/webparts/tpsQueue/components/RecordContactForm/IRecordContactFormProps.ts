import type { IEnquiry } from '../../../../data/stores/types';
import type { WorkType } from '../../../../domain/workTypes';

/** Props of {@link RecordContactForm}. */
export interface IRecordContactFormProps {
  /** The Work Types list (the built-in ones until read). */
  workTypes: ReadonlyArray<WorkType>;
  /** The contact was recorded and claimed: open it (finalise, outcome or escalate follow as for any enquiry). */
  onRecorded: (e: IEnquiry, message: string) => void;
  /** The TPSO closed the form. */
  onCancel: () => void;
}
