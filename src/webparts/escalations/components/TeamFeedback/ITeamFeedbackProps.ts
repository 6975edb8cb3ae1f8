import type { IFeedbackReview } from '../../../../data/stores/types';
import type { IFeedbackActor } from '../../actions';

/** Props of the Team Leader's list of confirmed feedback about their TPSOs. */
export interface ITeamFeedbackProps {
  /** Confirmed and closed flags routed to this Team Leader, newest first; undefined while loading. */
  items: IFeedbackReview[] | undefined;
  /** Set until the list is asked for: it shows a button that reads it (first render stays at two requests). */
  onShow?: () => void;
  /** Why it could not be read ('' when it could). */
  error: string;
  /** The Team Leader. */
  actor: IFeedbackActor;
  /** Called with a review once closed. */
  onClosed: (r: IFeedbackReview) => void;
  /** Says something to screen reader users (a close landed). */
  onAnnounce: (text: string) => void;
}
