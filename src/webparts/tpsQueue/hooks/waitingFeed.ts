/**
 * The waiting queue kept live from SharePoint's change log: one full read (every waiting enquiry and every open
 * Enquiry Handling item, after both lists' change tokens), then each poll asks both change logs what changed and
 * reads only those items. Arrivals (new enquiries, new claims) are read in the same `$batch` as the change log
 * (`Id gt` the last id seen), so the common poll is one request; only changes to older items (a release, a
 * withdraw) need a second, by id. Unchanged enquiries keep their objects, so their rows do not render again.
 */
import type { IDataServices } from '../../../data/services';
import { LIST } from '../../../data/schema';
import { MAX_PAGE_SIZE } from '../../../data/stores/listStore';
import type { IChangeSet } from '../../../data/stores/changeFeed';
import type { IEnquiry, IHandling } from '../../../data/stores/types';
import type { PollStep } from '../../../shared/hooks/pollCoordinator';
import { withHandling } from '../model';

/** A TPSO holds the enquiry of a handling item in these states: it is not waiting. */
const HELD: ReadonlyArray<string> = ['Claimed', 'TakenOver'];

/** The queue as shown: waiting enquiries nobody holds, oldest first. */
export interface IWaitingState {
  items: IEnquiry[];
  /** More were waiting than one read holds (5,000). */
  hasMore: boolean;
}

interface ITokens {
  enquiries: string;
  handling: string;
}

/** The newest id seen in each list: a poll reads what was added after it with the change log. */
interface ILastIds {
  enquiries: number;
  handling: number;
}

/** What one poll learnt: both change sets and the items already read for them. */
interface IPollRead {
  ce: IChangeSet;
  ch: IChangeSet;
  enquiries: IEnquiry[];
  handling: IHandling[];
}

export class WaitingFeed {
  private readonly _waiting: Map<number, IEnquiry> = new Map<number, IEnquiry>();
  /** Open handling items: handling id → enquiry id. */
  private readonly _held: Map<number, number> = new Map<number, number>();
  private _tokens: ITokens | undefined;
  private _last: ILastIds = { enquiries: 0, handling: 0 };
  private _hasMore: boolean = false;
  private _busy: boolean = false;
  private _shown: IEnquiry[] = [];

  /** `publish` is told the new state whenever it changed. */
  public constructor(private readonly _publish: (state: IWaitingState) => void) {}

  /**
   * Reads everything in the batch handed in: the change tokens first (SharePoint runs a batch in order, so a change
   * made between the token and the read is reported again rather than missed), then the queue.
   */
  public async readAll(batched: IDataServices): Promise<void> {
    const tokens: Promise<[string, string]> = Promise.all([
      batched.changesOf(LIST.enquiries).currentToken(),
      batched.changesOf(LIST.handling).currentToken()
    ]);
    // Waiting enquiries come from the officers' items; one a TPSO holds (Enquiry Handling) is not waiting,
    // whatever its officer wrote on it.
    const [page, open, lastEnquiry, lastHandling] = await Promise.all([
      batched.enquiries.listAllWaiting(),
      batched.handling.listOpen(MAX_PAGE_SIZE),
      batched.enquiries.lastId(),
      batched.handling.lastId()
    ]);
    const [enquiries, handling] = await tokens;
    this._last = { enquiries: lastEnquiry, handling: lastHandling };
    this._waiting.clear();
    for (const e of page.items) {
      this._waiting.set(e.id, withHandling(e, undefined));
    }
    this._held.clear();
    for (const h of open.items) {
      this._held.set(h.id, h.enquiryId);
    }
    this._hasMore = page.hasMore;
    this._tokens = { enquiries, handling };
    this._emit(true);
  }

  /**
   * One poll: both change logs in the batch handed in; returns the read of the changed items (for the next batch),
   * or a full read when a log cannot say (token too old or refused, too many changes). Tokens move on only once
   * the changed items are read, so a failed read asks again next time. Skips while another step runs.
   */
  public step: PollStep = async (batched: IDataServices): Promise<PollStep | void> => {
    const tokens: ITokens | undefined = this._tokens;
    if (!tokens) {
      return this._guard(() => this.readAll(batched));
    }
    if (this._busy) {
      return undefined;
    }
    this._busy = true;
    let release: boolean = true;
    try {
      // In batch order: the change logs first, then the arrivals after the last ids seen.
      const last: ILastIds = this._last;
      const [ce, ch, arrived, claimed] = await Promise.all([
        batched.changesOf(LIST.enquiries).since(tokens.enquiries),
        batched.changesOf(LIST.handling).since(tokens.handling),
        batched.enquiries.listAfterId(last.enquiries),
        batched.handling.listStatesAfterId(last.handling)
      ]);
      if (ce.reset || ch.reset) {
        return (next: IDataServices) => this._guard(() => this.readAll(next), true);
      }
      // Only what the change log names counts now; an arrival after the log was read comes with the next poll.
      const read: IPollRead = { ce, ch, enquiries: only(arrived, ce.changed), handling: only(claimed, ch.changed) };
      this._last = {
        enquiries: Math.max(last.enquiries, ...ce.changed),
        handling: Math.max(last.handling, ...ch.changed)
      };
      const missingEnquiries: number[] = notIn(ce.changed, read.enquiries);
      const missingHandling: number[] = notIn(ch.changed, read.handling);
      if (missingEnquiries.length === 0 && missingHandling.length === 0) {
        this._apply(read);
        return undefined;
      }
      release = false; // the follow-up releases
      return (next: IDataServices) =>
        this._guard(() => this._readChanged(next, read, missingEnquiries, missingHandling), true);
    } finally {
      if (release) {
        this._busy = false;
      }
    }
  };

  private async _guard(run: () => Promise<void>, held: boolean = false): Promise<void> {
    if (this._busy && !held) {
      return;
    }
    this._busy = true;
    try {
      await run();
    } finally {
      this._busy = false;
    }
  }

  private async _readChanged(
    batched: IDataServices,
    read: IPollRead,
    enquiryIds: number[],
    handlingIds: number[]
  ): Promise<void> {
    const [enquiries, handling] = await Promise.all([
      enquiryIds.length ? batched.enquiries.listByIds(enquiryIds) : Promise.resolve([] as IEnquiry[]),
      handlingIds.length ? batched.handling.listStatesByIds(handlingIds) : Promise.resolve([] as IHandling[])
    ]);
    this._apply({
      ...read,
      enquiries: read.enquiries.concat(enquiries),
      handling: read.handling.concat(handling)
    });
  }

  private _apply({ ce, ch, enquiries, handling }: IPollRead): void {
    let changed: boolean = false;
    // Changed ids not read back were deleted or may no longer be read: they leave the queue.
    for (const id of ce.changed.concat(ce.deleted)) {
      changed = this._waiting.delete(id) || changed;
    }
    for (const e of enquiries) {
      if (e.status === 'Waiting') {
        this._waiting.set(e.id, withHandling(e, undefined));
        changed = true;
      }
    }
    for (const id of ch.changed.concat(ch.deleted)) {
      changed = this._held.delete(id) || changed;
    }
    for (const h of handling) {
      if (HELD.indexOf(h.status) >= 0) {
        this._held.set(h.id, h.enquiryId);
        changed = true;
      }
    }
    this._tokens = { enquiries: ce.token, handling: ch.token };
    this._emit(changed);
  }

  private _emit(changed: boolean): void {
    if (!changed) {
      return;
    }
    const held: { [enquiryId: number]: boolean } = {};
    this._held.forEach((enquiryId) => {
      held[enquiryId] = true;
    });
    const items: IEnquiry[] = [];
    this._waiting.forEach((e) => {
      if (!held[e.id]) {
        items.push(e);
      }
    });
    items.sort((a, b) => a.id - b.id);
    // Same rows, same objects: nothing to show again.
    if (items.length === this._shown.length && items.every((e, i) => e === this._shown[i])) {
      return;
    }
    this._shown = items;
    this._publish({ items, hasMore: this._hasMore });
  }
}

/** The items whose ids the change log named. */
function only<T extends { id: number }>(items: T[], ids: ReadonlyArray<number>): T[] {
  const named: Set<number> = new Set<number>(ids);
  return items.filter((i) => named.has(i.id));
}

/** The named ids not among the items read (they need a read by id). */
function notIn(ids: ReadonlyArray<number>, items: ReadonlyArray<{ id: number }>): number[] {
  const read: Set<number> = new Set<number>(items.map((i) => i.id));
  return ids.filter((id) => !read.has(id));
}
