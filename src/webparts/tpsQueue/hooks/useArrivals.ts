import * as React from 'react';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../shared/text/format';
import type { IEnquiry } from '../../../data/stores/types';
import { queueOf } from '../model';
import { readPrefs } from './useQueuePrefs';

/** A short, quiet tone for new arrivals (optional; the screen-reader announcement is the real notice). */
function beep(): void {
  try {
    const Ctx: typeof AudioContext | undefined = (window as unknown as { AudioContext?: typeof AudioContext })
      .AudioContext;
    if (!Ctx) {
      return;
    }
    const ctx: AudioContext = new Ctx();
    const osc: OscillatorNode = ctx.createOscillator();
    const gain: GainNode = ctx.createGain();
    gain.gain.value = 0.05;
    osc.frequency.value = 880;
    osc.connect(gain);
    gain.connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.15);
  } catch {
    // No sound on this device.
  }
}

/**
 * Live arrivals: keeps track of what the TPSO has already seen in the queue of the chosen work types, and
 * announces (and, when asked for, sounds) only enquiries that are new since. Changing the work types is not an
 * arrival.
 */
export function useArrivals(
  login: string,
  waiting: IEnquiry[] | undefined,
  chosen: string[],
  onNotice: (message: string) => void
): void {
  const seen = React.useRef<number[] | undefined>(undefined);
  const seenTypes = React.useRef<string>('');
  const notice = React.useRef(onNotice);
  notice.current = onNotice;

  React.useEffect(() => {
    if (!waiting) {
      return;
    }
    const ids: number[] = queueOf(waiting, chosen).map((e) => e.id);
    const before: number[] | undefined = seen.current;
    const typesKey: string = chosen.slice().sort().join(',');
    const sameTypes: boolean = seenTypes.current === typesKey;
    seen.current = ids;
    seenTypes.current = typesKey;
    if (!before || !sameTypes) {
      return;
    }
    const fresh: number = ids.filter((id) => before.indexOf(id) < 0).length;
    if (fresh > 0) {
      notice.current(fresh === 1 ? strings.NewArrivalOne : format(strings.NewArrivalMany, fresh));
      if (readPrefs(login).sound) {
        beep();
      }
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waiting, chosen.join(','), login]);
}
