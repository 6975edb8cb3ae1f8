import * as React from 'react';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../shared/text/format';
import { mailOutcomeText } from '../../../shared/text/errorText';
import { isConflictError } from '../../../data/errors';
import type { IEnquiry } from '../../../data/stores/types';
import { referenceProblem, storeReferences } from '../../../domain/references';
import type { ReferenceKind, ReferenceProblem, TypedReference } from '../../../domain/references';
import { hasBlockingFindings } from '../../../domain/privacy';
import { workTypeTitle } from '../../../domain/workTypes';
import { finalise, readAsTps } from '../actions';
import { isTooLong, MAX_LENGTH, officerOf } from '../model';
import type { IEnquiryPanel } from './useEnquiryAction';

/** What the TPSO types to finalise. */
export interface IFinaliseFields {
  /**
   * The references used, one row each (seed 002 item 1): an OB number only when one was used, and NNUs, mySupport
   * articles, Office Locator entries, TPS resources or other named resources. Empty rows are ignored.
   */
  refs: TypedReference[];
  /** Comments for the officer (through the privacy guard). */
  comment: string;
}

/** What {@link useFinaliseForm} returns. */
export interface IFinaliseForm {
  fields: IFinaliseFields;
  /** Changes one field. */
  set: <K extends keyof IFinaliseFields>(field: K, value: IFinaliseFields[K]) => void;
  /** Changes one reference row. */
  setRef: (index: number, ref: TypedReference) => void;
  /** Adds an empty row of a kind. */
  addRef: (kind: ReferenceKind) => void;
  /** Removes a row. */
  removeRef: (index: number) => void;
  /** What is wrong with each row (same order as `fields.refs`), once tried. */
  rowProblems: Array<ReferenceProblem | undefined>;
  /** What is wrong with the references, if anything. */
  refsError: string | undefined;
  /** The Comments' limit and length (shown under the field), and whether they are over it. */
  commentLimit: { text: string; over: boolean };
  /** The error to show above the button: the references once tried, else the last failure. */
  error: string | undefined;
  /** Finalises and mails the officer ("Finalise and notify SO"); nothing is sent while the references are wrong. */
  submit: () => Promise<void>;
}

const EMPTY: IFinaliseFields = { refs: [{ kind: 'OB', text: '' }], comment: '' };

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

  const setRef = (index: number, ref: TypedReference): void =>
    setFields((current) => ({ ...current, refs: current.refs.map((r, i) => (i === index ? ref : r)) }));
  const addRef = (kind: ReferenceKind): void =>
    setFields((current) => ({ ...current, refs: current.refs.concat([{ kind, text: '' }]) }));
  const removeRef = (index: number): void =>
    setFields((current) => ({ ...current, refs: current.refs.filter((_r, i) => i !== index) }));

  const filled: TypedReference[] = fields.refs.filter((r) => r.text.trim() !== '');
  const rowProblems: Array<ReferenceProblem | undefined> = fields.refs.map((r) =>
    r.text.trim() === '' && !(r.url || '').trim() ? undefined : referenceProblem(r, hasBlockingFindings)
  );
  const stored: string = storeReferences(filled);
  const refsError: string | undefined =
    filled.length === 0
      ? strings.ReferencesMissing
      : rowProblems.some((p) => !!p)
        ? strings.ReferencesInvalid
        : stored.length > MAX_LENGTH.referencesGiven
          ? format(strings.ReferencesTooLong, MAX_LENGTH.referencesGiven, stored.length)
          : undefined;

  // Comments are a note column of at most MAX_LENGTH.resolution characters: said under the field, checked here.
  const commentLength: number = fields.comment.trim().length;
  const commentLimit = {
    text: format(strings.CommentsLimit, MAX_LENGTH.resolution, commentLength),
    over: isTooLong(fields.comment, MAX_LENGTH.resolution)
  };

  const finaliseNow = (): Promise<void> =>
    run(strings.Finalising, 'finalise', async () => {
      const { comment } = fields;
      try {
        // Every contact ends "Finalise and notify SO" (seed 002 item 7); urgent QOL is its own form in QOL Checks.
        const next = await finalise(
          data,
          enquiry,
          actor,
          { referencesGiven: stored, comment, notify: true, workTypeTitle: workTypeTitle(workTypes, enquiry.workType) },
          progress
        );
        onChanged(
          next,
          progress.mailNotSent
            ? format(strings.FinalisedMailNotSent, next.id, officer, mailOutcomeText(progress.mailNotSent))
            : format(strings.Finalised, next.id, officer)
        );
      } catch (err) {
        if (!isConflictError(err)) {
          throw err;
        }
        const fresh: IEnquiry | undefined = await readAsTps(data, enquiry.id).catch(() => undefined);
        if (fresh) {
          onRefreshed(fresh);
        }
        throw new Error(
          format(
            progress.mailSent ? strings.FinaliseConflictMailed : strings.FinaliseConflict,
            err.editorTitle || strings.SomeoneElse,
            enquiry.id,
            officer
          )
        );
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
  return {
    fields,
    set,
    setRef,
    addRef,
    removeRef,
    rowProblems: tried ? rowProblems : fields.refs.map(() => undefined),
    refsError,
    commentLimit,
    error,
    submit
  };
}
