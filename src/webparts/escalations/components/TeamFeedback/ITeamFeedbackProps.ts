import type { IFeedback } from '../../../../data/stores/types';

/** Props of the Team Leader's feedback list. */
export interface ITeamFeedbackProps {
  /** The feedback about the Team Leader's TPSOs, newest first; undefined while loading. */
  items: IFeedback[] | undefined;
  /** Why it could not be read ('' when it could). */
  error: string;
  /** Called with feedback once closed. */
  onClosed: (f: IFeedback) => void;
  /** Says something to screen reader users (a close landed). */
  onAnnounce: (text: string) => void;
}
