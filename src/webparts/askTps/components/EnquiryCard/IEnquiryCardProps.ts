import type { WorkType } from '../../../../domain/workTypes';
import type { IEnquiry } from '../../../../data/stores/types';

/** Props of {@link EnquiryCard}. */
export interface IEnquiryCardProps {
  /** The enquiry shown. */
  enquiry: IEnquiry;
  /** Work types, for the title and the guideline minutes. */
  workTypes: ReadonlyArray<WorkType>;
  /** "Now" for the waiting clock. */
  now: Date;
  /** Called with the item as it is after the officer changed it. */
  onChanged: (item: IEnquiry) => void;
  /** Asks for a refresh (e.g. after a conflict, to show who changed it). */
  onStale: () => void;
}
