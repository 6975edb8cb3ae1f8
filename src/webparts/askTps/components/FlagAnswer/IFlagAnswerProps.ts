import type { IEnquiry } from '../../../../data/stores/types';

/** Props of {@link FlagAnswer}. */
export interface IFlagAnswerProps {
  /** The answered enquiry (its assignee is the TPSO the feedback is about). */
  enquiry: IEnquiry;
  /** Closes the form (Cancel). */
  onClose: () => void;
  /** Called once the feedback landed (to read the officer's flags again). */
  onSent?: () => void;
}
