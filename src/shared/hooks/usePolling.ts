import * as React from 'react';

/** Options of {@link usePolling}. */
export interface IPollingOptions {
  /** Least time between the starts of two ticks, in ms (e.g. 15000: at most one request per 15 seconds). */
  intervalMs: number;
  /** Polling runs only while this is true (e.g. once the first load has settled). Defaults to true. */
  enabled?: boolean;
  /**
   * Where visibility is read (tests pass a fake). Defaults to `document`: no tick while `document.hidden`,
   * and a tick that fell due while hidden runs when the page becomes visible again (`visibilitychange`).
   */
  visibility?: IVisibilitySource;
}

/** The part of `document` the hook reads. */
export interface IVisibilitySource {
  /** True while the page is not visible (another tab, minimised window). */
  hidden: boolean;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** What {@link usePolling} returns. */
export interface IPolling {
  /**
   * Ticks now (e.g. right after the user posted something) unless a tick is running, and restarts the interval
   * from now, so user-driven refreshes never add up with the timer to more than one tick per interval.
   */
  pollNow(): void;
}

function defaultVisibility(): IVisibilitySource | undefined {
  return typeof document !== 'undefined' ? document : undefined;
}

/**
 * Live updates for any web part: calls `tick` at most once every `intervalMs`, never while the page is hidden,
 * never twice at once (the next wait starts when a tick settles, so a slow SharePoint is not piled onto), and
 * once at once when a hidden page becomes visible after a tick fell due. `tick` may change on every render (the
 * latest is called); errors are the tick's own business (catch them and show a state): a rejected tick is simply
 * followed by the next one.
 *
 * @example
 *   const { pollNow } = usePolling(async () => { setItems(await store.listMine(me)); }, { intervalMs: 15000 });
 */
export function usePolling(tick: () => Promise<void>, options: IPollingOptions): IPolling {
  const { intervalMs } = options;
  const enabled: boolean = options.enabled !== false;
  const visibility: IVisibilitySource | undefined = options.visibility || defaultVisibility();
  const latest = React.useRef(tick);
  latest.current = tick;
  const nowRef = React.useRef<() => void>(() => undefined);

  React.useEffect(() => {
    if (!enabled) {
      nowRef.current = () => undefined;
      return undefined;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running: boolean = false;
    let stopped: boolean = false;
    let due: boolean = false;
    const isHidden = (): boolean => !!visibility && visibility.hidden;

    const schedule = (delay: number): void => {
      if (timer !== undefined) {
        clearTimeout(timer);
      }
      timer = setTimeout(run, Math.max(0, delay));
    };

    function run(): void {
      timer = undefined;
      if (stopped || running) {
        return;
      }
      if (isHidden()) {
        due = true; // runs on visibilitychange
        return;
      }
      due = false;
      running = true;
      let settled: Promise<void>;
      try {
        settled = latest.current();
      } catch (e) {
        settled = Promise.reject(e);
      }
      settled
        .catch(() => undefined)
        .then(() => {
          running = false;
          if (!stopped) {
            schedule(intervalMs);
          }
        })
        .catch(() => undefined);
    }

    const onVisibility = (): void => {
      if (!stopped && due && !running && !isHidden()) {
        run();
      }
    };

    nowRef.current = () => {
      if (!stopped && !running) {
        if (timer !== undefined) {
          clearTimeout(timer);
          timer = undefined;
        }
        run();
      }
    };

    schedule(intervalMs);
    if (visibility) {
      visibility.addEventListener('visibilitychange', onVisibility);
    }
    return () => {
      stopped = true;
      nowRef.current = () => undefined;
      if (timer !== undefined) {
        clearTimeout(timer);
      }
      if (visibility) {
        visibility.removeEventListener('visibilitychange', onVisibility);
      }
    };
  }, [intervalMs, enabled, visibility]);

  return React.useMemo(() => ({ pollNow: () => nowRef.current() }), []);
}
