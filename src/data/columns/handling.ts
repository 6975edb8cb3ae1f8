import { CommonFields } from './common';

/**
 * Column names of the Enquiry Handling list: what TPS staff decided about one enquiry (who claimed, took over,
 * answered, resolved or escalated it, and when). Only TPS staff write this list; officers cannot even read it.
 */
export const HandlingFields = {
  Title: CommonFields.Title,
  EnquiryId: 'EnquiryId',
  WorkType: 'WorkType',
  Status: 'Status',
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
  EscalatedAt: 'EscalatedAt',
  EscalationId: 'EscalationId',
  Outcome: 'Outcome',
  Complex: 'Complex',
  Corrections: 'Corrections'
} as const;
