/**
 * One timer and one `$batch` for the live updates of every web part on a page. Each web part registers a poll
 * step; every interval (never while the page is hidden) the coordinator runs all steps in one batch, then the
 * follow-ups they ask for (the items a change log named, read by id) in a second batch, only when there are any.
 *
 * It lives on `globalThis` under a versioned key, so web parts share it whether they come in one bundle (one module
 * instance) or in several (one module each, one coordinator all the same).
 */
import type { IDataServices } from '../../data/services';
import type { IVisibilitySource } from './usePolling';

/** Reads one web part's updates in the batch handed in; may return a follow-up for the next batch. */
export type PollStep = (batched: IDataServices) => Promise<PollStep | void>;

/** A registered web part. */
export interface IPollRegistration {
  /** Polls now (all web parts, e.g. after a claim), restarting the interval; nothing when a poll is running. */
  pollNow(): void;
  /** Leaves the coordinator (the timer stops when no one is left). */
  unregister(): void;
}

/** The timers the coordinator uses (tests pass fakes). */
export interface IPollClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface IEntry {
  data: IDataServices;
  step: PollStep;
}

/** Counts of what the coordinator did (tests and the bench read them). */
export interface IPollStats {
  ticks: number;
  batches: number;
}

export class PollCoordinator {
  public readonly stats: IPollStats = { ticks: 0, batches: 0 };
  private readonly _entries: IEntry[] = [];
  private _timer: unknown = undefined;
  private _running: boolean = false;
  private _due: boolean = false;
  private _listening: boolean = false;

  public constructor(
    private readonly _intervalMs: number,
    private readonly _visibility: IVisibilitySource | undefined,
    private readonly _clock: IPollClock
  ) {}

  public register(data: IDataServices, step: PollStep): IPollRegistration {
    const entry: IEntry = { data, step };
    this._entries.push(entry);
    if (this._entries.length === 1) {
      this._listen(true);
      this._schedule(this._intervalMs);
    }
    return {
      pollNow: () => {
        if (this._entries.indexOf(entry) >= 0 && !this._running) {
          this._run();
        }
      },
      unregister: () => {
        const at: number = this._entries.indexOf(entry);
        if (at >= 0) {
          this._entries.splice(at, 1);
        }
        if (this._entries.length === 0) {
          this._stop();
        }
      }
    };
  }

  private _onVisibility = (): void => {
    if (this._due && !this._running && !this._hidden()) {
      this._run();
    }
  };

  private _hidden(): boolean {
    return !!this._visibility && this._visibility.hidden;
  }

  private _listen(on: boolean): void {
    if (!this._visibility || on === this._listening) {
      return;
    }
    this._listening = on;
    if (on) {
      this._visibility.addEventListener('visibilitychange', this._onVisibility);
    } else {
      this._visibility.removeEventListener('visibilitychange', this._onVisibility);
    }
  }

  private _stop(): void {
    if (this._timer !== undefined) {
      this._clock.clearTimeout(this._timer);
      this._timer = undefined;
    }
    this._due = false;
    this._listen(false);
  }

  private _schedule(delay: number): void {
    if (this._timer !== undefined) {
      this._clock.clearTimeout(this._timer);
    }
    this._timer = this._clock.setTimeout(() => {
      this._timer = undefined;
      this._run();
    }, delay);
  }

  private _run(): void {
    if (this._running || this._entries.length === 0) {
      return;
    }
    if (this._timer !== undefined) {
      this._clock.clearTimeout(this._timer);
      this._timer = undefined;
    }
    if (this._hidden()) {
      this._due = true; // runs on visibilitychange
      return;
    }
    this._due = false;
    this._running = true;
    this._tick()
      .catch(() => undefined)
      .then(() => {
        this._running = false;
        if (this._entries.length > 0) {
          this._schedule(this._intervalMs);
        }
      })
      .catch(() => undefined);
  }

  /** All steps in one batch, then their follow-ups in one more (each step handles its own errors). */
  private async _tick(): Promise<void> {
    this.stats.ticks++;
    const steps: PollStep[] = this._entries.map((e) => e.step);
    // Any web part's services will do: they are the same user on the same site.
    const data: IDataServices = this._entries[0].data;
    const next: Array<PollStep | void> = await this._batch(data, steps);
    const followUps: PollStep[] = next.filter((s): s is PollStep => typeof s === 'function');
    if (followUps.length > 0) {
      await this._batch(data, followUps);
    }
  }

  private _batch(data: IDataServices, steps: PollStep[]): Promise<Array<PollStep | void>> {
    this.stats.batches++;
    return data.readTogether((batched) => Promise.all(steps.map((s) => s(batched).catch((): void => undefined))));
  }
}

/** How often live updates poll (issue 4: at most one request per 15 seconds, none while hidden). */
export const LIVE_POLL_MS: number = 15000;

/** The page's coordinator, shared across bundles through globalThis. */
const GLOBAL_KEY: string = '__boutiqueTpsPollCoordinator_v1';

export function pageCoordinator(): PollCoordinator {
  const g: { [key: string]: unknown } = globalThis as unknown as { [key: string]: unknown };
  if (!(g[GLOBAL_KEY] instanceof Object)) {
    g[GLOBAL_KEY] = new PollCoordinator(LIVE_POLL_MS, typeof document !== 'undefined' ? document : undefined, {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
    });
  }
  return g[GLOBAL_KEY] as PollCoordinator;
}
