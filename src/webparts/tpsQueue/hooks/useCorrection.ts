import * as React from 'react';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../shared/text/format';
import { workTypeTitle } from '../../../domain/workTypes';
import { correct } from '../actions';
import type { IEnquiryPanel } from './useEnquiryAction';

/** What {@link useCorrection} returns. */
export interface ICorrection {
  /** The work type key chosen (the enquiry's own until changed). */
  workType: string;
  setWorkType: (value: string) => void;
  /** The reason chosen (the enquiry's own until changed). */
  reason: string;
  setReason: (value: string) => void;
  /** True when something differs from what the enquiry holds. */
  changed: boolean;
  /** Records the correction and moves the enquiry. */
  submit: () => Promise<void>;
}

/** Correcting the work type or reason of an enquiry posted under the wrong one (the change is recorded). */
export function useCorrection(panel: IEnquiryPanel): ICorrection {
  const { enquiry, data, actor, workTypes, run, onChanged, onRefreshed } = panel;
  const [workType, setWorkType] = React.useState<string>(enquiry.workType);
  const [reason, setReason] = React.useState<string>(enquiry.reason || '');
  const changed: boolean = workType !== enquiry.workType || reason !== (enquiry.reason || '');

  const submit = (): Promise<void> =>
    run(strings.Saving, 'correct', async () => {
      const next = await correct(data, enquiry, actor, { workType, reason });
      if (next.workType !== enquiry.workType) {
        onChanged(next, format(strings.CorrectedWorkType, next.id, workTypeTitle(workTypes, next.workType)));
      } else {
        onRefreshed(next);
      }
    });
  return { workType, setWorkType, reason, setReason, changed, submit };
}
