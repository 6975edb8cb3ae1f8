import * as React from 'react';
import { useServices } from '../../../shared/services';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { usePolling } from '../../../shared/hooks/usePolling';
import { toUserMessage } from '../../../data/errors';
import type { IDataServices } from '../../../data/services';
import type { IEnquiry } from '../../../data/stores/types';
import type { IPage } from '../../../data/stores/listStore';
import type { WorkType } from '../../../domain/workTypes';
import { queueOf } from '../model';
import type { QueueViewKey } from '../model';
import { useArrivals } from './useArrivals';
import { useQueueSetup } from './useQueueSetup';

/** How often the queue looks for new arrivals (issue 4: at most one request per 15 seconds, none while hidden). */
export const POLL_MS: number = 15000;

/** One view's rows: loading, failed (with words for people) or ready. */
export type QueueLoad = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; items: IEnquiry[]; hasMore: boolean };

/** What {@link useQueueData} is told. */
export interface IQueueDataInput {
  /** The signed-in TPSO's login, lower case. */
  login: string;
  /** The work types the waiting queue is narrowed to. */
  chosen: string[];
  /** The TPSO's specialties were read from the roster. */
  onSpecialties: (keys: string[]) => void;
  /** Something to announce (new arrivals). */
  onNotice: (message: string) => void;
}

/** What {@link useQueueData} returns. */
export interface IQueueData {
  view: QueueViewKey;
  /** Shows another view and reads it (the waiting queue again, or the TPSO's own enquiries). */
  changeView: (view: QueueViewKey) => void;
  /** The state of the view shown. */
  current: QueueLoad;
  /** The rows to show: the waiting queue narrowed to the chosen work types in queue order, or the view's rows. */
  rows: IEnquiry[];
  /** The Work Types list (the built-in types until read). */
  workTypes: ReadonlyArray<WorkType>;
  /** Why the roster could not be read ('' when it was). */
  rosterError: string;
  /** Puts a changed enquiry in place in every view, without a read. */
  replace: (next: IEnquiry) => void;
  /** Re-reads the waiting queue quietly (keeping the rows shown meanwhile). */
  refreshWaiting: () => void;
}

/**
 * The TPSO's queue data. First render costs one request after the site gate: a `$batch` of every waiting enquiry
 * (filtered on the indexed Status), the TPSO's roster rows and the Work Types list. Every poll refreshes the
 * queue and announces arrivals; a roster or work types read that failed is retried in the same `$batch`.
 */
export function useQueueData({ login, chosen, onSpecialties, onNotice }: IQueueDataInput): IQueueData {
  const { data } = useServices();
  const [view, setView] = React.useState<QueueViewKey>('waiting');
  const [waiting, setWaiting] = React.useState<QueueLoad>({ kind: 'loading' });
  const [other, setOther] = React.useState<QueueLoad>({ kind: 'loading' });
  const { workTypes, rosterError, readRoster, readWorkTypes, stale } = useQueueSetup(data, login, onSpecialties);
  const mounted = useIsMounted();
  useArrivals(login, waiting.kind === 'ready' ? waiting.items : undefined, chosen, onNotice);

  const loadWaiting = React.useCallback(async (quiet: boolean, source: IDataServices = data): Promise<void> => {
    if (!quiet) {
      setWaiting({ kind: 'loading' });
    }
    try {
      const page: IPage<IEnquiry> = await source.enquiries.listAllWaiting();
      if (mounted.current) {
        setWaiting({ kind: 'ready', items: page.items, hasMore: page.hasMore });
      }
    } catch (error) {
      if (mounted.current && !quiet) {
        setWaiting({ kind: 'error', message: toUserMessage(error) });
      }
    }
  }, [data, mounted]);

  const loadOther = React.useCallback(async (v: QueueViewKey): Promise<void> => {
    setOther({ kind: 'loading' });
    try {
      const page: IPage<IEnquiry> = v === 'mine' ? await data.enquiries.listHeldBy(login, ['Claimed', 'TakenOver'])
        : v === 'takenOver' ? await data.enquiries.listHeldBy(login, ['TakenOver'])
          : await data.enquiries.listResolvedOn(login, new Date());
      if (mounted.current) {
        setOther({ kind: 'ready', items: page.items, hasMore: page.hasMore });
      }
    } catch (error) {
      if (mounted.current) {
        setOther({ kind: 'error', message: toUserMessage(error) });
      }
    }
  }, [data, login, mounted]);

  // First render: queue, roster and work types in one $batch, so it stays at two requests (site gate + this).
  React.useEffect(() => {
    const first: Promise<unknown> = data.readTogether((batched) =>
      Promise.all([loadWaiting(false, batched), readRoster(batched), readWorkTypes(batched)]));
    first.catch((error) => {
      // Only the batch itself can fail here (each read shows its own error): show it where the queue would be.
      if (mounted.current) {
        setWaiting({ kind: 'error', message: toUserMessage(error) });
      }
    });
  }, [data, loadWaiting, readRoster, readWorkTypes, login, mounted]);

  // Every tick refreshes the queue (arrivals are announced in every view); reads that have not succeeded yet ride
  // in the same $batch, so a tick is still one request.
  usePolling(async () => {
    const { roster, types } = stale();
    if (!roster && !types) {
      await loadWaiting(true);
      return;
    }
    await data.readTogether((batched) => Promise.all([
      loadWaiting(true, batched),
      roster ? readRoster(batched) : Promise.resolve(),
      types ? readWorkTypes(batched) : Promise.resolve()
    ]));
  }, { intervalMs: POLL_MS });

  const changeView = (key: QueueViewKey): void => {
    setView(key);
    if (key === 'waiting') {
      loadWaiting(false).catch(() => undefined);
    } else {
      loadOther(key).catch(() => undefined);
    }
  };

  const replace = (next: IEnquiry): void => {
    const swap = (load: QueueLoad): QueueLoad => load.kind === 'ready'
      ? { ...load, items: load.items.map((e) => (e.id === next.id ? next : e)) }
      : load;
    setWaiting(swap);
    setOther(swap);
  };

  const current: QueueLoad = view === 'waiting' ? waiting : other;
  const rows: IEnquiry[] = current.kind !== 'ready' ? []
    : view === 'waiting' ? queueOf(current.items, chosen) : current.items;
  return {
    view, changeView, current, rows, workTypes, rosterError, replace,
    refreshWaiting: () => { loadWaiting(true).catch(() => undefined); }
  };
}
