import * as React from 'react';
import { useServices } from '../../../shared/services';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import type { IFeedback } from '../../../data/stores/types';
import { latestFlagByEnquiry } from '../model';

/** Flags read per page: an officer's recent flags (older cards show no review state until "Show more" work). */
export const MY_FEEDBACK_PAGE_SIZE: number = 50;

/** What {@link useMyFeedback} gives the cards. */
export interface IMyFeedback {
  /** The officer's latest flag on each enquiry, by enquiry id (empty until read). */
  byEnquiry: { readonly [enquiryId: number]: IFeedback };
  /** Reads the officer's flags once (after a failure the next call reads again). */
  ensureLoaded(): void;
  /** Reads them again (after the officer flags an answer). */
  refresh(): void;
}

/**
 * The officer's own flags and where each is in review (seed 004 feedback protocols), from the Feedback list
 * (FeedbackStore.listMine: filtered on the indexed RaisedByKey; item-level security returns only their own).
 * Read lazily, the first time the officer works in the web part, so first render keeps its two requests.
 */
export function useMyFeedback(): IMyFeedback {
  const { data, user } = useServices();
  const me: string = user.login.toLowerCase();
  const [byEnquiry, setByEnquiry] = React.useState<{ [enquiryId: number]: IFeedback }>({});
  const state = React.useRef<'idle' | 'loading' | 'done'>('idle');
  const mounted = useIsMounted();

  const read = React.useCallback((): void => {
    state.current = 'loading';
    data.feedback
      .listMine(me, MY_FEEDBACK_PAGE_SIZE)
      .then((page) => {
        state.current = 'done';
        if (mounted.current) {
          setByEnquiry(latestFlagByEnquiry(page.items));
        }
      })
      .catch(() => {
        // the cards simply show no review state; the next interaction reads again
        state.current = 'idle';
      });
  }, [data, me, mounted]);

  const ensureLoaded = React.useCallback((): void => {
    if (state.current === 'idle') {
      read();
    }
  }, [read]);

  return { byEnquiry, ensureLoaded, refresh: read };
}
