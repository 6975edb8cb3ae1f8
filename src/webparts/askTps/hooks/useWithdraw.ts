import * as React from 'react';
import { useServices } from '../../../shared/services';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IEnquiry } from '../../../data/stores/types';
import { officerOf, withdrawEnquiry } from '../actions';

/** Where a withdraw is: asking "are you sure?", being written, or refused (with the words to show). */
export type WithdrawState =
  { kind: 'idle' } | { kind: 'confirm' } | { kind: 'working' } | { kind: 'failed'; message: string };

/** What {@link useWithdraw} gives a card. */
export interface IWithdraw {
  state: WithdrawState;
  /** Shows the confirmation. */
  ask(): void;
  /** Back to idle (Keep it, or dismissing a failure). */
  cancel(): void;
  /** Withdraws (actions.withdrawEnquiry). */
  confirm(): void;
}

/**
 * Withdrawing one enquiry from its card: confirm first, then one update through the lifecycle. `onChanged` gets the
 * item as it is now; a failure (a claim that got there first included) asks for a refresh with `onStale` so the
 * card shows who changed it.
 */
export function useWithdraw(e: IEnquiry, onChanged: (item: IEnquiry) => void, onStale: () => void): IWithdraw {
  const { data, user } = useServices();
  const [state, setState] = React.useState<WithdrawState>({ kind: 'idle' });
  const mounted = useIsMounted();

  const confirm = (): void => {
    setState({ kind: 'working' });
    withdrawEnquiry(data, e, officerOf(user))
      .then((item) => {
        if (mounted.current) {
          setState({ kind: 'idle' });
        }
        onChanged(item);
      })
      .catch((error) => {
        if (mounted.current) {
          setState({ kind: 'failed', message: toUserMessage(error) });
        }
        onStale();
      });
  };

  return {
    state,
    ask: () => setState({ kind: 'confirm' }),
    cancel: () => setState({ kind: 'idle' }),
    confirm
  };
}
