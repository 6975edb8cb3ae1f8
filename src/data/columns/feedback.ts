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
