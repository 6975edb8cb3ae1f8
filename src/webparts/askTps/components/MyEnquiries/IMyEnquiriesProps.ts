import type { WorkType } from '../../../../domain/workTypes';
import type { Resource } from '../../../../domain/resources';
import type { IMyEnquiries } from '../../hooks/useMyEnquiries';
import type { IMyFeedback } from '../../hooks/useMyFeedback';

/** Props of {@link MyEnquiries}. */
export interface IMyEnquiriesProps {
  /** The officer's enquiries and their live updates (from useMyEnquiries). */
  model: IMyEnquiries;
  /** Work types, for titles and guideline minutes. */
  workTypes: ReadonlyArray<WorkType>;
  /** "Now" for the clocks (tests fix it); defaults to the current time, refreshed every 30 s without requests. */
  now?: Date;
  /** The TPS Resources rows, once read (links in each card's steps). */
  resources?: ReadonlyArray<Resource>;
  /** The officer's flags and their review states, once read. */
  flags?: Pick<IMyFeedback, 'byEnquiry' | 'refresh'>;
}
