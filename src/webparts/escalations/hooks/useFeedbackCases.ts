import * as React from 'react';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IFeedback, IFeedbackReview } from '../../../data/stores/types';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useServices } from '../../../shared/services';
import { loadFeedbackCases } from '../actions';
import type { IFeedbackActor, IFeedbackCases } from '../actions';

/** What {@link useFeedbackCases} gives the reviewer's and the Team Leader's views. */
export interface IFeedbackCasesState {
  /** undefined while loading. */
  cases: IFeedbackCases | undefined;
  /** Why the read failed ('' when it did not). */
  error: string;
  /** A flag was confirmed or declined: it leaves the review list (and, when confirmed to me, joins mine). */
  reviewed(flag: IFeedback, review: IFeedbackReview): void;
  /** A confirmed flag was closed: shows it closed at once. */
  closed(review: IFeedbackReview): void;
}

/**
 * The feedback protocol's work for one reviewer (seed 004): flags waiting for review and, for a Team Leader, the
 * confirmed flags about their TPSOs. Read once when the view first shows; `actor` undefined reads nothing.
 */
export function useFeedbackCases(actor: IFeedbackActor | undefined): IFeedbackCasesState {
  const { data } = useServices();
  const [cases, setCases] = React.useState<IFeedbackCases | undefined>(undefined);
  const [error, setError] = React.useState<string>('');
  const mounted = useIsMounted();
  const key: string = actor ? actor.key + '|' + actor.roles.join(',') : '';
  React.useEffect(() => {
    if (!actor) {
      return;
    }
    loadFeedbackCases(data, actor).then(
      (c) => {
        if (mounted.current) {
          setCases(c);
        }
      },
      (err) => {
        if (mounted.current) {
          setError(toUserMessage(err));
          setCases({ awaitingReview: [], forTeamLeader: [] });
        }
      }
    );
    // the actor object is rebuilt on every render; its key says when it changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, key, mounted]);
  const reviewed = React.useCallback(
    (flag: IFeedback, review: IFeedbackReview): void => {
      setCases((c) =>
        c
          ? {
              awaitingReview: c.awaitingReview.filter((f) => f.id !== flag.id),
              forTeamLeader:
                actor && review.status === 'Confirmed' && review.teamLeaderKey === actor.key.toLowerCase()
                  ? [review].concat(c.forTeamLeader)
                  : c.forTeamLeader
            }
          : c
      );
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key]
  );
  const closed = React.useCallback((review: IFeedbackReview): void => {
    setCases((c) => (c ? { ...c, forTeamLeader: c.forTeamLeader.map((r) => (r.id === review.id ? review : r)) } : c));
  }, []);
  return { cases, error, reviewed, closed };
}
