import * as React from 'react';
import { toUserMessage } from '../../../shared/text/errorText';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';

/** What {@link useEscalationAction} returns to a form. */
export interface IEscalationAction {
  busy: boolean;
  /** Why the last save failed ('' when it did not): a conflict names who changed it. */
  error: string;
  /**
   * Runs one save. Resolves true when it landed; on failure keeps the form as typed (the caller clears it only
   * on true) and shows the error.
   */
  run(save: () => Promise<void>): Promise<boolean>;
}

/** One form's save state: busy while saving, the error in people's words, never two saves at once. */
export function useEscalationAction(): IEscalationAction {
  const [busy, setBusy] = React.useState<boolean>(false);
  const [error, setError] = React.useState<string>('');
  const running = React.useRef<boolean>(false);
  const mounted = useIsMounted();
  const run = React.useCallback(
    async (save: () => Promise<void>): Promise<boolean> => {
      if (running.current) {
        return false;
      }
      running.current = true;
      setBusy(true);
      setError('');
      try {
        await save();
        return true;
      } catch (err) {
        if (mounted.current) {
          setError(toUserMessage(err));
        }
        return false;
      } finally {
        // eslint-disable-next-line require-atomic-updates -- only this function sets it, and only one run gets past the guard
        running.current = false;
        if (mounted.current) {
          setBusy(false);
        }
      }
    },
    [mounted]
  );
  return { busy, error, run };
}
