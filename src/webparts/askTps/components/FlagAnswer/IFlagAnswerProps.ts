import type { IEnquiry } from '../../../../data/stores/types';

/** Props of {@link FlagAnswer}. */
export interface IFlagAnswerProps {
  /** The answered enquiry (its assignee is the TPSO the feedback is about). */
  enquiry: IEnquiry;
  /** Closes the form (Cancel). */
  onClose: () => void;
}
