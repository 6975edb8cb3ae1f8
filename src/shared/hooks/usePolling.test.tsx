/** @jest-environment jsdom */
import * as React from 'react';
import { act, render } from '@testing-library/react';
import { usePolling } from './usePolling';
import type { IPolling, IVisibilitySource } from './usePolling';

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
  public get listenerCount(): number {
    return this._listeners.length;
  }
}

function Probe(props: {
  tick: () => Promise<void>;
  visibility: IVisibilitySource;
  onApi?: (p: IPolling) => void;
  enabled?: boolean;
}): null {
  const api = usePolling(props.tick, { intervalMs: 15000, visibility: props.visibility, enabled: props.enabled });
  if (props.onApi) props.onApi(api);
  return null;
}

async function advance(ms: number): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(ms);
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
  });
}

describe('usePolling', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('ticks at most once per interval, not at mount', async () => {
    const tick = jest.fn(() => Promise.resolve());
    render(<Probe tick={tick} visibility={new FakeVisibility()} />);
    expect(tick).not.toHaveBeenCalled();
    await advance(14999);
    expect(tick).toHaveBeenCalledTimes(0);
    await advance(1);
    expect(tick).toHaveBeenCalledTimes(1);
    await advance(15000);
    expect(tick).toHaveBeenCalledTimes(2);
  });

  it('never ticks while hidden, and ticks once when visible again after a tick fell due', async () => {
    const v = new FakeVisibility();
    const tick = jest.fn(() => Promise.resolve());
    render(<Probe tick={tick} visibility={v} />);
    v.set(true);
    await advance(120000);
    expect(tick).not.toHaveBeenCalled();
    await act(async () => {
      v.set(false);
      await Promise.resolve();
    });
    expect(tick).toHaveBeenCalledTimes(1);
    await advance(14000);
    expect(tick).toHaveBeenCalledTimes(1);
    await advance(1000);
    expect(tick).toHaveBeenCalledTimes(2);
  });

  it('does not start a tick while one is running, and survives a rejected tick', async () => {
    let release: () => void = () => undefined;
    const tick = jest
      .fn()
      .mockImplementationOnce(
        () =>
          new Promise<void>((resolve) => {
            release = resolve;
          })
      )
      .mockImplementationOnce(() => Promise.reject(new Error('503')))
      .mockImplementation(() => Promise.resolve());
    render(<Probe tick={tick} visibility={new FakeVisibility()} />);
    await advance(15000);
    await advance(60000);
    expect(tick).toHaveBeenCalledTimes(1);
    await act(async () => {
      release();
      await Promise.resolve();
    });
    await advance(15000);
    expect(tick).toHaveBeenCalledTimes(2);
    await advance(15000);
    expect(tick).toHaveBeenCalledTimes(3);
  });

  it('pollNow ticks at once and restarts the interval; unmount stops everything', async () => {
    const v = new FakeVisibility();
    const tick = jest.fn(() => Promise.resolve());
    let api: IPolling | undefined;
    const view = render(
      <Probe
        tick={tick}
        visibility={v}
        onApi={(p) => {
          api = p;
        }}
      />
    );
    await advance(10000);
    await act(async () => {
      api!.pollNow();
      await Promise.resolve();
    });
    expect(tick).toHaveBeenCalledTimes(1);
    await advance(14000);
    expect(tick).toHaveBeenCalledTimes(1);
    await advance(1000);
    expect(tick).toHaveBeenCalledTimes(2);
    view.unmount();
    expect(v.listenerCount).toBe(0);
    await advance(60000);
    expect(tick).toHaveBeenCalledTimes(2);
  });

  it('does nothing while disabled', async () => {
    const tick = jest.fn(() => Promise.resolve());
    render(<Probe tick={tick} visibility={new FakeVisibility()} enabled={false} />);
    await advance(60000);
    expect(tick).not.toHaveBeenCalled();
  });
});
