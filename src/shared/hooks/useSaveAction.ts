import * as React from 'react';
import { toUserMessage } from '../text/errorText';
import { useIsMounted } from './useIsMounted';

/** What {@link useSaveAction} returns to a form or a button. */
export interface ISaveAction {
  busy: boolean;
  /** Why the last save failed ('' when it did not): a refusal in plain words, a conflict naming who. */
  error: string;
  /** Runs one save; resolves true when it landed. On failure the caller keeps what was typed. Never two at once. */
  run(save: () => Promise<void>): Promise<boolean>;
}

/** One save's state: busy while saving, the error in people's words (any web part's forms and buttons). */
export function useSaveAction(): ISaveAction {
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
