import type { WorkType } from '../../../../domain/workTypes';
import type { IEnquiry } from '../../../../data/stores/types';
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

/** Props of {@link EnquiryCard}. */
export interface IEnquiryCardProps {
  enquiry: IEnquiry;
  workTypes: ReadonlyArray<WorkType>;
  now: Date;
  /** Called with the item as it is after the officer changed it. */
  onChanged: (item: IEnquiry) => void;
  /** Asks for a refresh (e.g. after a conflict, to show who changed it). */
  onStale: () => void;
}
