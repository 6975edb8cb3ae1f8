import * as React from 'react';
import { httpStatus } from '../../../data/errors';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IDataServices } from '../../../data/services';
import type { IPage } from '../../../data/stores/listStore';
import type { IQolCheck, IQolDirection, IQolResponse, IQolResult, IRosterEntry } from '../../../data/stores/types';
import { useSharedPoll } from '../../../shared/hooks/useSharedPoll';
import { LIVE_POLL_MS } from '../../../shared/hooks/pollCoordinator';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useServices } from '../../../shared/services';
import { checkerMonthKeys, urgentMonthKeys, viewsForRole } from '../model';
import type { QolView } from '../model';

/** An officer's own results read on first render (one page; the list says when there are more). */
export const MY_CHECKS_PAGE_SIZE: number = 100;

/** Live updates: one `$batch` per this many ms at most, none while the page is hidden (the queue's budget). */
export const QOL_POLL_MS: number = LIVE_POLL_MS;

/** Where the first load is. */
export type QolLoad = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready' };

/** What {@link useQolHome} gives the web part. */
export interface IQolHome {
  load: QolLoad;
  /** The views this person gets (from their roster role). */
  views: QolView[];
  /** The person's roster row, when the roster lists them. */
  person: IRosterEntry | undefined;
  /** The signed-in person's own results (QOL Results, security-trimmed to theirs). */
  myResults: IQolResult[];
  /** More results than shown. */
  hasMore: boolean;
  /** The person's own responses (QOL Responses). */
  myResponses: IQolResponse[];
  /** Urgent requests of this month and last: every one for TPS staff, an officer's own for them. */
  urgentRequests: IQolResponse[];
  /** Claims and checks answering those requests (TPS staff only; [] for officers, who cannot read QOL Checks). */
  urgentClaims: IQolCheck[];
  /** Checks directed to this person (TPSOs; [] for others). */
  directions: IQolDirection[];
  /**
   * This person's own checks of last month and this month, read with the first screen (TPS staff; [] for others),
   * and the CheckerMonthKeys they cover: the directed counts start from them without a second request.
   */
  myRecentChecks: { keys: string[]; checks: IQolCheck[] };
  /** The last live update failed ('' when it did not); what is shown is kept. */
  refreshError: string;
  /** Shows a response (or an urgent request) at once after it landed. */
  addResponse(r: IQolResponse): void;
  /** Shows a claim or a recorded urgent check at once. */
  replaceClaim(c: IQolCheck): void;
  /** Reads the live parts again now (after a claim lost a race, say). */
  refreshNow(): void;
  retry(): void;
}

/** A list the person cannot see answers 404 (QOL Checks for officers; QOL Results before their first check). */
function emptyIfHidden<T>(empty: T): (err: unknown) => T {
  return (err: unknown): T => {
    if (httpStatus(err) === 404) {
      return empty;
    }
    throw err;
  };
}

/** Same items, same versions: keep the shown array so what depends on it (the done counts) is not read again. */
function sameIds(
  a: ReadonlyArray<{ id: number; etag: string }>,
  b: ReadonlyArray<{ id: number; etag: string }>
): boolean {
  return a.length === b.length && a.every((x, i) => x.id === b[i].id && x.etag === b[i].etag);
}

const NO_PAGE: IPage<never> = { items: [], hasMore: false, next: () => Promise.resolve(NO_PAGE) };

const NO_CHECKS: { keys: string[]; checks: IQolCheck[] } = { keys: [], checks: [] };

/** The person's own checks of last month and this month (indexed CheckerMonthKey); none for those who cannot read them. */
function readMyRecentChecks(d: IDataServices, me: string, now: Date): Promise<{ keys: string[]; checks: IQolCheck[] }> {
  const keys: string[] = checkerMonthKeys(me, now);
  return Promise.all(keys.map((k) => d.qolChecks.listForMonthKey('CheckerMonthKey', k))).then(
    (pages) => ({ keys, checks: ([] as IQolCheck[]).concat(...pages) }),
    emptyIfHidden(NO_CHECKS)
  );
}

interface ILive {
  results: IPage<IQolResult>;
  responses: IPage<IQolResponse>;
  urgentRequests: IQolResponse[];
  urgentClaims: IQolCheck[];
  directions: IPage<IQolDirection>;
}

/** The parts that change while the page is open, read together (in a `$batch` when `d` is batched). */
function readLive(d: IDataServices, me: string, now: Date): Promise<ILive> {
  const keys: string[] = urgentMonthKeys(now);
  return Promise.all([
    d.qolResults.listForOfficer(me, MY_CHECKS_PAGE_SIZE).catch(emptyIfHidden<IPage<IQolResult>>(NO_PAGE)),
    d.qolResponses.listForOfficer(me).catch(emptyIfHidden<IPage<IQolResponse>>(NO_PAGE)),
    Promise.all(keys.map((k) => d.qolResponses.listUrgentForMonthKey(k).catch(emptyIfHidden<IQolResponse[]>([])))),
    Promise.all(keys.map((k) => d.qolChecks.listUrgentForMonthKey(k).catch(emptyIfHidden<IQolCheck[]>([])))),
    d.qolDirections.listForTpso(me).catch(emptyIfHidden<IPage<IQolDirection>>(NO_PAGE))
  ]).then(([results, responses, requests, claims, directions]) => ({
    results,
    responses,
    urgentRequests: ([] as IQolResponse[]).concat(...requests),
    urgentClaims: ([] as IQolCheck[]).concat(...claims),
    directions
  }));
}

function personRow(rows: IRosterEntry[]): IRosterEntry | undefined {
  return (
    rows.filter((r) => r.role === 'TPSO')[0] ||
    rows.filter((r) => r.role === 'SSO' || r.role === 'TeamLeader')[0] ||
    rows[0]
  );
}

/**
 * First render in one `$batch` after the site gate's read: the person's roster row (which views they get), their
 * own QOL results and responses, the urgent requests and claims of this month and last, the checks directed to them
 * and their own checks of this month and last (the directed counts, so a TPSO's first screen needs no second
 * round trip: at most 2 requests with the site gate's). Reading all of it for
 * everyone costs nothing extra in the batch (each part is one indexed query; SharePoint trims what a person may not
 * read, and a list they cannot see reads as empty) and spares a second round trip before the first screen. Then
 * the same reads as one `$batch` per 15 s through usePolling, none while the page is hidden.
 */
export function useQolHome(): IQolHome {
  const { data, user } = useServices();
  const me: string = user.login.toLowerCase();
  const [load, setLoad] = React.useState<QolLoad>({ kind: 'loading' });
  const [person, setPerson] = React.useState<IRosterEntry | undefined>(undefined);
  const [myResults, setMyResults] = React.useState<IQolResult[]>([]);
  const [hasMore, setHasMore] = React.useState<boolean>(false);
  const [myResponses, setMyResponses] = React.useState<IQolResponse[]>([]);
  const [urgentRequests, setUrgentRequests] = React.useState<IQolResponse[]>([]);
  const [urgentClaims, setUrgentClaims] = React.useState<IQolCheck[]>([]);
  const [directions, setDirections] = React.useState<IQolDirection[]>([]);
  const [myRecentChecks, setMyRecentChecks] = React.useState<{ keys: string[]; checks: IQolCheck[] }>(NO_CHECKS);
  const [refreshError, setRefreshError] = React.useState<string>('');
  const mounted = useIsMounted();
  const localChanges = React.useRef<number>(0);

  const show = React.useCallback(
    (live: ILive, changesAtStart: number): void => {
      if (!mounted.current || changesAtStart !== localChanges.current) {
        return; // unmounted, or something changed here while the read was out: the next read shows it
      }
      setMyResults(live.results.items);
      setHasMore(live.results.hasMore);
      setMyResponses(live.responses.items);
      setUrgentRequests(live.urgentRequests);
      setUrgentClaims(live.urgentClaims);
      setDirections((shown) => (sameIds(shown, live.directions.items) ? shown : live.directions.items));
    },
    [mounted]
  );

  const first = React.useCallback(async (): Promise<void> => {
    setLoad({ kind: 'loading' });
    try {
      const changesAtStart: number = localChanges.current;
      const now: Date = new Date();
      const [rows, live, recent] = await data.readTogether((d) =>
        Promise.all([d.roster.forPerson(me), readLive(d, me, now), readMyRecentChecks(d, me, now)])
      );
      // Before the directions show: React 17 renders each set outside an event on its own, and the directed counts
      // must find these checks already there or they read them again.
      if (mounted.current) {
        setMyRecentChecks(recent);
      }
      show(live, changesAtStart);
      if (mounted.current) {
        setPerson(personRow(rows));
        setLoad({ kind: 'ready' });
      }
    } catch (error) {
      if (mounted.current) {
        setLoad({ kind: 'failed', message: toUserMessage(error) });
      }
    }
  }, [data, me, mounted, show]);

  React.useEffect(() => {
    first().catch(() => undefined);
  }, [first]);

  // Live like the TPS Queue: new urgent requests and claims for checkers, results for an officer waiting on one.
  // On the page's one timer and in its one $batch with the other web parts' live updates (useSharedPoll).
  const { pollNow } = useSharedPoll(
    data,
    async (batched) => {
      try {
        const changesAtStart: number = localChanges.current;
        show(await readLive(batched, me, new Date()), changesAtStart);
        setRefreshError('');
      } catch (error) {
        if (mounted.current) {
          setRefreshError(toUserMessage(error));
        }
      }
    },
    { enabled: load.kind === 'ready' }
  );

  const addResponse = React.useCallback((r: IQolResponse): void => {
    localChanges.current++;
    const add = (current: IQolResponse[]): IQolResponse[] =>
      current.some((c) => c.id === r.id) ? current : current.concat([r]);
    setMyResponses(add);
    if (r.urgentMonthKey) {
      setUrgentRequests(add);
    }
  }, []);

  const replaceClaim = React.useCallback((c: IQolCheck): void => {
    localChanges.current++;
    setUrgentClaims((current) => current.filter((x) => x.id !== c.id).concat([c]));
  }, []);

  return {
    load,
    views: viewsForRole(person ? person.role : undefined),
    person,
    myResults,
    hasMore,
    myResponses,
    urgentRequests,
    urgentClaims,
    directions,
    myRecentChecks,
    refreshError,
    addResponse,
    replaceClaim,
    refreshNow: pollNow,
    retry: () => {
      first().catch(() => undefined);
    }
  };
}
