import { PollCoordinator } from './pollCoordinator';
import type { IPollClock, PollStep } from './pollCoordinator';
import type { IVisibilitySource } from './usePolling';
import type { IDataServices } from '../../data/services';

class FakeVisibility implements IVisibilitySource {
  public hidden: boolean = false;
  private _listeners: Array<() => void> = [];
  public addEventListener(_t: 'visibilitychange', l: () => void): void {
    this._listeners.push(l);
  }
  public removeEventListener(_t: 'visibilitychange', l: () => void): void {
    this._listeners = this._listeners.filter((x) => x !== l);
  }
  public set(hidden: boolean): void {
    this.hidden = hidden;
    this._listeners.forEach((l) => l());
  }
}

const clock: IPollClock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
};

/** A web part's services whose `readTogether` counts the batches (one HTTP request each) and hands in a marker. */
function services(batches: string[], name: string): IDataServices {
  const batched = { name } as unknown as IDataServices;
  return {
    readTogether: <T>(reads: (b: IDataServices) => Promise<T>): Promise<T> => {
      batches.push(name);
      return reads(batched);
    }
  } as unknown as IDataServices;
}

async function advance(ms: number): Promise<void> {
  jest.advanceTimersByTime(ms);
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
}

describe('PollCoordinator', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('four web parts share one timer and one batch a tick; follow-ups share one more batch, only when asked', async () => {
    const visibility = new FakeVisibility();
    const c = new PollCoordinator(15000, visibility, clock);
    const batches: string[] = [];
    const seen: string[] = [];
    const step =
      (name: string, followUp: boolean): PollStep =>
      async (b) => {
        seen.push(name + ':' + (b as unknown as { name: string }).name);
        return followUp
          ? async () => {
              seen.push(name + ':follow-up');
            }
          : undefined;
      };
    const parts = ['askTps', 'tpsQueue', 'escalations', 'qolChecks'];
    let followUp = false;
    const regs = parts.map((p) => c.register(services(batches, p), (b) => step(p, p === 'tpsQueue' && followUp)(b)));
    await advance(14999);
    expect(batches).toEqual([]);
    await advance(1);
    // One batch (through the first web part's services) carries every web part's step.
    expect(batches).toEqual(['askTps']);
    expect(seen).toEqual(parts.map((p) => p + ':askTps'));
    followUp = true;
    await advance(15000);
    expect(batches).toEqual(['askTps', 'askTps', 'askTps']);
    expect(seen.slice(-1)).toEqual(['tpsQueue:follow-up']);
    regs.forEach((r) => r.unregister());
    await advance(60000);
    expect(batches).toHaveLength(3);
  });

  it('no tick while hidden; the one that fell due runs when the page is shown again; pollNow restarts the wait', async () => {
    const visibility = new FakeVisibility();
    const c = new PollCoordinator(15000, visibility, clock);
    const batches: string[] = [];
    const reg = c.register(services(batches, 'queue'), async () => undefined);
    visibility.set(true);
    await advance(60000);
    expect(batches).toEqual([]);
    visibility.set(false);
    await advance(0);
    expect(batches).toHaveLength(1);
    await advance(10000);
    reg.pollNow();
    await advance(0);
    expect(batches).toHaveLength(2);
    await advance(14999);
    expect(batches).toHaveLength(2);
    await advance(1);
    expect(batches).toHaveLength(3);
    reg.unregister();
  });

  it('a failing step does not stop the others or the timer', async () => {
    const c = new PollCoordinator(15000, undefined, clock);
    const batches: string[] = [];
    const ok = jest.fn(async () => undefined);
    const regs = [
      c.register(services(batches, 'a'), async () => {
        throw new Error('429');
      }),
      c.register(services(batches, 'b'), ok)
    ];
    await advance(15000);
    await advance(15000);
    expect(ok).toHaveBeenCalledTimes(2);
    regs.forEach((r) => r.unregister());
  });
});
