import type { WorkType } from '../../../../domain/workTypes';
import type { IMyEnquiries } from '../../hooks/useMyEnquiries';

/** Props of {@link MyEnquiries}. */
export interface IMyEnquiriesProps {
  /** The officer's enquiries and their live updates (from useMyEnquiries). */
  model: IMyEnquiries;
  /** Work types, for titles and guideline minutes. */
  workTypes: ReadonlyArray<WorkType>;
  /** "Now" for the clocks (tests fix it); defaults to the current time, refreshed every 30 s without requests. */
  now?: Date;
}
