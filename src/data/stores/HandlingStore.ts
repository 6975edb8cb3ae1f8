import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { CommonFields, expanded, HandlingFields, UserProps } from '../columns';
import { ConflictError, isDuplicateValueError } from '../errors';
import { IRawItem, modifiedSince, odataString } from './fieldMap';
import { DEFAULT_PAGE_SIZE, fetchPage, IPage, ListStore, MAX_PAGE_SIZE, mayHaveLanded, storedParts } from './listStore';
import { isEnquiryStatus } from '../../domain/enquiryValues';
import type { EnquiryStatus } from '../../domain/enquiryValues';
import { HANDLING_FIELDS, IHandling, IHandlingPatch } from './types';
import { referencesOf } from './referencesColumn';

/** A TPSO holds the enquiry of a handling item in these states. */
const HELD: ReadonlyArray<EnquiryStatus> = ['Claimed', 'TakenOver'];

/** The "Resolved today" key of a TPSO and an instant: their login and the local calendar date where it runs. */
export function resolvedDayKey(assigneeKey: string, at: Date): string {
  const pad = (n: number): string => (n < 10 ? '0' : '') + n;
  return assigneeKey.toLowerCase() + '|' + at.getFullYear() + '-' + pad(at.getMonth() + 1) + '-' + pad(at.getDate());
}

/** The same value as SharePoint keeps it (dates to the second, text trimmed, empty as undefined). */
function comparable(v: unknown): unknown {
  if (v instanceof Date) {
    return Math.floor(v.getTime() / 1000);
  }
  return v === '' || v === null ? undefined : v;
}

/**
 * True when every value of `patch` is what `current` holds (and every property it clears is empty): how a write
 * whose answer was lost (a 504, then a 412 on PnPjs's re-send) is recognised as this one's own.
 */
export function patchIsIn<P extends { clear?: ReadonlyArray<string> }>(current: object, patch: P): boolean {
  const now: { [prop: string]: unknown } = current as { [prop: string]: unknown };
  for (const k of Object.keys(patch)) {
    if (k !== 'clear' && comparable(now[k]) !== comparable((patch as { [prop: string]: unknown })[k])) {
      return false;
    }
  }
  return (patch.clear || []).every((k) => comparable(now[k]) === undefined);
}

/** What a claim starts from: the waiting enquiry it is about. */
export interface IClaimTarget {
  enquiryId: number;
  workType: string;
  requesterKey: string;
}

/**
 * The Enquiry Handling list: one item per claimed enquiry, holding who claimed, took over, answered, resolved or
 * escalated it and when. Only TPS staff can write (or read) it, so it is what the TPS views and counts read;
 * officers' own Enquiries items only get a copy of the status and answer. EnquiryId is unique, so of two TPSOs
 * claiming at once exactly one creates the item.
 */
export class HandlingStore extends ListStore<IHandling> {
  public constructor(sp: SPFI) {
    super(sp, LIST.handling, HANDLING_FIELDS, 'enquiry');
  }

  protected extraSelect(): string[] {
    return [expanded(HandlingFields.Assignee, UserProps.Title)];
  }

  protected extraExpand(): string[] {
    return [HandlingFields.Assignee];
  }

  protected fromRaw(raw: IRawItem): IHandling {
    const v: { [prop: string]: unknown } = this.read(raw);
    const referencesGiven: string = referencesOf(v);
    const assignee: { Title?: string } | undefined = raw[HandlingFields.Assignee] as { Title?: string } | undefined;
    return {
      ...(v as unknown as IHandling),
      ...storedParts(raw),
      status: isEnquiryStatus(v.status) ? v.status : 'Waiting',
      referencesGiven,
      assigneeName: assignee && assignee.Title ? assignee.Title : undefined
    };
  }

  /** The handling item of an enquiry, when a TPSO has ever claimed it. */
  public async forEnquiry(enquiryId: number): Promise<IHandling | undefined> {
    const rows: IRawItem[] = await this.query()
      .filter(HandlingFields.EnquiryId + ' eq ' + enquiryId)
      .top(1)();
    return rows.length > 0 ? this.fromRaw(rows[0]) : undefined;
  }

  /**
   * Claims an enquiry for `assigneeKey`. The first claim creates the item (EnquiryId is unique, so a second claimant
   * gets SharePoint's duplicate-value refusal); a released enquiry's item is claimed again with its ETag. A claim
   * whose answer was lost is read back, and is this TPSO's when the item names them.
   * @throws ConflictError naming the TPSO who holds it when someone else's claim won.
   */
  public async claim(
    target: IClaimTarget,
    assigneeKey: string,
    assigneeId: number | undefined,
    at: Date
  ): Promise<IHandling> {
    const key: string = assigneeKey.toLowerCase();
    const patch: IHandlingPatch = {
      status: 'Claimed',
      assigneeKey: key,
      claimedAt: at,
      clear: ['takenOverAt', 'takenOverByKey', 'takeOverReason']
    };
    const fields: { [field: string]: unknown } = this.write(patch as { [prop: string]: unknown }, patch.clear);
    if (assigneeId !== undefined) {
      fields.AssigneeId = assigneeId;
    }
    const mine = (h: IHandling | undefined): boolean => !!h && h.status === 'Claimed' && h.assigneeKey === key;
    // Create first (most claims are first claims); a released enquiry's item answers with the duplicate refusal.
    let existing: IHandling | undefined;
    try {
      // The add's answer is the item as SharePoint stored it (with its ETag): no read-back. Only the Assignee's
      // name is missing (the answer does not expand person columns); the caller knows it.
      const added: IRawItem = await this.items.add({
        [CommonFields.Title]: String(target.enquiryId),
        ...this.write({
          enquiryId: target.enquiryId,
          workType: target.workType,
          requesterKey: target.requesterKey.toLowerCase()
        }),
        ...fields
      });
      return this.fromRaw(added);
    } catch (err) {
      if (!isDuplicateValueError(err) && !mayHaveLanded(err)) {
        throw err;
      }
      existing = await this.forEnquiry(target.enquiryId);
      if (!existing) {
        throw err;
      }
      if (mine(existing)) {
        return existing;
      }
    }
    if (existing.status !== 'Waiting') {
      if (mine(existing)) {
        return existing;
      }
      throw new ConflictError(this.noun, existing.assigneeName || existing.editorName, existing.modified);
    }
    return this.saved(
      existing,
      patch,
      await this.mergeVerified(existing.id, fields, existing.etag, (h) => mine(h) && patchIsIn(h, patch))
    );
  }

  /**
   * Applies a TPSO's decision to the handling item as the caller read it (its id and ETag) and returns that item
   * with the change in place and SharePoint's new ETag, without reading it back. A change whose answer was lost but
   * which is in place is reported as saved (then the item is the one read again).
   * @throws ConflictError when someone else changed the item first.
   */
  public async update(read: IHandling, patch: IHandlingPatch, assigneeId?: number): Promise<IHandling> {
    const fields: { [field: string]: unknown } = this.write(
      patch as { [prop: string]: unknown },
      (patch.clear || []).map(String)
    );
    if ((patch.clear || []).indexOf('assigneeKey') >= 0) {
      fields.AssigneeId = null;
    } else if (patch.assigneeKey && assigneeId !== undefined) {
      fields.AssigneeId = assigneeId;
    }
    return this.saved(read, patch, await this.mergeVerified(read.id, fields, read.etag, (h) => patchIsIn(h, patch)));
  }

  /** The item after a MERGE: as read again when the answer was lost, else `read` with the patch and the new ETag. */
  private saved(read: IHandling, patch: IHandlingPatch, answer: { etag: string; current?: IHandling }): IHandling {
    if (answer.current) {
      return answer.current;
    }
    const next: { [prop: string]: unknown } = { ...read, etag: answer.etag };
    for (const k of Object.keys(patch)) {
      if (k !== 'clear') {
        next[k] = (patch as { [prop: string]: unknown })[k];
      }
    }
    for (const k of patch.clear || []) {
      next[k] = undefined;
    }
    if (patch.assigneeKey !== undefined || (patch.clear || []).indexOf('assigneeKey') >= 0) {
      // the person column's name is not in a MERGE's answer: the caller fills it when it knows it
      next.assigneeName = undefined;
    }
    return next as unknown as IHandling;
  }

  /**
   * Enquiries a TPSO holds in the given statuses (e.g. Claimed, TakenOver), oldest first. Filters first on the
   * indexed Status (open statuses are few), then on AssigneeKey.
   */
  public listHeldBy(
    assigneeKey: string,
    statuses: ReadonlyArray<EnquiryStatus>,
    pageSize: number = DEFAULT_PAGE_SIZE
  ): Promise<IPage<IHandling>> {
    const byStatus: string = statuses.map((s) => HandlingFields.Status + ' eq ' + odataString(s)).join(' or ');
    const q = this.query()
      .filter('(' + byStatus + ') and ' + HandlingFields.AssigneeKey + ' eq ' + odataString(assigneeKey.toLowerCase()))
      .orderBy(CommonFields.ID, true)
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /** Enquiries a TPSO finalised on the local day of `day`, newest first (one indexed Text key per TPSO and day). */
  public listResolvedOn(
    assigneeKey: string,
    day: Date,
    pageSize: number = DEFAULT_PAGE_SIZE
  ): Promise<IPage<IHandling>> {
    const q = this.query()
      .filter(HandlingFields.ResolvedDayKey + ' eq ' + odataString(resolvedDayKey(assigneeKey, day)))
      .orderBy(CommonFields.ID, false)
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /** Every open (claimed or taken over) handling item: few at any moment, filtered on the indexed Status. */
  public listOpen(pageSize: number = DEFAULT_PAGE_SIZE): Promise<IPage<IHandling>> {
    const q = this.items
      .select(CommonFields.Id, CommonFields.Modified, HandlingFields.EnquiryId, HandlingFields.Status)
      .filter(HELD.map((s) => HandlingFields.Status + ' eq ' + odataString(s)).join(' or '))
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /**
   * Id, EnquiryId, Status and Modified of the held handling items (claimed or taken over) modified at or after
   * `since` (every held one when undefined): what a live poll reads with the change log. Filtered on the indexed
   * Status, as `listOpen`.
   */
  public async listHeldSince(since: Date | undefined, top: number = MAX_PAGE_SIZE): Promise<IHandling[]> {
    const held: string = '(' + HELD.map((st) => HandlingFields.Status + ' eq ' + odataString(st)).join(' or ') + ')';
    const rows: IRawItem[] = await this.items
      .select(CommonFields.Id, CommonFields.Modified, HandlingFields.EnquiryId, HandlingFields.Status)
      .filter(since ? held + ' and ' + modifiedSince(since) : held)
      .top(top)();
    return rows.map((r) => this.fromRaw(r));
  }

  /**
   * The handling item of an enquiry nobody has claimed yet, made (status Waiting) when there is none: where a
   * correction of its work type or reason is recorded. EnquiryId is unique, so two TPSOs doing this at once get
   * the same item.
   */
  public async ensureWaiting(target: IClaimTarget): Promise<IHandling> {
    const existing: IHandling | undefined = await this.forEnquiry(target.enquiryId);
    if (existing) {
      return existing;
    }
    try {
      const added: IRawItem = await this.items.add({
        [CommonFields.Title]: String(target.enquiryId),
        ...this.write({
          enquiryId: target.enquiryId,
          workType: target.workType,
          requesterKey: target.requesterKey.toLowerCase(),
          status: 'Waiting'
        })
      });
      return await this.getById(added.Id);
    } catch (err) {
      if (!isDuplicateValueError(err) && !mayHaveLanded(err)) {
        throw err;
      }
      const now: IHandling | undefined = await this.forEnquiry(target.enquiryId);
      if (!now) {
        throw err;
      }
      return now;
    }
  }

  /**
   * The newest contacts that ended in `outcome` (e.g. warm transfers to a Team Leader, seed 002 item 4), filtered on
   * the indexed Outcome choice: what Team Leaders count.
   */
  public listByOutcome(outcome: string, pageSize: number = DEFAULT_PAGE_SIZE): Promise<IPage<IHandling>> {
    const q = this.query()
      .filter(HandlingFields.Outcome + ' eq ' + odataString(outcome))
      .orderBy(CommonFields.ID, false)
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /** The site user id of a login (cached), for the Assignee person column. */
  public resolveUserId(login: string): Promise<number | undefined> {
    return this.userId(login);
  }
}
