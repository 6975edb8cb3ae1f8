import { CommonFields } from './common';

/** Column names (internal and REST) of the Feedback list. */
export const FeedbackFields = {
  Title: CommonFields.Title,
  EnquiryId: 'EnquiryId',
  TpsoKey: 'TpsoKey',
  TeamLeaderKey: 'TeamLeaderKey',
  RaisedByKey: 'RaisedByKey',
  Detail: 'Detail',
  Status: 'Status',
  RequestKey: CommonFields.RequestKey,
  Outcome: 'Outcome',
  ClosedAt: 'ClosedAt',
  ClosedByKey: 'ClosedByKey'
} as const;

/**
 * Column names of the Feedback Reviews list: a reviewer's confirm or decline of one flag, and the TPSO's Team
 * Leader's record of what was done (only the Service Support Officers group writes here).
 */
export const FeedbackReviewFields = {
  Title: CommonFields.Title,
  FeedbackId: 'FeedbackId',
  EnquiryId: 'EnquiryId',
  TpsoKey: 'TpsoKey',
  TeamLeaderKey: 'TeamLeaderKey',
  RaisedByKey: 'RaisedByKey',
  Detail: 'Detail',
  Status: 'Status',
  ReviewNote: 'ReviewNote',
  ReviewedByKey: 'ReviewedByKey',
  ReviewedAt: 'ReviewedAt',
  Outcome: 'Outcome',
  ClosedAt: 'ClosedAt',
  ClosedByKey: 'ClosedByKey',
  RequestKey: CommonFields.RequestKey
} as const;

/** Column names of the Feedback Notices list (the TPSO's own read-only copy of closed feedback). */
export const FeedbackNoticeFields = {
  Title: CommonFields.Title,
  FeedbackId: 'FeedbackId',
  EnquiryId: 'EnquiryId',
  TpsoKey: 'TpsoKey',
  Detail: 'Detail',
  Outcome: 'Outcome',
  ClosedAt: 'ClosedAt',
  RequestKey: CommonFields.RequestKey
} as const;
