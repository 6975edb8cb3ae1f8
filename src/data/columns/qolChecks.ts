import { CommonFields } from './common';

/** Column names (internal and REST) of the QOL Checks list. */
export const QolCheckFields = {
  Title: CommonFields.Title,
  WorkType: 'WorkType',
  OfficerKey: 'OfficerKey',
  CheckerKey: 'CheckerKey',
  ActivityRef: 'ActivityRef',
  Outcome: 'Outcome',
  PillarsFailed: 'PillarsFailed',
  Urgent: 'Urgent',
  UrgentReason: 'UrgentReason',
  Feedback: 'Feedback',
  CheckedAt: 'CheckedAt',
  SentBack: 'SentBack',
  RequestKey: CommonFields.RequestKey
} as const;
