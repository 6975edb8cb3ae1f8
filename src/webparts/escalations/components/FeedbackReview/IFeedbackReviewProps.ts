import type { IFeedback, IFeedbackReview } from '../../../../data/stores/types';
import type { IFeedbackActor } from '../../actions';

/** Props of the reviewer's list of flags waiting for review. */
export interface IFeedbackReviewProps {
  /** Flags with no review yet, newest first; undefined while loading. */
  items: IFeedback[] | undefined;
  /** Set until the list is asked for: it shows a button that reads it (first render stays at two requests). */
  onShow?: () => void;
  /** Why they could not be read ('' when they could). */
  error: string;
  /** The reviewer (a Team Leader or a Senior Practitioner). */
  actor: IFeedbackActor;
  /** Called once a flag is confirmed or declined. */
  onReviewed: (flag: IFeedback, review: IFeedbackReview) => void;
  /** Says something to screen reader users (a review landed). */
  onAnnounce: (text: string) => void;
}
