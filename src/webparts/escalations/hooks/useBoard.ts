import * as React from 'react';
import * as strings from 'EscalationsWebPartStrings';
import { httpStatus } from '../../../data/errors';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IDataServices } from '../../../data/services';
import type { IEscalation, IRosterEntry } from '../../../data/stores/types';
import { useSharedPoll } from '../../../shared/hooks';
import { LIVE_POLL_MS } from '../../../shared/hooks/pollCoordinator';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useServices } from '../../../shared/services';
import { DEFAULT_FILTERS, replaceById } from '../model';
import type { IBoardFilters } from '../model';

/** At most one SharePoint request per this many ms for live updates (the queue's budget). */
export const BOARD_POLL_MS: number = LIVE_POLL_MS;

/** Open escalations read per request: a centre's whole board, and still one page. */
export const BOARD_PAGE_SIZE: number = 500;

/** Who the signed-in person is on the roster (role and centre), remembered on the device for the next visit. */
export interface IBoardPerson {
  /** 'SSO', 'TeamLeader', 'TPSO' or undefined when the roster does not list them. */
  role: string | undefined;
  /** Their centre's key (its time zone), when the roster gives one. */
  centreKey: string | undefined;
  /** Their centre's name. */
  centre: string | undefined;
}

/** Where the first load is. */
export type BoardLoad = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready' };

/** What {@link useBoard} gives the board. */
export interface IBoard {
  load: BoardLoad;
  items: IEscalation[];
  /** More open escalations than one page (the board says so). */
  hasMore: boolean;
  person: IBoardPerson;
  filters: IBoardFilters;
  setFilters(f: IBoardFilters): void;
  /** The last live update failed (what is shown is kept). */
  refreshError: string;
  retry(): void;
  refreshNow(): void;
  /** Shows a changed escalation at once (after an action). */
  replace(e: IEscalation): void;
}

const PREFS_PREFIX: string = 'boutique-tps.escalations.';

interface IPrefs {
  person?: IBoardPerson;
  filters?: IBoardFilters;
}

function readPrefs(login: string): IPrefs {
  try {
    const raw: string | null = window.localStorage.getItem(PREFS_PREFIX + login);
    return raw ? (JSON.parse(raw) as IPrefs) : {};
  } catch {
    return {};
  }
}

function writePrefs(login: string, prefs: IPrefs): void {
  try {
    window.localStorage.setItem(PREFS_PREFIX + login, JSON.stringify(prefs));
  } catch {
    // Private mode or full storage: the board still works, it just forgets.
  }
}

function personOf(rows: IRosterEntry[]): IBoardPerson {
  const row: IRosterEntry | undefined = rows.filter((r) => r.role === 'SSO' || r.role === 'TeamLeader')[0] || rows[0];
  return {
    role: row ? row.role : undefined,
    centreKey: row ? row.centreTimeZone : undefined,
    centre: row ? row.centre : undefined
  };
}

/**
 * The SSO board's data. First render is one `$batch` (after the site gate's read): the person's roster row and the
 * open escalations (filtered first on the indexed Status, then on the indexed CentreKey when the person's centre is
 * known from an earlier visit). Then live updates through usePolling: one request per 15 s at most, none while
 * the page is hidden.
 */
export function useBoard(): IBoard {
  const { data, user } = useServices();
  const me: string = user.login.toLowerCase();
  const prefs = React.useRef<IPrefs>(readPrefs(me));
  const [person, setPerson] = React.useState<IBoardPerson>(
    prefs.current.person || { role: undefined, centreKey: undefined, centre: undefined }
  );
  const [filters, setFiltersState] = React.useState<IBoardFilters>(prefs.current.filters || DEFAULT_FILTERS);
  const [load, setLoad] = React.useState<BoardLoad>({ kind: 'loading' });
  const [items, setItems] = React.useState<IEscalation[]>([]);
  const [hasMore, setHasMore] = React.useState<boolean>(false);
  const [refreshError, setRefreshError] = React.useState<string>('');
  const mounted = useIsMounted();
  const localChanges = React.useRef<number>(0);
  const personRef = React.useRef<IBoardPerson>(person);
  personRef.current = person;
  const filtersRef = React.useRef<IBoardFilters>(filters);
  filtersRef.current = filters;

  const centreQuery = (): string | undefined =>
    filtersRef.current.centre === 'mine' ? personRef.current.centreKey : undefined;

  /** Reads the open escalations the filters ask for; true when SharePoint had more than one page of them. */
  const readOpen = React.useCallback(
    async (source: IDataServices): Promise<boolean> => {
      const changesAtStart: number = localChanges.current;
      const page = await source.escalations.listOpen(BOARD_PAGE_SIZE, { centreKey: centreQuery() });
      if (mounted.current && changesAtStart === localChanges.current) {
        setItems(page.items);
        setHasMore(page.hasMore);
      }
      return page.hasMore;
    },
    [mounted]
  );

  const first = React.useCallback(async (): Promise<void> => {
    setLoad({ kind: 'loading' });
    try {
      const [rows, moreThanAPage] = await data.readTogether((d) => Promise.all([d.roster.forPerson(me), readOpen(d)]));
      const p: IBoardPerson = personOf(rows);
      if (!mounted.current) {
        return;
      }
      const centreChanged: boolean = p.centreKey !== personRef.current.centreKey;
      personRef.current = p;
      setPerson(p);
      prefs.current = { ...prefs.current, person: p };
      writePrefs(me, prefs.current);
      if (centreChanged && filtersRef.current.centre === 'mine' && p.centreKey && moreThanAPage) {
        // First visit on this device: the centre was not known for the batch, which read every centre's open
        // escalations (the board keeps the centre's own). Only when those did not fit one page is the centre's
        // board read again, so the first render stays at two requests.
        await readOpen(data);
      }
      setLoad({ kind: 'ready' });
    } catch (error) {
      if (mounted.current) {
        // Service Officers have no access to the Escalations list: SharePoint answers 404, as if it did not exist.
        setLoad({ kind: 'failed', message: httpStatus(error) === 404 ? strings.NotForOfficers : toUserMessage(error) });
      }
    }
  }, [data, me, readOpen, mounted]);

  React.useEffect(() => {
    first().catch(() => undefined);
  }, [first]);

  // On the page's one timer and in its one $batch with the other web parts' live updates (useSharedPoll).
  const { pollNow } = useSharedPoll(
    data,
    async (batched) => {
      try {
        await readOpen(batched);
        setRefreshError('');
      } catch (error) {
        if (mounted.current) {
          setRefreshError(toUserMessage(error));
        }
      }
    },
    { enabled: load.kind === 'ready' }
  );

  const setFilters = React.useCallback(
    (f: IBoardFilters): void => {
      const centreChanged: boolean = f.centre !== filtersRef.current.centre;
      filtersRef.current = f;
      setFiltersState(f);
      prefs.current = { ...prefs.current, filters: f };
      writePrefs(me, prefs.current);
      if (centreChanged) {
        pollNow();
      }
    },
    [me, pollNow]
  );

  const replace = React.useCallback((e: IEscalation): void => {
    localChanges.current++;
    setItems((current) => replaceById(current, e));
  }, []);

  return {
    load,
    items,
    hasMore,
    person,
    filters,
    setFilters,
    refreshError,
    retry: () => {
      first().catch(() => undefined);
    },
    refreshNow: pollNow,
    replace
  };
}
