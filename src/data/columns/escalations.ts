import { CommonFields } from './common';

/** Column names (internal and REST) of the Escalations list. */
export const EscalationFields = {
  Title: CommonFields.Title,
  EnquiryId: 'EnquiryId',
  WorkType: 'WorkType',
  Category: 'Category',
  Status: 'Status',
  DueAt: 'DueAt',
  ReviewAt: 'ReviewAt',
  NextFollowUpAt: 'NextFollowUpAt',
  EPED: 'EPED',
  ReferredToIct: 'ReferredToIct',
  ICTIncident: 'ICTIncident',
  NnuReference: 'NnuReference',
  DocRecorded: 'DocRecorded',
  Urgent: 'Urgent',
  AssigneeKey: 'AssigneeKey',
  Assignee: 'Assignee',
  RaisedByKey: 'RaisedByKey',
  Summary: 'Summary',
  Notes: 'Notes',
  FinalisedAt: 'FinalisedAt',
  FinalisationReason: 'FinalisationReason',
  CentreTimeZone: 'CentreTimeZone',
  RequestKey: CommonFields.RequestKey,
  CRN: 'CRN',
  CentreKey: 'CentreKey',
  CompletedBy: 'CompletedBy'
} as const;
