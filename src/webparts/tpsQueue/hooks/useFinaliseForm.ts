import * as React from 'react';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../shared/text/format';
import { mailOutcomeText } from '../../../shared/text/errorText';
import { isConflictError } from '../../../data/errors';
import type { IEnquiry } from '../../../data/stores/types';
import { parseReferences } from '../../../domain/references';
import { workTypeTitle } from '../../../domain/workTypes';
import { finalise, readAsTps } from '../actions';
import { isTooLong, MAX_LENGTH, officerOf } from '../model';
import type { IEnquiryPanel } from './useEnquiryAction';

/** What the TPSO types to finalise. */
export interface IFinaliseFields {
  /** Operational Blueprint numbers, as typed. */
  refs: string;
  /** Comments for the officer (through the privacy guard). */
  comment: string;
  /** Urgent QOL: finalise without the summary mail (seed 002 item 7 exception). */
  urgentQol: boolean;
}

/** What {@link useFinaliseForm} returns. */
export interface IFinaliseForm {
  fields: IFinaliseFields;
  /** Changes one field. */
  set: <K extends keyof IFinaliseFields>(field: K, value: IFinaliseFields[K]) => void;
  /** The valid reference numbers typed (shown as links). */
  references: string[];
  /** What is wrong with the references, if anything. */
  refsError: string | undefined;
  /** The Comments' limit and length (shown under the field), and whether they are over it. */
  commentLimit: { text: string; over: boolean };
  /** The error to show above the button: the references once tried, else the last failure. */
  error: string | undefined;
  /** Finalises (and mails the officer unless urgent QOL); nothing is sent while the references are wrong. */
  submit: () => Promise<void>;
}

const EMPTY: IFinaliseFields = { refs: '', comment: '', urgentQol: false };

/**
 * The finalise form's state and its write. A 412 re-reads the enquiry (so Finalise can be pressed again with the
 * new ETag) and says who changed it and whether the officer already has the mail; the queue's progress makes
 * sure no second mail goes.
 */
export function useFinaliseForm(panel: IEnquiryPanel): IFinaliseForm {
  const { enquiry, data, actor, workTypes, finaliseProgress: progress, run, onChanged, onRefreshed } = panel;
  const [fields, setFields] = React.useState<IFinaliseFields>(EMPTY);
  const [tried, setTried] = React.useState<boolean>(false);
  const set = <K extends keyof IFinaliseFields>(field: K, value: IFinaliseFields[K]): void =>
    setFields((current) => ({ ...current, [field]: value }));
  const officer: string = officerOf(enquiry);

  const parsed = parseReferences(fields.refs);
  const stored: string = parsed.valid.join(', ');
  const refsError: string | undefined = parsed.invalid.length > 0
    ? format(strings.ReferencesInvalid, parsed.invalid.join(', '))
    : stored.length > MAX_LENGTH.referencesGiven ? format(strings.ReferencesTooLong, MAX_LENGTH.referencesGiven, stored.length) : undefined;

  // Comments are a note column of at most MAX_LENGTH.resolution characters: said under the field, checked here.
  const commentLength: number = fields.comment.trim().length;
  const commentLimit = { text: format(strings.CommentsLimit, MAX_LENGTH.resolution, commentLength), over: isTooLong(fields.comment, MAX_LENGTH.resolution) };

  const finaliseNow = (): Promise<void> => run(strings.Finalising, 'finalise', async () => {
    const { refs, comment, urgentQol } = fields;
    try {
      const next = await finalise(data, enquiry, actor,
        { referencesGiven: refs, comment, notify: !urgentQol, workTypeTitle: workTypeTitle(workTypes, enquiry.workType) }, progress);
      onChanged(next, progress.mailNotSent && !urgentQol
        ? format(strings.FinalisedMailNotSent, next.id, officer, mailOutcomeText(progress.mailNotSent))
        : format(urgentQol ? strings.FinalisedNoMail : strings.Finalised, next.id, officer));
    } catch (err) {
      if (!isConflictError(err)) {
        throw err;
      }
      const fresh: IEnquiry | undefined = await readAsTps(data, enquiry.id).catch(() => undefined);
      if (fresh) {
        onRefreshed(fresh);
      }
      throw new Error(format(progress.mailSent ? strings.FinaliseConflictMailed : strings.FinaliseConflict,
        err.editorTitle || strings.SomeoneElse, enquiry.id, officer));
    }
  });
  const submit = (): Promise<void> => {
    if (refsError || commentLimit.over) {
      setTried(true);
      return Promise.resolve();
    }
    return finaliseNow();
  };
  const formError: string | undefined = refsError || (commentLimit.over ? commentLimit.text : undefined);
  const error: string | undefined = tried && formError ? formError : panel.errorIn('finalise');
  return { fields, set, references: parsed.valid, refsError, commentLimit, error, submit };
}
