/**
 * The mails of an escalation's life: the finalise notice to the officer and the TPSO who escalated, and the urgent
 * arrears alert (seed 003/004). Built from the escalation's codes and notes only: never the CRN (the mailer's guard
 * strips anything that looks like one as well).
 */
import { ESCALATION_CATEGORIES } from '../domain/escalationCategories';
import { FINALISATION_REASONS, WORK_COMPLETED_BY } from '../domain/escalationLifecycle';
import type { IEnquiry, IEscalation, IEscalationNote } from './stores/types';

function titleOf(list: ReadonlyArray<{ key: string; title: string }>, key: string | undefined): string {
  for (const x of list) {
    if (x.key === key) {
      return x.title;
    }
  }
  return key || '';
}

function lastNote(notes: ReadonlyArray<IEscalationNote>): IEscalationNote | undefined {
  for (let i: number = notes.length - 1; i >= 0; i--) {
    if (!notes[i].kind || notes[i].kind === 'note' || notes[i].kind === 'followUp') {
      return notes[i];
    }
  }
  return undefined;
}

/** The finalise notice: reason, who completes the work, and what the officer must do (seed 004). */
export function composeEscalationFinalisedMail(
  e: IEscalation,
  enquiry: Pick<IEnquiry, 'id'> | undefined
): { subject: string; bodyText: string } {
  const note: IEscalationNote | undefined = lastNote(e.notes);
  const lines: string[] = [
    'Escalation #' +
      e.id +
      (enquiry ? ' (enquiry #' + enquiry.id + ')' : '') +
      ' has been finalised by a Senior Practitioner.',
    '',
    'Category: ' + titleOf(ESCALATION_CATEGORIES, e.category),
    'Reason: ' + titleOf(FINALISATION_REASONS, e.finalisationReason),
    'Who completes the work: ' + titleOf(WORK_COMPLETED_BY, e.completedBy)
  ];
  if (note) {
    lines.push('', 'Action taken: ' + note.actionTaken, 'Resources used: ' + note.resourcesUsed);
  }
  // What the officer must do, from every note (seed 004: a call-back is the officer's and stated in the notes).
  const required: string[] = e.notes.map((n) => (n.actionRequiredByOfficer || '').trim()).filter((t) => !!t);
  for (const r of required) {
    lines.push('Action required by the officer: ' + r);
  }
  if (e.notes.some((n) => !!n.officerCallBack)) {
    lines.push('The officer must call the customer back.');
  }
  return { subject: 'TPS escalation #' + e.id + ' finalised', bodyText: lines.join('\n') };
}

/** The urgent arrears alert (seed 003/004: refer to ICT before close of business; Team Leader told at once). */
export function composeArrearsAlert(
  e: Pick<IEscalation, 'id' | 'enquiryId' | 'workType' | 'ictIncident'>,
  dueWords: string
): { subject: string; bodyText: string } {
  return {
    subject: 'Urgent: arrears stop payment, escalation #' + e.id + ' — ' + dueWords,
    bodyText: [
      'A TPSO has escalated incorrectly generated arrears (escalation #' +
        e.id +
        ', enquiry #' +
        e.enquiryId +
        ', work type ' +
        e.workType +
        ').',
      'The stop payment request must be referred to the ICT Applications Service Desk before close of business: ' +
        dueWords +
        '.',
      e.ictIncident ? 'ICT incident: ' + e.ictIncident : 'No ICT incident yet.',
      '',
      'Open TPS Escalations to take it.'
    ].join('\n')
  };
}
