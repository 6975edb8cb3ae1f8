import * as React from 'react';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IFeedback } from '../../../data/stores/types';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useServices } from '../../../shared/services';

/** What {@link useTeamFeedback} gives the Team Leader's view. */
export interface ITeamFeedback {
  /** undefined while loading. */
  items: IFeedback[] | undefined;
  /** Why the read failed ('' when it did not). */
  error: string;
  /** Shows a closed item at once. */
  replace(f: IFeedback): void;
}

/**
 * The feedback officers flagged about a Team Leader's TPSOs (seed 004 feedback protocol): one read, filtered on
 * the indexed TeamLeaderKey, when the view first shows; `enabled` false reads nothing (not a Team Leader).
 */
export function useTeamFeedback(enabled: boolean): ITeamFeedback {
  const { data, user } = useServices();
  const me: string = user.login.toLowerCase();
  const [items, setItems] = React.useState<IFeedback[] | undefined>(undefined);
  const [error, setError] = React.useState<string>('');
  const mounted = useIsMounted();
  React.useEffect(() => {
    if (!enabled) {
      return;
    }
    data.feedback.listForTeamLeader(me).then(
      (page) => {
        if (mounted.current) {
          setItems(page.items);
        }
      },
      (err) => {
        if (mounted.current) {
          setError(toUserMessage(err));
          setItems([]);
        }
      }
    );
  }, [data, me, enabled, mounted]);
  const replace = React.useCallback((f: IFeedback): void => {
    setItems((current) => (current || []).map((x) => (x.id === f.id ? f : x)));
  }, []);
  return { items, error, replace };
}
