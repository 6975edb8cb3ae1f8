import * as React from 'react';
import type { IDataServices } from '../../data/services';
import { pageCoordinator } from './pollCoordinator';
import type { PollCoordinator, PollStep } from './pollCoordinator';

/** What {@link useSharedPoll} returns. */
export interface ISharedPoll {
  /** Polls now (every web part on the page, in one batch), restarting the interval. */
  pollNow(): void;
}

/**
 * A web part's live updates on the page's one timer and one `$batch` ({@link PollCoordinator}): `step` reads in
 * the batch it is handed and may return a follow-up read for the coordinator's second batch. `step` may change on
 * every render (the latest runs). Registered while `enabled`.
 */
export function useSharedPoll(
  data: IDataServices,
  step: PollStep,
  options: { enabled?: boolean; coordinator?: PollCoordinator } = {}
): ISharedPoll {
  const enabled: boolean = options.enabled !== false;
  const coordinator: PollCoordinator = options.coordinator || pageCoordinator();
  const latest = React.useRef(step);
  latest.current = step;
  const nowRef = React.useRef<() => void>(() => undefined);
  React.useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const registration = coordinator.register(data, (batched) => latest.current(batched));
    nowRef.current = registration.pollNow;
    return () => {
      nowRef.current = () => undefined;
      registration.unregister();
    };
  }, [data, enabled, coordinator]);
  return React.useMemo(() => ({ pollNow: () => nowRef.current() }), []);
}
