import * as React from 'react';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../shared/text/format';
import { mailOutcomeText } from '../../../shared/text/errorText';
import type { TpsOutcome } from '../../../domain/tpsOutcomes';
import { workTypeTitle } from '../../../domain/workTypes';
import { recordOutcome } from '../actions';
import { officerOf } from '../model';
import type { IEnquiryPanel } from './useEnquiryAction';

/** What {@link useOutcome} returns. */
export interface IOutcome {
  /** The outcome chosen ('' for none yet). */
  outcome: TpsOutcome | '';
  setOutcome: (value: TpsOutcome | '') => void;
  /** The TPSO's optional note (kept through a failed action). */
  comment: string;
  setComment: (value: string) => void;
  /** Records the outcome and notifies the officer with neutral words (recorded even when the mail cannot go). */
  submit: () => Promise<void>;
}

/** Ending a contact with an outcome other than an answer (seed 002 item 4, seed 001). */
export function useOutcome(panel: IEnquiryPanel): IOutcome {
  const { enquiry, data, actor, workTypes, finaliseProgress, run, onChanged } = panel;
  const [outcome, setOutcome] = React.useState<TpsOutcome | ''>('');
  const [comment, setComment] = React.useState<string>('');

  const submit = (): Promise<void> =>
    run(strings.RecordingOutcome, 'outcome', async () => {
      if (!outcome) {
        throw new Error(strings.OutcomeMissing);
      }
      const next = await recordOutcome(
        data,
        enquiry,
        actor,
        { outcome, comment, workTypeTitle: workTypeTitle(workTypes, enquiry.workType) },
        finaliseProgress
      );
      const officer: string = officerOf(enquiry);
      onChanged(
        next,
        finaliseProgress.mailNotSent
          ? format(strings.OutcomeRecordedMailNotSent, next.id, officer, mailOutcomeText(finaliseProgress.mailNotSent))
          : format(strings.OutcomeRecorded, next.id, officer)
      );
    });
  return { outcome, setOutcome, comment, setComment, submit };
}
