import * as React from 'react';
import { useServices } from '../../../shared/services';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { usePolling } from '../../../shared/hooks/usePolling';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IDataServices } from '../../../data/services';
import type { IEnquiry, IHandling } from '../../../data/stores/types';
import type { IPage } from '../../../data/stores/listStore';
import type { WorkType } from '../../../domain/workTypes';
import { queueOf, withHandling } from '../model';
import { readAsTps } from '../actions';
import type { QueueViewKey } from '../model';
import { useArrivals } from './useArrivals';
import { useQueueSetup } from './useQueueSetup';

/** How often the queue looks for new arrivals (issue 4: at most one request per 15 seconds, none while hidden). */
export const POLL_MS: number = 15000;

/** One view's rows: loading, failed (with words for people) or ready. */
export type QueueLoad =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; items: IEnquiry[]; hasMore: boolean };

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
  /** Reads an opened enquiry whole (its question, and its TPS state from Enquiry Handling) in one `$batch`. */
  readWhole: (e: IEnquiry) => Promise<IEnquiry>;
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

  const loadWaiting = React.useCallback(
    async (quiet: boolean, source: IDataServices = data): Promise<void> => {
      if (!quiet) {
        setWaiting({ kind: 'loading' });
      }
      try {
        // Waiting enquiries come from the officers' items; one a TPSO holds (Enquiry Handling) is not waiting,
        // whatever its officer wrote on it.
        const [page, open] = await Promise.all([source.enquiries.listAllWaiting(), source.handling.listOpen()]);
        const held: number[] = open.items.map((h) => h.enquiryId);
        const items: IEnquiry[] = page.items
          .filter((e) => held.indexOf(e.id) < 0)
          .map((e) => withHandling(e, undefined));
        if (mounted.current) {
          setWaiting({ kind: 'ready', items, hasMore: page.hasMore });
        }
      } catch (error) {
        if (mounted.current && !quiet) {
          setWaiting({ kind: 'error', message: toUserMessage(error) });
        }
      }
    },
    [data, mounted]
  );

  const loadOther = React.useCallback(
    async (v: QueueViewKey): Promise<void> => {
      setOther({ kind: 'loading' });
      try {
        // What a TPSO holds or resolved is read from Enquiry Handling (only TPS staff write it), then the officers'
        // items it names for what they asked.
        const page: IPage<IHandling> =
          v === 'mine'
            ? await data.handling.listHeldBy(login, ['Claimed', 'TakenOver'])
            : v === 'takenOver'
              ? await data.handling.listHeldBy(login, ['TakenOver'])
              : // Warm transfers to Team Leaders (seed 002 item 4), newest first: what Team Leaders count.
                v === 'transfers'
                ? await data.handling.listByOutcome('WarmTransferTeamLeader')
                : await data.handling.listResolvedOn(login, new Date());
        const asked: IEnquiry[] = await data.enquiries.listByIds(page.items.map((h) => h.enquiryId));
        const items: IEnquiry[] = [];
        for (const h of page.items) {
          const e: IEnquiry | undefined = asked.filter((a) => a.id === h.enquiryId)[0];
          if (e) {
            items.push(withHandling(e, h));
          }
        }
        if (mounted.current) {
          setOther({ kind: 'ready', items, hasMore: page.hasMore });
        }
      } catch (error) {
        if (mounted.current) {
          setOther({ kind: 'error', message: toUserMessage(error) });
        }
      }
    },
    [data, login, mounted]
  );

  // First render: queue, roster and work types in one $batch, so it stays at two requests (site gate + this).
  React.useEffect(() => {
    const first: Promise<unknown> = data.readTogether((batched) =>
      Promise.all([loadWaiting(false, batched), readRoster(batched), readWorkTypes(batched)])
    );
    first.catch((error) => {
      // Only the batch itself can fail here (each read shows its own error): show it where the queue would be.
      if (mounted.current) {
        setWaiting({ kind: 'error', message: toUserMessage(error) });
      }
    });
  }, [data, loadWaiting, readRoster, readWorkTypes, login, mounted]);

  // Every tick refreshes the queue (arrivals are announced in every view); reads that have not succeeded yet ride
  // in the same $batch, so a tick is still one request.
  usePolling(
    async () => {
      const { roster, types } = stale();
      if (!roster && !types) {
        await loadWaiting(true);
        return;
      }
      await data.readTogether((batched) =>
        Promise.all([
          loadWaiting(true, batched),
          roster ? readRoster(batched) : Promise.resolve(),
          types ? readWorkTypes(batched) : Promise.resolve()
        ])
      );
    },
    { intervalMs: POLL_MS }
  );

  const changeView = (key: QueueViewKey): void => {
    setView(key);
    if (key === 'waiting') {
      loadWaiting(false).catch(() => undefined);
    } else {
      loadOther(key).catch(() => undefined);
    }
  };

  const replace = (next: IEnquiry): void => {
    const swap = (load: QueueLoad): QueueLoad =>
      load.kind === 'ready' ? { ...load, items: load.items.map((e) => (e.id === next.id ? next : e)) } : load;
    setWaiting(swap);
    setOther(swap);
  };

  const current: QueueLoad = view === 'waiting' ? waiting : other;
  const rows: IEnquiry[] =
    current.kind !== 'ready' ? [] : view === 'waiting' ? queueOf(current.items, chosen) : current.items;
  const readWhole = (e: IEnquiry): Promise<IEnquiry> => readAsTps(data, e.id);
  return {
    view,
    changeView,
    current,
    rows,
    workTypes,
    rosterError,
    replace,
    readWhole,
    refreshWaiting: () => {
      loadWaiting(true).catch(() => undefined);
    }
  };
}
