import * as React from 'react';
import type { IEnquiry } from '../../../data/stores/types';
import { isOpenEnquiry } from '../../../domain/enquiryValues';
import type { IFinaliseProgress } from '../actions';

/** What {@link useQueueSelection} is told. */
export interface IQueueSelectionInput {
  /** Puts a changed enquiry in place in the lists. */
  replace: (next: IEnquiry) => void;
  /** Re-reads the waiting queue quietly. */
  refreshWaiting: () => void;
  /** Something to announce. */
  onNotice: (message: string) => void;
  /** Reads an opened enquiry whole (the list rows carry no question). */
  readWhole: (e: IEnquiry) => Promise<IEnquiry>;
}

/** What {@link useQueueSelection} returns. */
export interface IQueueSelection {
  /** The enquiry open in the panel. */
  selected: IEnquiry | undefined;
  open: (e: IEnquiry) => void;
  close: () => void;
  /** The finalise progress of an enquiry, kept for as long as the queue is open. */
  progressFor: (id: number) => IFinaliseProgress;
  /** The panel changed the enquiry: announce it, keep it open while it is still open, update the lists. */
  onChanged: (next: IEnquiry, message: string) => void;
  /** A newer copy was read: show it (panel and lists) without closing anything. */
  onRefreshed: (next: IEnquiry) => void;
  /** Someone else has it now: announce it, close the panel, refresh the queue. */
  onLost: (message: string) => void;
}

/** The enquiry open in the panel, and what follows from the panel's actions. */
export function useQueueSelection({
  replace,
  refreshWaiting,
  onNotice,
  readWhole
}: IQueueSelectionInput): IQueueSelection {
  const [selected, setSelected] = React.useState<IEnquiry | undefined>(undefined);
  // Finalise progress per enquiry, here rather than in the panel: closing it, reopening it or switching views
  // after a mail went out must not send a second one.
  const progress = React.useRef<Map<number, IFinaliseProgress>>(new Map<number, IFinaliseProgress>());

  const progressFor = (id: number): IFinaliseProgress => {
    let p: IFinaliseProgress | undefined = progress.current.get(id);
    if (!p) {
      p = { mailSent: false };
      progress.current.set(id, p);
    }
    return p;
  };

  return {
    selected,
    open: (e: IEnquiry) => {
      setSelected(e);
      // The question is read when the enquiry is opened, not on every refresh of the queue.
      readWhole(e)
        .then((whole) => {
          setSelected((current) => (current && current.id === whole.id ? whole : current));
        })
        .catch(() => undefined);
    },
    close: () => setSelected(undefined),
    progressFor,
    onChanged: (next, message) => {
      onNotice(message);
      setSelected(isOpenEnquiry(next.status) ? next : undefined);
      replace(next);
    },
    onRefreshed: (next) => {
      setSelected((current) => (current && current.id === next.id ? next : current));
      replace(next);
    },
    onLost: (message) => {
      onNotice(message);
      setSelected(undefined);
      refreshWaiting();
    }
  };
}
