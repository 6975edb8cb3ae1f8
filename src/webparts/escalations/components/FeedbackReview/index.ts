export { FeedbackReview } from './FeedbackReview';
export type { IFeedbackReviewProps } from './IFeedbackReviewProps';
