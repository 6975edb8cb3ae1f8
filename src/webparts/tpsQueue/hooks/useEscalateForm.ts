import * as React from 'react';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../shared/text/format';
import { newRequestKey } from '../../../data/requestKey';
import { isEscalationCategory } from '../../../domain/escalationCategories';
import type { EscalationCategory } from '../../../domain/escalationCategories';
import type { EscalationDeadlines } from '../../../domain/escalationDeadlines';
import { deadlinesFor, escalate, usesEped } from '../actions';
import type { IDeadlineFacts } from '../actions';
import {
  ictIncidentProblem,
  MAX_LENGTH,
  nnuReferenceProblem,
  normaliseIctIncident,
  pickedDateAsInstant
} from '../model';
import type { IEnquiryPanel } from './useEnquiryAction';

/** What the TPSO types to escalate (seed 002 item 8). */
export interface IEscalateFields {
  category: string;
  referredToIct: boolean;
  affectsEntitlement: boolean;
  /** The EPED as picked (local midnight). */
  eped: Date | undefined;
  ictIncident: string;
  nnuReference: string;
  docRecorded: boolean;
  summary: string;
}

/** Messages under the escalation fields ('' or undefined where there is nothing to say). */
export interface IEscalateMessages {
  category: string | undefined;
  ictIncident: string | undefined;
  nnuReference: string | undefined;
  summary: string | undefined;
  /** The DOC confirmation is missing (said once the TPSO tried). */
  doc: string | undefined;
  /** Above the button: "fix the marked fields", else the last failure. */
  form: string | undefined;
}

/** What {@link useEscalateForm} returns. */
export interface IEscalateForm {
  fields: IEscalateFields;
  /** Changes one field. */
  set: <K extends keyof IEscalateFields>(field: K, value: IEscalateFields[K]) => void;
  /** The TPSO left the ICT incident field: its shape is said now, and a good number is written the usual way. */
  leaveIctIncident: () => void;
  messages: IEscalateMessages;
  /** Ask about entitlement (and the EPED): a system issue referred to ICT. */
  entitlementAsked: boolean;
  /** The deadline the escalation would get now, once a category is chosen. */
  preview: EscalationDeadlines | undefined;
  /** Escalates; with anything wrong it marks the fields and sends nothing. */
  submit: () => void;
}

const EMPTY: IEscalateFields = {
  category: '',
  referredToIct: false,
  affectsEntitlement: false,
  eped: undefined,
  ictIncident: '',
  nnuReference: '',
  docRecorded: false,
  summary: ''
};

function ictMessage(problem: ReturnType<typeof ictIncidentProblem>, length: number): string | undefined {
  switch (problem) {
    case 'missing':
      return strings.IctIncidentMissing;
    case 'tooLong':
      return format(strings.TooLong, MAX_LENGTH.ictIncident, length);
    case 'shape':
      return strings.IctIncidentShape;
    default:
      return undefined;
  }
}

/**
 * The escalation form's state, its checks and its write. Every field is checked here first, so nothing reaches
 * SharePoint to be refused; the request key is made once per form, so a retried escalation lands once.
 */
export function useEscalateForm(panel: IEnquiryPanel): IEscalateForm {
  const { enquiry, data, actor, now, run, onChanged } = panel;
  const [fields, setFields] = React.useState<IEscalateFields>(() => ({
    ...EMPTY,
    category: panel.enquiry.stopPayment ? 'ArrearsStopPayment' : ''
  }));
  const [ictTouched, setIctTouched] = React.useState<boolean>(false);
  const [tried, setTried] = React.useState<boolean>(false);
  const requestKey = React.useRef<string>(newRequestKey('esc'));
  const set = <K extends keyof IEscalateFields>(field: K, value: IEscalateFields[K]): void =>
    setFields((current) => ({ ...current, [field]: value }));
  const { referredToIct, affectsEntitlement, eped, ictIncident, nnuReference, summary, docRecorded } = fields;

  const facts: IDeadlineFacts = {
    referredToIct,
    affectsEntitlement,
    eped: eped ? pickedDateAsInstant(eped) : undefined
  };
  const chosen: EscalationCategory | '' = isEscalationCategory(fields.category) ? fields.category : '';
  const ictProblem = referredToIct ? ictIncidentProblem(ictIncident) : undefined;
  const nnuProblem = nnuReferenceProblem(nnuReference, now);
  const invalid: boolean = !chosen || !!ictProblem || !!nnuProblem || !summary.trim() || !docRecorded;
  // The length is said as soon as it is passed; the rest once the TPSO leaves the field or tries to escalate.
  const showIct: boolean =
    ictProblem === 'tooLong' ||
    (ictProblem === 'shape' && (ictTouched || tried)) ||
    (ictProblem === 'missing' && tried);
  const messages: IEscalateMessages = {
    category: tried && !chosen ? strings.CategoryMissing : undefined,
    ictIncident: showIct ? ictMessage(ictProblem, normaliseIctIncident(ictIncident).length) : undefined,
    nnuReference:
      nnuProblem === 'tooLong'
        ? format(strings.TooLong, MAX_LENGTH.nnuReference, nnuReference.trim().length)
        : nnuProblem === 'privacy' && tried
          ? strings.NnuPrivacy
          : undefined,
    summary: tried && !summary.trim() ? strings.SummaryMissing : undefined,
    doc: tried && !docRecorded ? strings.DocMissing : undefined,
    form: tried && invalid ? strings.EscalateFix : panel.errorIn('escalate')
  };

  const leaveIctIncident = (): void => {
    setIctTouched(true);
    if (!ictIncidentProblem(ictIncident)) {
      set('ictIncident', normaliseIctIncident(ictIncident));
    }
  };

  const submit = (): void => {
    if (invalid) {
      setTried(true);
      return;
    }
    run(strings.Escalating, 'escalate', async () => {
      const withEped: boolean = usesEped(chosen, facts);
      const result = await escalate(data, enquiry, actor, {
        category: chosen,
        referredToIct,
        affectsEntitlement: withEped,
        eped: withEped ? facts.eped : undefined,
        ictIncident,
        nnuReference,
        docRecorded,
        summary,
        requestKey: requestKey.current
      });
      onChanged(
        result.enquiry,
        format(
          strings.EscalatedDone,
          result.enquiry.id,
          result.escalation.dueAt ? result.escalation.dueAt.toLocaleString() : ''
        )
      );
    }).catch(() => undefined);
  };

  return {
    fields,
    set,
    leaveIctIncident,
    messages,
    entitlementAsked: chosen === 'SystemIssue' && referredToIct,
    preview: chosen ? deadlinesFor(enquiry, chosen, facts, now) : undefined,
    submit
  };
}
