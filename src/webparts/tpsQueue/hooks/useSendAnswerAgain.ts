import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../shared/text/format';
import { workTypeTitle } from '../../../domain/workTypes';
import { mailStillDue, sendAnswerAgain } from '../actions';
import { officerOf } from '../model';
import type { IEnquiryPanel } from './useEnquiryAction';

/** What {@link useSendAnswerAgain} returns. */
export interface ISendAnswerAgain {
  /** The finaliser may send the answer mail that did not go when the enquiry was finalised. */
  due: boolean;
  send: () => Promise<void>;
}

/** Sending the answer mail again, for an enquiry finalised while mail could not go (e.g. Mail.Send not approved). */
export function useSendAnswerAgain(panel: IEnquiryPanel): ISendAnswerAgain {
  const { enquiry, data, actor, workTypes, run, onChanged } = panel;
  const due: boolean = mailStillDue(enquiry) && enquiry.assigneeKey === actor.key;
  const send = (): Promise<void> =>
    run(strings.SendingAnswer, 'sendAgain', async () => {
      const next = await sendAnswerAgain(data, enquiry, actor, workTypeTitle(workTypes, enquiry.workType));
      onChanged(next, format(strings.AnswerSentNow, next.id, officerOf(enquiry)));
    });
  return { due, send };
}
