import * as React from 'react';
import * as strings from 'AskTpsWebPartStrings';
import { useServices } from '../../../shared/services';
import { useSharedPoll } from '../../../shared/hooks';
import { LIVE_POLL_MS } from '../../../shared/hooks/pollCoordinator';
import type { IDataServices } from '../../../data/services';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IEnquiry } from '../../../data/stores/types';
import type { IPage } from '../../../data/stores/listStore';
import type { WorkType } from '../../../domain/workTypes';
import { mergeFirstPage, statusAnnouncements } from '../model';
import type { IAnnouncementTemplates } from '../model';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';

/** Items on one page of "My enquiries" (and what each live update reads: one GET). */
export const MY_ENQUIRIES_PAGE_SIZE: number = 20;

/** At most one SharePoint request per this many ms for live updates (issue 3). */
export const LIVE_UPDATE_INTERVAL_MS: number = LIVE_POLL_MS;

const TEMPLATES: IAnnouncementTemplates = {
  claimed: strings.AnnounceClaimed,
  takenOver: strings.AnnounceTakenOver,
  resolved: strings.AnnounceResolved,
  escalated: strings.AnnounceEscalated,
  withdrawn: strings.AnnounceWithdrawn,
  released: strings.AnnounceReleased,
  someone: strings.SomeoneTps
};

/** Where the first load is. */
export type MyEnquiriesLoad = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready' };

/** What {@link useMyEnquiries} gives the list and the posting form. */
export interface IMyEnquiries {
  load: MyEnquiriesLoad;
  /** Newest first. */
  items: IEnquiry[];
  /** There are older enquiries to load. */
  hasMore: boolean;
  loadingMore: boolean;
  /** The last live update failed (the items shown are kept): its message. */
  refreshError: string | undefined;
  /** The latest status-change sentence for the polite live region ('' when none). */
  announcement: string;
  /** Retries a failed first load. */
  retry(): void;
  /** Loads the next page. */
  loadMore(): void;
  /** Refreshes now (after a post or an action) and restarts the live-update interval. */
  refreshNow(): void;
  /** Replaces one item (after the officer changed it). */
  replace(item: IEnquiry): void;
}

/**
 * The signed-in officer's enquiries (EnquiryStore.listMine: filtered on the indexed RequesterKey; item-level
 * security means SharePoint returns nothing else anyway), newest first: one GET on mount, then live updates while
 * the page is visible through the page's poll coordinator (useSharedPoll: one $batch per 15 s at most for every
 * web part on the page, none while hidden).
 */
export function useMyEnquiries(workTypes: ReadonlyArray<WorkType>): IMyEnquiries {
  const { data, user } = useServices();
  const store = data.enquiries;
  const me: string = user.login.toLowerCase();
  const [load, setLoad] = React.useState<MyEnquiriesLoad>({ kind: 'loading' });
  const [items, setItems] = React.useState<IEnquiry[]>([]);
  const [hasMore, setHasMore] = React.useState<boolean>(false);
  const [loadingMore, setLoadingMore] = React.useState<boolean>(false);
  const [refreshError, setRefreshError] = React.useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState<string>('');
  const itemsRef = React.useRef<IEnquiry[]>([]);
  // Bumped by every local change: a read that started before one is stale and must not undo it.
  const localChanges = React.useRef<number>(0);
  const lastPage = React.useRef<IPage<IEnquiry> | undefined>(undefined);
  const typesRef = React.useRef(workTypes);
  typesRef.current = workTypes;
  const mounted = useIsMounted();

  const show = (next: IEnquiry[]): void => {
    itemsRef.current = next;
    setItems(next);
  };

  const first = React.useCallback(async (): Promise<void> => {
    setLoad({ kind: 'loading' });
    try {
      const page: IPage<IEnquiry> = await store.listMine(me, MY_ENQUIRIES_PAGE_SIZE);
      if (!mounted.current) {
        return;
      }
      lastPage.current = page;
      show(page.items);
      setHasMore(page.hasMore);
      setLoad({ kind: 'ready' });
    } catch (error) {
      if (mounted.current) {
        setLoad({ kind: 'failed', message: toUserMessage(error) });
      }
    }
  }, [store, me]);

  React.useEffect(() => {
    first().catch(() => undefined);
  }, [first]);

  const tick = async (batched: IDataServices): Promise<void> => {
    const changesAtStart: number = localChanges.current;
    try {
      const page: IPage<IEnquiry> = await batched.enquiries.listMine(me, MY_ENQUIRIES_PAGE_SIZE);
      if (!mounted.current || changesAtStart !== localChanges.current) {
        return;
      }
      const before: IEnquiry[] = itemsRef.current;
      const merged: IEnquiry[] = mergeFirstPage(before, page.items);
      const said: string[] = statusAnnouncements(before, merged, typesRef.current, TEMPLATES);
      show(merged);
      if (merged.length <= page.items.length) {
        lastPage.current = page;
        setHasMore(page.hasMore);
      }
      setRefreshError(undefined);
      if (said.length > 0) {
        setAnnouncement(said.join('. ') + '.');
      }
    } catch (error) {
      if (mounted.current) {
        setRefreshError(toUserMessage(error));
      }
    }
  };

  // On the page's one timer and in its one $batch with the other web parts' live updates (useSharedPoll).
  const polling = useSharedPoll(data, tick, { enabled: load.kind === 'ready' });

  const loadMore = (): void => {
    const page: IPage<IEnquiry> | undefined = lastPage.current;
    if (!page || !page.hasMore || loadingMore) {
      return;
    }
    setLoadingMore(true);
    page
      .next()
      .then((next) => {
        if (!mounted.current) {
          return;
        }
        lastPage.current = next;
        const seen: { [id: number]: boolean } = {};
        for (const e of itemsRef.current) {
          seen[e.id] = true;
        }
        show(itemsRef.current.concat(next.items.filter((e) => !seen[e.id])));
        setHasMore(next.hasMore);
        setLoadingMore(false);
      })
      .catch((error) => {
        if (mounted.current) {
          setRefreshError(toUserMessage(error));
          setLoadingMore(false);
        }
      });
  };

  return {
    load,
    items,
    hasMore,
    loadingMore,
    refreshError,
    announcement,
    retry: () => {
      first().catch(() => undefined);
    },
    loadMore,
    refreshNow: () => {
      if (load.kind === 'ready') {
        polling.pollNow();
      } else {
        first().catch(() => undefined);
      }
    },
    replace: (item: IEnquiry) => {
      localChanges.current++;
      show(itemsRef.current.map((e) => (e.id === item.id ? item : e)));
    }
  };
}
