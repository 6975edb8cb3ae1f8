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
  RequestKey: CommonFields.RequestKey,
  NonCriticalErrors: 'NonCriticalErrors',
  EnquiryId: 'EnquiryId',
  Officer: 'Officer',
  OfficerMonthKey: 'OfficerMonthKey',
  WorkTypeMonthKey: 'WorkTypeMonthKey',
  ResultId: 'ResultId',
  UrgentMonthKey: 'UrgentMonthKey',
  CheckerMonthKey: 'CheckerMonthKey'
} as const;

/**
 * Column names of the QOL Directions list: checks a Team Leader or SSO directs to a TPSO (seed 000: TPSOs "QOL check
 * Smart Centre work as directed"): a number of one officer's activities or of one work type, by a due date.
 */
export const QolDirectionFields = {
  Title: CommonFields.Title,
  TpsoKey: 'TpsoKey',
  OfficerKey: 'OfficerKey',
  WorkType: 'WorkType',
  CheckCount: 'CheckCount',
  DueDate: 'DueDate',
  DirectedByKey: 'DirectedByKey',
  RequestKey: CommonFields.RequestKey
} as const;

/**
 * Column names of the QOL Results list: the officer's read-only copy of one check (outcome, pillars, errors,
 * feedback), readable by that officer alone through the item's own permissions.
 */
export const QolResultFields = {
  Title: CommonFields.Title,
  CheckId: 'CheckId',
  OfficerKey: 'OfficerKey',
  WorkType: 'WorkType',
  ActivityRef: 'ActivityRef',
  Outcome: 'Outcome',
  PillarsFailed: 'PillarsFailed',
  NonCriticalErrors: 'NonCriticalErrors',
  Feedback: 'Feedback',
  SentBack: 'SentBack',
  CheckedAt: 'CheckedAt',
  RequestKey: CommonFields.RequestKey
} as const;

/**
 * Column names of the QOL Responses list: what an officer writes (acknowledged feedback, a sent-back activity
 * corrected, an urgent QOL request with its work type, reason and activity), on items only they and TPS staff read.
 */
export const QolResponseFields = {
  Title: CommonFields.Title,
  Kind: 'Kind',
  CheckId: 'CheckId',
  OfficerKey: 'OfficerKey',
  RequestKey: CommonFields.RequestKey,
  WorkType: 'WorkType',
  UrgentReason: 'UrgentReason',
  ActivityRef: 'ActivityRef',
  UrgentMonthKey: 'UrgentMonthKey'
} as const;
