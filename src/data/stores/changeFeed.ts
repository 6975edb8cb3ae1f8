/**
 * What changed in a list since a change token: SharePoint's change log (`list.getChanges` with an SP.ChangeQuery
 * from `CurrentChangeToken`), so a live update reads only the items that changed, by id, instead of everything.
 * Token format "1;3;<listId>;<ticks>;<changeNumber>" (SP.ChangeToken; .NET ticks of the change time).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { httpStatus } from '../errors';

/** What changed after a token. */
export interface IChangeSet {
  /**
   * True when the changes cannot be known from the log (token too old, refused, or more changes than one answer
   * holds): the caller reads the list again in full, then continues from `token`, read before that full read.
   */
  reset: boolean;
  /** Items added or updated since the token (each once, in change order): read them by id. */
  changed: number[];
  /** Items deleted since the token. */
  deleted: number[];
  /** Where the next look starts (unchanged when nothing changed). */
  token: string;
}

/**
 * Most changes one answer holds (SharePoint Online pages its change collections at 1,000 by default): a full answer
 * means there may be more, and reading the list again costs one request where paging could cost many.
 */
export const CHANGE_PAGE: number = 1000;

/**
 * A token this old is not trusted: SharePoint Online keeps changes 60 days and, past them, answers with no changes
 * and no error (sp-dev-docs issue #10389), which would freeze the screen. A day is far inside that and costs one
 * full read a day for a page left open.
 */
export const MAX_TOKEN_AGE_MS: number = 24 * 60 * 60 * 1000;

const TICKS_PER_MS: number = 10000;
const EPOCH_TICKS: number = 621355968000000000;

/** The time a change token was made (ms since 1970), or undefined when it is not a change token. */
export function tokenTime(token: string): number | undefined {
  const parts: string[] = token.split(';');
  const ticks: number = parts.length === 5 ? Number(parts[3]) : NaN;
  return isNaN(ticks) ? undefined : (ticks - EPOCH_TICKS) / TICKS_PER_MS;
}

interface IRawChange {
  ChangeType: number;
  ItemId: number;
  ChangeToken: { StringValue: string };
}

/** SP.ChangeType values of item changes. */
const ADD: number = 1;
const UPDATE: number = 2;
const DELETE_OBJECT: number = 3;

/** The change log of one list, read through the PnPjs root handed in (batched or not). */
export class ChangeFeed {
  public constructor(
    private readonly _sp: SPFI,
    private readonly _listTitle: string
  ) {}

  /** The list's current change token: read it BEFORE a full read, so nothing between the two is missed. */
  public async currentToken(): Promise<string> {
    const list: { CurrentChangeToken: { StringValue: string } } = await this._sp.web.lists
      .getByTitle(this._listTitle)
      .select('CurrentChangeToken')();
    return list.CurrentChangeToken.StringValue;
  }

  /** Item changes after `token`; `now` is the caller's clock (tests pass a fake). */
  public async since(token: string, now: number = Date.now()): Promise<IChangeSet> {
    const made: number | undefined = tokenTime(token);
    if (made === undefined || now - made > MAX_TOKEN_AGE_MS) {
      return { reset: true, changed: [], deleted: [], token };
    }
    let raw: IRawChange[];
    try {
      raw = await this._sp.web.lists.getByTitle(this._listTitle).getChanges({
        Item: true,
        Add: true,
        Update: true,
        DeleteObject: true,
        ChangeTokenStart: { StringValue: token }
      });
    } catch (error) {
      // SPInvalidChangeTokenException (a token of another list, a list re-created): read again. Throttling and
      // network errors are thrown: the next poll asks again from the same token.
      if (httpStatus(error) === 400) {
        return { reset: true, changed: [], deleted: [], token };
      }
      throw error;
    }
    if (raw.length >= CHANGE_PAGE) {
      return { reset: true, changed: [], deleted: [], token };
    }
    const changed: number[] = [];
    const deleted: number[] = [];
    for (const c of raw) {
      const id: number = c.ItemId;
      if (c.ChangeType === DELETE_OBJECT) {
        deleted.push(id);
        const at: number = changed.indexOf(id);
        if (at >= 0) {
          changed.splice(at, 1);
        }
      } else if ((c.ChangeType === ADD || c.ChangeType === UPDATE) && changed.indexOf(id) < 0) {
        changed.push(id);
      }
    }
    return { reset: false, changed, deleted, token: raw.length ? raw[raw.length - 1].ChangeToken.StringValue : token };
  }
}
