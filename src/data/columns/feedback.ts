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
  RequestKey: CommonFields.RequestKey
} as const;
