/**
 * Pure helpers of "My enquiries" (issue 3 "Following"): merging a refreshed first page into what is shown,
 * and the screen-reader announcements of status changes.
 * No React, no PnPjs: unit-tested in myEnquiries.test.ts.
 */
import type { IEnquiry } from '../../../data/stores/types';
import { workTypeTitle } from '../../../domain/workTypes';
import type { WorkType } from '../../../domain/workTypes';
import { format } from '../../../shared/text/format';

/**
 * Merges a freshly read first page (newest first) into the items shown: fresh items replace shown ones with the
 * same id, new ones are added, and older items (from pages loaded with "Show more") are kept. Newest first.
 */
export function mergeFirstPage(shown: ReadonlyArray<IEnquiry>, fresh: ReadonlyArray<IEnquiry>): IEnquiry[] {
  const byId: { [id: number]: IEnquiry } = {};
  const ids: number[] = [];
  let oldestFresh: number = Number.MAX_VALUE;
  for (const e of fresh) {
    byId[e.id] = e;
    ids.push(e.id);
    oldestFresh = Math.min(oldestFresh, e.id);
  }
  if (fresh.length === 0) {
    return [];
  }
  for (const e of shown) {
    // Older than the fresh page: loaded with "Show more", kept. Newer but missing from the page: gone, dropped.
    if (byId[e.id] === undefined && e.id < oldestFresh) {
      byId[e.id] = e;
      ids.push(e.id);
    }
  }
  ids.sort((a, b) => b - a);
  return ids.map((id) => byId[id]);
}

/** Templates of the announcements (loc strings, with {0} = work type title and {1} = TPSO name). */
export interface IAnnouncementTemplates {
  claimed: string;
  takenOver: string;
  resolved: string;
  escalated: string;
  withdrawn: string;
  released: string;
  someone: string;
}

/**
 * The sentences to announce (aria-live polite) for status changes between two reads of the same items, e.g.
 * "Your ABSTUDY enquiry was claimed by Tom Peer". Items that are new or unchanged say nothing.
 */
export function statusAnnouncements(
  before: ReadonlyArray<IEnquiry>, after: ReadonlyArray<IEnquiry>, types: ReadonlyArray<WorkType>, t: IAnnouncementTemplates
): string[] {
  const old: { [id: number]: IEnquiry } = {};
  for (const e of before) {
    old[e.id] = e;
  }
  const out: string[] = [];
  for (const e of after) {
    const was: IEnquiry | undefined = old[e.id];
    if (!was || was.status === e.status) {
      continue;
    }
    const title: string = workTypeTitle(types, e.workType);
    const who: string = e.assigneeName || t.someone;
    switch (e.status) {
      case 'Claimed': out.push(format(t.claimed, title, who)); break;
      case 'TakenOver': out.push(format(t.takenOver, title, who)); break;
      case 'Resolved': out.push(format(t.resolved, title, who)); break;
      case 'Escalated': out.push(format(t.escalated, title, who)); break;
      case 'Withdrawn': out.push(format(t.withdrawn, title, who)); break;
      case 'Waiting': out.push(format(t.released, title, who)); break;
      default: break;
    }
  }
  return out;
}

/** Whole minutes between two instants (never negative). */
export function minutesBetween(from: Date | undefined, to: Date | undefined): number | undefined {
  if (!from || !to) {
    return undefined;
  }
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60000));
}
