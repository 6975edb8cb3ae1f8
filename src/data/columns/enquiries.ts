import { CommonFields } from './common';

/** Column names (internal and REST) of the Enquiries list. */
export const EnquiryFields = {
  Title: CommonFields.Title,
  WorkType: 'WorkType',
  Status: 'Status',
  Reason: 'Reason',
  Question: 'Question',
  ReferencesChecked: 'ReferencesChecked',
  ReferencesRead: 'ReferencesRead',
  CustomerOnHold: 'CustomerOnHold',
  CentreTimeZone: 'CentreTimeZone',
  RequesterKey: 'RequesterKey',
  AssigneeKey: 'AssigneeKey',
  Assignee: 'Assignee',
  ClaimedAt: 'ClaimedAt',
  TakenOverAt: 'TakenOverAt',
  TakenOverByKey: 'TakenOverByKey',
  TakeOverReason: 'TakeOverReason',
  ResolvedAt: 'ResolvedAt',
  ResolvedDayKey: 'ResolvedDayKey',
  ReferencesGiven: 'ReferencesGiven',
  ReferencesList: 'ReferencesList',
  Resolution: 'Resolution',
  NotifiedAt: 'NotifiedAt',
  EscalationId: 'EscalationId',
  RequestKey: CommonFields.RequestKey,
  CRN: 'CRN',
  EscalationCategory: 'EscalationCategory',
  NnuReference: 'NnuReference',
  StopPayment: 'StopPayment',
  ContactSource: 'ContactSource'
} as const;
