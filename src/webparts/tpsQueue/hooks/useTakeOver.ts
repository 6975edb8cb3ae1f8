import * as React from 'react';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../shared/text/format';
import { markComplex, release, takeOver } from '../actions';
import { isTooLong, MAX_LENGTH, officerOf } from '../model';
import type { IEnquiryPanel } from './useEnquiryAction';

/** What {@link useTakeOver} returns. */
export interface ITakeOver {
  /** Why the TPSO takes it over, as typed (kept through a failed action). */
  reason: string;
  setReason: (value: string) => void;
  /** Why the reason cannot be saved yet, if it cannot. */
  reasonError: string | undefined;
  /** Takes the enquiry over from the officer. */
  takeOver: () => Promise<void>;
  /** Gives it back to the queue. */
  release: () => Promise<void>;
  /** Marks the claim complex (or not): its guideline extends (seed 002 item 3). */
  setComplex: (complex: boolean) => Promise<void>;
}

/** Taking a claimed enquiry over (so the officer is free) or releasing it, with the reason the TPSO types. */
export function useTakeOver(panel: IEnquiryPanel): ITakeOver {
  const { enquiry, data, actor, run, onChanged, onRefreshed } = panel;
  const [reason, setReason] = React.useState<string>('');
  const reasonError: string | undefined = isTooLong(reason, MAX_LENGTH.takeOverReason)
    ? format(strings.TooLong, MAX_LENGTH.takeOverReason, reason.trim().length)
    : undefined;

  const onRelease = (): Promise<void> =>
    run(strings.Releasing, 'takeOver', async () => {
      const next = await release(data, enquiry, actor);
      onChanged(next, format(strings.Released, next.id));
    });

  const onTakeOver = (): Promise<void> =>
    run(strings.TakingOver, 'takeOver', async () => {
      const next = await takeOver(data, enquiry, actor, reason);
      onChanged(next, format(strings.TookOver, next.id, officerOf(enquiry)));
    });
  const setComplex = (complex: boolean): Promise<void> =>
    run(strings.Saving, 'complex', async () => {
      onRefreshed(await markComplex(data, enquiry, actor, complex));
    });
  return { reason, setReason, reasonError, takeOver: onTakeOver, release: onRelease, setComplex };
}
