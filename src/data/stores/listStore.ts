/**
 * The base of every store: typed reads, paging, create-once by request key and ETag updates whose outcome is
 * re-read before a conflict is reported. Over 300 lines because those write paths share their error handling.
 */
import { SPFI, SPCollection } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { IItems } from '@pnp/sp/items';
import { BrowserFetch, parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { ConflictError, httpStatus, isDuplicateValueError, isTransientError } from '../errors';
import { IFieldMapping, IRawItem, odataString, readFields, selectOf, writeFields } from './fieldMap';
import { IStoredItem } from './types';
import { CommonFields, expanded, UserProps } from '../columns';

/** One page of results; `next` fetches the following page (SharePoint's `$skiptoken` paging). */
export interface IPage<T> {
  /** Items on this page. */
  items: T[];
  /** True when there is another page. */
  hasMore: boolean;
  /** Fetches the next page (an empty last page when there is none). */
  next: () => Promise<IPage<T>>;
}

/** How many times a create is sent at most, each after a look-up showed it had not landed. */
export const CREATE_ATTEMPTS: number = 5;

/** First wait before re-sending a create when SharePoint gave no Retry-After (doubles each time). */
const CREATE_BACKOFF_MS: number = 250;

/** Seconds SharePoint asked to wait (Retry-After on a 429 or 503), when it said. */
function retryAfterMs(err: unknown): number | undefined {
  const response: Response | undefined =
    err && typeof err === 'object' ? (err as { response?: Response }).response : undefined;
  const header: string | null = response && response.headers ? response.headers.get('Retry-After') : null;
  const seconds: number = header ? parseInt(header, 10) : NaN;
  return isNaN(seconds) ? undefined : seconds * 1000;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Default page size: well under the 5,000-item threshold and quick to render. */
export const DEFAULT_PAGE_SIZE: number = 100;

/** SharePoint's largest `$top` for list items (and its list view threshold). */
export const MAX_PAGE_SIZE: number = 5000;

interface IRawPage {
  nextLink: string | undefined;
  value: IRawItem[];
}

const PAGE_QUERY_PARAMS: string[] = ['$top', '$select', '$expand', '$filter', '$orderby', '$skiptoken'];

/** Runs a query and returns its first page, following `odata.nextLink` for the rest (as PnPjs's async iterator). */
export function fetchPage<T>(items: IItems, map: (raw: IRawItem) => T): Promise<IPage<T>> {
  const q = SPCollection(items).using(
    parseBinderWithErrorCheck(async (r: Response): Promise<IRawPage> => {
      const json: { d?: { __next?: string }; 'odata.nextLink'?: string } = await r.json();
      const nextLink: string | undefined = (json.d && json.d.__next) || json['odata.nextLink'];
      return { nextLink: nextLink || undefined, value: parseODataJSON(json) as IRawItem[] };
    })
  );
  for (const p of PAGE_QUERY_PARAMS) {
    const v: string | undefined = items.query.get(p) || undefined;
    if (v !== undefined) {
      q.query.set(p, v);
    }
  }
  return runPage(q as unknown as () => Promise<IRawPage>, map);
}

async function runPage<T>(request: () => Promise<IRawPage>, map: (raw: IRawItem) => T): Promise<IPage<T>> {
  const raw: IRawPage = await request();
  const link: string | undefined = raw.nextLink;
  const self: () => Promise<IRawPage> = request;
  return {
    items: raw.value.map(map),
    hasMore: !!link,
    next: (): Promise<IPage<T>> => {
      if (!link) {
        return Promise.resolve({ items: [], hasMore: false, next: () => Promise.reject(new Error('No more pages')) });
      }
      const nextQ = SPCollection([self as unknown as IItems, link]).using(
        parseBinderWithErrorCheck(async (r: Response): Promise<IRawPage> => {
          const json: { d?: { __next?: string }; 'odata.nextLink'?: string } = await r.json();
          const nl: string | undefined = (json.d && json.d.__next) || json['odata.nextLink'];
          return { nextLink: nl || undefined, value: parseODataJSON(json) as IRawItem[] };
        })
      );
      return runPage(nextQ as unknown as () => Promise<IRawPage>, map);
    }
  };
}

/** Reads every page of a query (for small lists such as Work Types and the roster). */
export async function fetchAll<T>(items: IItems, map: (raw: IRawItem) => T): Promise<T[]> {
  let page: IPage<T> = await fetchPage(items, map);
  const all: T[] = page.items.slice();
  while (page.hasMore) {
    page = await page.next();
    all.push(...page.items);
  }
  return all;
}

/**
 * True for the answers after which a write may have been saved all the same: a 412 (PnPjs re-sent a MERGE that had
 * committed), a 5xx (including the 504 a gateway gives after the commit) or a lost connection.
 */
export function mayHaveLanded(err: unknown): boolean {
  const status: number | undefined = httpStatus(err);
  return status === undefined ? isTransientError(err) : status === 412 || status >= 500 || isTransientError(err);
}

/** The common parts of a stored item read from a raw one. */
export function storedParts(raw: IRawItem): IStoredItem {
  const etag: unknown =
    raw['odata.etag'] !== undefined
      ? raw['odata.etag']
      : raw.__metadata
        ? (raw.__metadata as { etag?: string }).etag
        : undefined;
  const editor: { Title?: string } | undefined = raw.Editor as { Title?: string } | undefined;
  return {
    id: raw.Id,
    etag: typeof etag === 'string' ? etag : '*',
    created: typeof raw.Created === 'string' ? new Date(raw.Created) : undefined,
    modified: typeof raw.Modified === 'string' ? new Date(raw.Modified) : undefined,
    editorName: editor && editor.Title ? editor.Title : undefined
  };
}

/**
 * What every store shares: one list, a field mapping, create-once by RequestKey, get by id, and update with an
 * ETag that turns 412 into a {@link ConflictError} naming who changed the item.
 */
export abstract class ListStore<T extends IStoredItem> {
  protected readonly sp: SPFI;
  protected readonly listTitle: string;
  protected readonly map: ReadonlyArray<IFieldMapping>;
  /** Word used in messages ("Someone else changed this enquiry"). */
  protected readonly noun: string;
  /** Request keys whose create failed in a way that may have committed: the next attempt looks first. */
  private readonly _uncertain: string[] = [];
  /** Request keys that landed through this store, with their item ids: sending one again returns that item. */
  private readonly _landed: Map<string, number> = new Map<string, number>();
  private readonly _userIds: Map<string, number> = new Map<string, number>();

  protected constructor(sp: SPFI, listTitle: string, map: ReadonlyArray<IFieldMapping>, noun: string) {
    this.sp = sp;
    this.listTitle = listTitle;
    this.map = map;
    this.noun = noun;
  }

  /** Builds the typed item from a raw SharePoint item. */
  protected abstract fromRaw(raw: IRawItem): T;

  /** Extra `$select` columns (e.g. `Assignee/Title`). */
  protected extraSelect(): string[] {
    return [];
  }

  /** Extra `$expand` (e.g. `Assignee`). */
  protected extraExpand(): string[] {
    return [];
  }

  /** The list's items collection. */
  protected get items(): IItems {
    return this.sp.web.lists.getByTitle(this.listTitle).items;
  }

  private _select(): string[] {
    return [
      CommonFields.Id,
      CommonFields.Created,
      CommonFields.Modified,
      expanded(CommonFields.Editor, UserProps.Title)
    ].concat(selectOf(this.map), this.extraSelect());
  }

  private _expand(): string[] {
    return [CommonFields.Editor as string].concat(this.extraExpand());
  }

  /** An items query with this store's `$select`/`$expand`. */
  protected query(): IItems {
    return this.items.select(...this._select()).expand(...this._expand());
  }

  /** Items whose indexed Text key column equals `key` (lower-cased), newest first, one page at a time. */
  protected newestWhereKey(column: string, key: string, pageSize: number): Promise<IPage<T>> {
    const q = this.query()
      .filter(column + ' eq ' + odataString(key.toLowerCase()))
      .orderBy(CommonFields.ID, false)
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /** One item by id. */
  public async getById(id: number): Promise<T> {
    const raw: IRawItem = await this.items
      .getById(id)
      .select(...this._select())
      .expand(...this._expand())();
    return this.fromRaw(raw);
  }

  /** The item with this RequestKey, if one landed. */
  public async findByRequestKey(requestKey: string): Promise<T | undefined> {
    const rows: IRawItem[] = await this.query()
      .filter(CommonFields.RequestKey + ' eq ' + odataString(requestKey))
      .top(1)();
    return rows.length > 0 ? this.fromRaw(rows[0]) : undefined;
  }

  /**
   * Adds an item so that it lands once, however often it is retried with the same request key.
   *
   * The POST goes out without PnPjs's automatic retry: `BrowserFetchWithRetry` (in the SPFx and SPBrowser
   * behaviours) re-sends any request answered 429, 503 or 504 or lost to the network, and a create SharePoint has
   * already committed (a 504 after the commit) would land twice. Here a create whose outcome is unknown (network
   * error, 429, 503, 504) is looked up by its indexed RequestKey before it is sent again, up to
   * {@link CREATE_ATTEMPTS} sends, waiting as SharePoint's Retry-After says. Where RequestKey is unique as well
   * (lists without item-level security), SharePoint's duplicate-value refusal is answered with the item that holds it.
   */
  protected async createOnce(requestKey: string, fields: { [field: string]: unknown }): Promise<T> {
    if (!requestKey) {
      throw new Error('A request key is required to save a new ' + this.noun);
    }
    const known: number | undefined = this._landed.get(requestKey);
    if (known !== undefined) {
      return this.getById(known);
    }
    let uncertain: boolean = this._uncertain.indexOf(requestKey) >= 0;
    let lastError: unknown;
    let backoff: number = CREATE_BACKOFF_MS;
    for (let attempt: number = 0; attempt < CREATE_ATTEMPTS; attempt++) {
      if (uncertain) {
        const landed: T | undefined | { unknown: unknown } = await this._lookUp(requestKey);
        if (landed && 'unknown' in landed) {
          // the look-up itself was throttled: still unknown, so wait and look again rather than send
          lastError = landed.unknown;
          await wait(backoff);
          backoff *= 2;
          continue;
        }
        if (landed) {
          this._forget(requestKey, landed.id);
          return landed;
        }
      }
      try {
        const added: IRawItem = await this.items
          .using(BrowserFetch())
          .add({ [CommonFields.Title]: requestKey, ...fields, [CommonFields.RequestKey]: requestKey });
        this._forget(requestKey, added.Id);
        return await this.getById(added.Id);
      } catch (err) {
        if (isDuplicateValueError(err)) {
          const existing: T | undefined = await this.findByRequestKey(requestKey);
          if (existing) {
            this._forget(requestKey, existing.id);
            return existing;
          }
        }
        // A 412 or 5xx may hide a create that landed (the last of several sends met its own saved copy), so it is
        // as uncertain as a 504: looked up before any re-send.
        if (!mayHaveLanded(err)) {
          throw err;
        }
        lastError = err;
        uncertain = true;
        if (this._uncertain.indexOf(requestKey) < 0) {
          this._uncertain.push(requestKey);
        }
        const ms: number | undefined = retryAfterMs(err);
        await wait(ms !== undefined ? ms : backoff);
        backoff *= 2;
      }
    }
    // Still unknown after every try: a later call with the same key looks it up first.
    throw lastError;
  }

  /** The item a request key landed as, `undefined` when none did, `{ unknown }` when SharePoint did not answer. */
  private async _lookUp(requestKey: string): Promise<T | undefined | { unknown: unknown }> {
    try {
      return await this.findByRequestKey(requestKey);
    } catch (err) {
      if (isTransientError(err)) {
        return { unknown: err };
      }
      throw err;
    }
  }

  private _forget(requestKey: string, landedAs: number): void {
    this._landed.set(requestKey, landedAs);
    const i: number = this._uncertain.indexOf(requestKey);
    if (i >= 0) {
      this._uncertain.splice(i, 1);
    }
  }

  /**
   * Writes changed columns with If-Match: `etag`. A 412 becomes a {@link ConflictError} that names who changed
   * the item and when. Returns the item as it is now.
   */
  protected async updateFields(id: number, fields: { [field: string]: unknown }, etag: string): Promise<T> {
    try {
      await this.items.getById(id).update(fields, etag || '*');
    } catch (err) {
      if (httpStatus(err) === 412) {
        let current: T | undefined;
        try {
          current = await this.getById(id);
        } catch {
          current = undefined;
        }
        throw new ConflictError(
          this.noun,
          current ? current.editorName : undefined,
          current ? current.modified : undefined
        );
      }
      throw err;
    }
    return this.getById(id);
  }

  /**
   * Writes changed columns with If-Match: `etag`, and tells the truth about an answer that may hide a saved change:
   * after a 412, a 5xx or a lost connection the item is read again, and when `landed` finds this change there (a
   * MERGE SharePoint committed before a 504, which PnPjs re-sent with the old ETag and got 412 for) the item is
   * returned as saved. Only a 412 with someone else's change in place becomes a {@link ConflictError}.
   */
  protected async updateVerified(
    id: number,
    fields: { [field: string]: unknown },
    etag: string,
    landed: (current: T) => boolean
  ): Promise<T> {
    const saved: { etag: string; current?: T } = await this.mergeVerified(id, fields, etag, landed);
    return saved.current || this.getById(id);
  }

  /**
   * {@link updateVerified} without the read after a clean save: SharePoint's answer to a MERGE is a 204 whose only
   * content is the new ETag, so the caller applies its own change to the item it read. `current` is set only when
   * the answer was lost and the item had to be read again to find the change in place.
   */
  protected async mergeVerified(
    id: number,
    fields: { [field: string]: unknown },
    etag: string,
    landed: (current: T) => boolean
  ): Promise<{ etag: string; current?: T }> {
    let answer: { etag?: string | null };
    try {
      answer = await this.items.getById(id).update(fields, etag || '*');
    } catch (err) {
      const status: number | undefined = httpStatus(err);
      if (!mayHaveLanded(err)) {
        throw err;
      }
      let current: T | undefined;
      try {
        current = await this.getById(id);
      } catch {
        current = undefined;
      }
      if (current && landed(current)) {
        return { etag: current.etag, current };
      }
      if (status === 412) {
        throw new ConflictError(
          this.noun,
          current ? current.editorName : undefined,
          current ? current.modified : undefined
        );
      }
      throw err;
    }
    return { etag: answer && answer.etag ? answer.etag : '*' };
  }

  /** The site user id of a login (for User columns), cached; `undefined` when SharePoint can't resolve it. */
  protected async userId(login: string): Promise<number | undefined> {
    const key: string = login.toLowerCase();
    const known: number | undefined = this._userIds.get(key);
    if (known !== undefined) {
      return known;
    }
    const data: { Id?: number; data?: { Id: number } } = await this.sp.web.ensureUser(login);
    const id: number | undefined = data.Id !== undefined ? data.Id : data.data ? data.data.Id : undefined;
    if (id !== undefined) {
      this._userIds.set(key, id);
    }
    return id;
  }

  /** Mapped properties of a raw item. */
  protected read(raw: IRawItem): { [prop: string]: unknown } {
    return readFields(raw, this.map);
  }

  /** SharePoint body for the given properties. */
  protected write(
    values: { [prop: string]: unknown },
    clear: ReadonlyArray<string> = []
  ): { [field: string]: unknown } {
    return writeFields(values, this.map, clear);
  }
}
