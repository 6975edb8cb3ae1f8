/**
 * The waiting queue kept live from SharePoint's change log: one full read (every waiting enquiry and every open
 * Enquiry Handling item, after both lists' change tokens), then each poll asks both change logs what changed and
 * learns what became of them in the same `$batch`: the waiting enquiries and held handling items modified since the
 * newest change seen (filtered on the indexed Status, so a handful of rows). A changed id that read does not return
 * is no longer waiting (or held, or readable), so every poll is one request. Unchanged enquiries keep their objects,
 * so their rows do not render again.
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

/**
 * Per list, a server time no later than any change the next poll can be told of: the newest Modified read, less a
 * margin (Modified is stamped by SharePoint, so the browser's clock plays no part). Undefined: nothing read yet.
 */
interface IWatermarks {
  enquiries: Date | undefined;
  handling: Date | undefined;
}

/** Taken off the newest Modified seen (SharePoint stamps Modified when it saves, a write can commit a little later). */
const WATERMARK_MARGIN_MS: number = 60000;

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
  private _since: IWatermarks = { enquiries: undefined, handling: undefined };
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
    const [page, open] = await Promise.all([
      batched.enquiries.listAllWaiting(),
      batched.handling.listOpen(MAX_PAGE_SIZE)
    ]);
    const [enquiries, handling] = await tokens;
    this._since = { enquiries: watermark(undefined, page.items), handling: watermark(undefined, open.items) };
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
   * One poll, one request: both change logs and the recently modified waiting and held items in the batch handed
   * in; returns a full read (for the next batch) only when a log cannot say (token too old or refused, too many
   * changes). A failed batch moves no token, so the next poll asks again. Skips while another step runs.
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
    try {
      // In batch order: the change logs first, then what became of the items they name.
      const since: IWatermarks = this._since;
      const [ce, ch, waiting, held] = await Promise.all([
        batched.changesOf(LIST.enquiries).since(tokens.enquiries),
        batched.changesOf(LIST.handling).since(tokens.handling),
        batched.enquiries.listWaitingSince(since.enquiries),
        batched.handling.listHeldSince(since.handling)
      ]);
      if (ce.reset || ch.reset || waiting.length >= MAX_PAGE_SIZE || held.length >= MAX_PAGE_SIZE) {
        return (next: IDataServices) => this._guard(() => this.readAll(next), true);
      }
      // Only what the change log names counts now; a change after the log was read comes with the next poll.
      this._apply({ ce, ch, enquiries: only(waiting, ce.changed), handling: only(held, ch.changed) });
      this._since = {
        enquiries: watermark(since.enquiries, waiting),
        handling: watermark(since.handling, held)
      };
      return undefined;
    } finally {
      this._busy = false;
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

/** The newer of `current` and the newest Modified of `items`, less the margin. */
function watermark(current: Date | undefined, items: ReadonlyArray<{ modified: Date | undefined }>): Date | undefined {
  let newest: number = current ? current.getTime() + WATERMARK_MARGIN_MS : 0;
  for (const i of items) {
    if (i.modified && i.modified.getTime() > newest) {
      newest = i.modified.getTime();
    }
  }
  return newest > 0 ? new Date(newest - WATERMARK_MARGIN_MS) : undefined;
}
