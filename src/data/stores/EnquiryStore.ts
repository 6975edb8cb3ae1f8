import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { CommonFields, EnquiryFields, expanded, UserProps } from '../columns';
import { ConflictError, httpStatus } from '../errors';
import { IRawItem, modifiedSince, odataString } from './fieldMap';
import { DEFAULT_PAGE_SIZE, fetchPage, IPage, ListStore, MAX_PAGE_SIZE, storedParts } from './listStore';
import { isEnquiryStatus } from '../../domain/enquiryValues';
import type { EnquiryStatus } from '../../domain/enquiryValues';
import { ENQUIRY_FIELDS, IEnquiry, IEnquiryPatch, INewEnquiry } from './types';
import { referencesOf } from './referencesColumn';

/** Status of a freshly posted enquiry. */
const WAITING: EnquiryStatus = 'Waiting';

export { resolvedDayKey } from './HandlingStore';

/**
 * What the queue's list shows of an enquiry: no question, no CRN, nothing TPS staff decide (that comes from Enquiry
 * Handling). The question is read when the enquiry is opened, so a refresh every 15 seconds stays small.
 */
const QUEUE_COLUMNS: ReadonlyArray<string> = [
  CommonFields.Id,
  CommonFields.Created,
  CommonFields.Modified,
  EnquiryFields.WorkType,
  EnquiryFields.Status,
  EnquiryFields.Reason,
  EnquiryFields.CustomerOnHold,
  EnquiryFields.CentreTimeZone,
  EnquiryFields.RequesterKey,
  EnquiryFields.RequestKey,
  EnquiryFields.StopPayment,
  EnquiryFields.ContactSource,
  expanded(CommonFields.Author, UserProps.Title)
];

/** How many ids one `$filter` names (SharePoint's URL length stays far away). */
const IDS_PER_QUERY: number = 40;

/** A person of the site a contact can be recorded for. */
export interface ISitePerson {
  /** Site user id. */
  id: number;
  /** Lower-case login (what RequesterKey stores). */
  key: string;
  /** Display name. */
  name: string;
  /** Mail address. */
  email: string;
}

/** Person mail address of an expanded User column. */
function emailOf(v: unknown): string | undefined {
  const email: unknown = v && typeof v === 'object' ? (v as { EMail?: unknown }).EMail : undefined;
  return typeof email === 'string' && email ? email : undefined;
}

/** Person display name of an expanded User column. */
function titleOf(v: unknown): string | undefined {
  return v && typeof v === 'object' && typeof (v as { Title?: unknown }).Title === 'string'
    ? (v as { Title: string }).Title
    : undefined;
}

/**
 * The Enquiries list. Officers see only their own items (item-level security); TPSOs see all through the
 * TPS Contributor permission level. Every query filters first on an indexed column (RequesterKey, Status).
 */
export class EnquiryStore extends ListStore<IEnquiry> {
  public constructor(sp: SPFI) {
    super(sp, LIST.enquiries, ENQUIRY_FIELDS, 'enquiry');
  }

  protected extraSelect(): string[] {
    return [
      expanded(EnquiryFields.Assignee, UserProps.Title),
      expanded(CommonFields.Author, UserProps.Title),
      expanded(CommonFields.Author, UserProps.EMail)
    ];
  }

  protected extraExpand(): string[] {
    return [EnquiryFields.Assignee, CommonFields.Author];
  }

  protected fromRaw(raw: IRawItem): IEnquiry {
    const v: { [prop: string]: unknown } = this.read(raw);
    const referencesGiven: string = referencesOf(v);
    return {
      ...(v as unknown as IEnquiry),
      ...storedParts(raw),
      // A value outside the domain's list (never written by the app) reads as Waiting, as the lifecycle treats it.
      status: isEnquiryStatus(v.status) ? v.status : WAITING,
      referencesChecked: (v.referencesChecked as string[]) || [],
      referencesGiven,
      customerOnHold: !!v.customerOnHold,
      assigneeName: titleOf(raw.Assignee),
      authorName: titleOf(raw.Author),
      authorEmail: emailOf(raw.Author)
    };
  }

  /**
   * Posts an enquiry (status Waiting). Lands once per `requestKey`: call it again with the same input after a
   * network error, 429, 503 or 504 and it returns the item that landed.
   */
  public create(input: INewEnquiry): Promise<IEnquiry> {
    const fields: { [field: string]: unknown } = this.write({ ...input, status: WAITING });
    return this.createOnce(input.requestKey, fields);
  }

  /** An officer's own enquiries, newest first, a page at a time. */
  public listMine(requesterKey: string, pageSize: number = DEFAULT_PAGE_SIZE): Promise<IPage<IEnquiry>> {
    const q = this.query()
      .filter(EnquiryFields.RequesterKey + ' eq ' + odataString(requesterKey.toLowerCase()))
      .orderBy(CommonFields.ID, false)
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /**
   * The queue: waiting enquiries of the given work types, oldest first. Filters first on the indexed Status
   * choice, then on the indexed WorkType key, so it stays under the list view threshold on a big list.
   */
  public listWaiting(
    workTypeKeys: ReadonlyArray<string>,
    pageSize: number = DEFAULT_PAGE_SIZE
  ): Promise<IPage<IEnquiry>> {
    if (workTypeKeys.length === 0) {
      return Promise.resolve({ items: [], hasMore: false, next: () => Promise.reject(new Error('No more pages')) });
    }
    const types: string = workTypeKeys.map((k) => EnquiryFields.WorkType + ' eq ' + odataString(k)).join(' or ');
    const q = this.query()
      .filter(EnquiryFields.Status + ' eq ' + odataString(WAITING) + ' and (' + types + ')')
      .orderBy(CommonFields.ID, true)
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /**
   * Applies a change with the ETag the caller read. Setting `assigneeKey` also fills the Assignee person column.
   * @throws ConflictError when someone else changed the enquiry first (its message names them).
   */
  public async update(id: number, patch: IEnquiryPatch, etag: string): Promise<IEnquiry> {
    const clear: string[] = (patch.clear || []).map(String);
    const fields: { [field: string]: unknown } = this.write(patch as { [prop: string]: unknown }, clear);
    if (clear.indexOf('assigneeKey') >= 0 || patch.assigneeKey === '') {
      fields.AssigneeId = null;
    } else if (patch.assigneeKey) {
      const userId: number | undefined = await this.userId(patch.assigneeKey);
      if (userId !== undefined) {
        fields.AssigneeId = userId;
      }
    }
    return this.updateFields(id, fields, etag);
  }

  // ------------------------------------------------------------ TPS Queue (issue 4)

  /**
   * Every waiting enquiry of every work type, oldest first, in one GET filtered only on the indexed Status
   * choice (the queue narrows by work type in the browser, so widening costs no request). Waiting enquiries are
   * the few open at this moment, far under the list view threshold however big the list grows. One page holds
   * them all (5,000 is SharePoint's largest page and the threshold): a smaller page would cut off a TPSO's own
   * work types whenever enough older enquiries of other types were waiting.
   */
  public listAllWaiting(pageSize: number = MAX_PAGE_SIZE): Promise<IPage<IEnquiry>> {
    const q = this.queueQuery()
      .filter(EnquiryFields.Status + ' eq ' + odataString(WAITING))
      .orderBy(CommonFields.ID, true)
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /** An items query with only the columns the queue's list shows. */
  private queueQuery(): ReturnType<ListStore<IEnquiry>['query']> {
    return this.items.select(...QUEUE_COLUMNS).expand(CommonFields.Author);
  }

  /**
   * The queue's columns of the given enquiries (the ones a TPSO holds or resolved, found in Enquiry Handling), in
   * requests of {@link IDS_PER_QUERY} ids filtered on the always-indexed Id.
   */
  public async listByIds(ids: ReadonlyArray<number>): Promise<IEnquiry[]> {
    const requests: Array<Promise<IRawItem[]>> = [];
    for (let i: number = 0; i < ids.length; i += IDS_PER_QUERY) {
      const filter: string = ids
        .slice(i, i + IDS_PER_QUERY)
        .map((id) => CommonFields.Id + ' eq ' + id)
        .join(' or ');
      requests.push(this.queueQuery().filter(filter).top(IDS_PER_QUERY)());
    }
    const pages: IRawItem[][] = await Promise.all(requests);
    return ([] as IRawItem[]).concat(...pages).map((r) => this.fromRaw(r));
  }

  /**
   * The queue's columns of the waiting enquiries modified at or after `since` (every waiting one when undefined), at
   * most `top`: what a live poll reads in the same `$batch` as the change log. Filtered first on the indexed Status,
   * as the queue's own read (at most 5,000 waiting), so it stays under the list view threshold.
   */
  public async listWaitingSince(since: Date | undefined, top: number = MAX_PAGE_SIZE): Promise<IEnquiry[]> {
    const waiting: string = EnquiryFields.Status + ' eq ' + odataString(WAITING);
    const rows: IRawItem[] = await this.queueQuery()
      .filter(since ? waiting + ' and ' + modifiedSince(since) : waiting)
      .orderBy(CommonFields.ID, true)
      .top(top)();
    return rows.map((r) => this.fromRaw(r));
  }

  /**
   * Applies a change with the ETag read, and reports it saved when a lost answer (a 504, then a 412 on PnPjs's
   * re-send) hid that it was: the item is read again and `landed` decides.
   * @throws ConflictError when someone else's change is there instead.
   */
  public updateChecked(
    id: number,
    patch: IEnquiryPatch,
    etag: string,
    landed: (current: IEnquiry) => boolean
  ): Promise<IEnquiry> {
    const fields: { [field: string]: unknown } = this.write(
      patch as { [prop: string]: unknown },
      (patch.clear || []).map(String)
    );
    return this.updateVerified(id, fields, etag, landed);
  }

  /**
   * The people of the site (site users who are people: not groups, not hidden system accounts), by name: whom a
   * TPSO records a contact for when it did not start in Ask TPS. `key` is the login without its claims prefix,
   * lower case, as RequesterKey stores it.
   */
  public async listPeople(): Promise<ISitePerson[]> {
    const rows: Array<{
      Id: number;
      Title?: string;
      LoginName?: string;
      Email?: string;
      PrincipalType?: number;
      IsHiddenInUI?: boolean;
    }> = await this.sp.web.siteUsers.select('Id', 'Title', 'LoginName', 'Email', 'PrincipalType', 'IsHiddenInUI')();
    const out: ISitePerson[] = [];
    for (const r of rows) {
      const login: string = (r.LoginName || '').replace(/^i:0#\.f\|membership\|/i, '').toLowerCase();
      if (r.PrincipalType === 1 && !r.IsHiddenInUI && login.indexOf('@') > 0) {
        out.push({ id: r.Id, key: login, name: r.Title || login, email: r.Email || login });
      }
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The site user id of a login (cached after the first call), to pass as `assigneeId` to {@link patchOnce}. */
  public resolveUserId(login: string): Promise<number | undefined> {
    return this.userId(login);
  }

  /**
   * Applies a change in exactly one request (MERGE with If-Match: `etag`) and returns the new ETag; the caller
   * keeps its copy of the item up to date. `assigneeId` (from {@link resolveUserId}) fills the Assignee person
   * column when the patch sets `assigneeKey`.
   * @throws ConflictError when someone else changed the enquiry first (its message names them).
   */
  public async patchOnce(id: number, patch: IEnquiryPatch, etag: string, assigneeId?: number): Promise<string> {
    const clear: string[] = (patch.clear || []).map(String);
    const fields: { [field: string]: unknown } = this.write(patch as { [prop: string]: unknown }, clear);
    if (clear.indexOf('assigneeKey') >= 0 || patch.assigneeKey === '') {
      fields.AssigneeId = null;
    } else if (patch.assigneeKey && assigneeId !== undefined) {
      fields.AssigneeId = assigneeId;
    }
    try {
      const r: { etag?: string | null } = await this.items.getById(id).update(fields, etag || '*');
      return r && r.etag ? r.etag : '*';
    } catch (err) {
      if (httpStatus(err) === 412) {
        let current: IEnquiry | undefined;
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
  }
}
