import type { WorkType } from '../../../../domain/workTypes';
import type { IEnquiry, IFeedback } from '../../../../data/stores/types';
import type { Resource } from '../../../../domain/resources';

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
  /** The TPS Resources rows, once read (links in the steps after an escalation). */
  resources?: ReadonlyArray<Resource>;
  /** The officer's latest flag on this answer, once read: its review state shows on the card. */
  flag?: IFeedback;
  /** Called after the officer flagged the answer (to read the flags again). */
  onFlagged?: () => void;
}
