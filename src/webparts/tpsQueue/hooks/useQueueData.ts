import * as React from 'react';
import { useServices } from '../../../shared/services';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useSharedPoll } from '../../../shared/hooks/useSharedPoll';
import { LIVE_POLL_MS } from '../../../shared/hooks/pollCoordinator';
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
import { WaitingFeed } from './waitingFeed';

/** How often the queue looks for new arrivals (issue 4: at most one request per 15 seconds, none while hidden). */
export const POLL_MS: number = LIVE_POLL_MS;

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

  // The queue kept live from the change log (see WaitingFeed); it tells the screen only when the rows changed.
  const [feed] = React.useState(
    () =>
      new WaitingFeed((state) => {
        if (mounted.current) {
          setWaiting({ kind: 'ready', items: state.items, hasMore: state.hasMore });
        }
      })
  );

  /** Reads the whole queue again (in the batch handed in, or in a batch of its own: one request). */
  const loadWaiting = React.useCallback(
    async (quiet: boolean, batched?: IDataServices): Promise<void> => {
      if (!quiet) {
        setWaiting({ kind: 'loading' });
      }
      try {
        await (batched ? feed.readAll(batched) : data.readTogether((b) => feed.readAll(b)));
      } catch (error) {
        if (mounted.current && !quiet) {
          setWaiting({ kind: 'error', message: toUserMessage(error) });
        }
      }
    },
    [data, feed, mounted]
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

  // Every tick asks the change logs what changed, on the page's one timer and in its one $batch (other web parts'
  // polls ride along); the changed items are read by id in a second batch only when there are any. Reads that have
  // not succeeded yet (roster, work types) ride in the first batch.
  const { pollNow } = useSharedPoll(data, async (batched) => {
    const { roster, types } = stale();
    const [next] = await Promise.all([
      feed.step(batched),
      roster ? readRoster(batched) : Promise.resolve(),
      types ? readWorkTypes(batched) : Promise.resolve()
    ]);
    return next;
  });

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
    // After the TPSO's own write: what changed comes with the next poll, now.
    refreshWaiting: pollNow
  };
}
