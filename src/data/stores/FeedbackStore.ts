import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { CommonFields, FeedbackFields } from '../columns';
import { IRawItem, odataString } from './fieldMap';
import { DEFAULT_PAGE_SIZE, fetchPage, IPage, ListStore, storedParts } from './listStore';
import { FEEDBACK_FIELDS, IFeedback, IFeedbackClose, INewFeedback } from './types';
import type { FeedbackStatus } from '../../domain/feedbackLifecycle';

/** The Feedback list: technically incorrect answers, routed to the TPSO's team leader. */
export class FeedbackStore extends ListStore<IFeedback> {
  public constructor(sp: SPFI) {
    super(sp, LIST.feedback, FEEDBACK_FIELDS, 'feedback');
  }

  protected fromRaw(raw: IRawItem): IFeedback {
    const v: { [prop: string]: unknown } = this.read(raw);
    return { ...(v as unknown as IFeedback), ...storedParts(raw), status: (v.status as string | undefined) || 'New' };
  }

  /**
   * Raises feedback: status Flagged, for a Team Leader or Senior Practitioner to confirm or decline before it
   * reaches the TPSO's team leader (seed 004 feedback protocols); lands once per `requestKey`.
   */
  public create(input: INewFeedback): Promise<IFeedback> {
    const status: FeedbackStatus = 'Flagged';
    return this.createOnce(input.requestKey, this.write({ ...input, status }));
  }

  /**
   * The flags an officer raised, newest first (filtered on the indexed RaisedByKey; item-level security returns
   * only their own anyway): Ask TPS shows each one's outcome on the enquiry.
   */
  public listMine(raisedByKey: string, pageSize: number = DEFAULT_PAGE_SIZE): Promise<IPage<IFeedback>> {
    const q = this.query()
      .filter(FeedbackFields.RaisedByKey + ' eq ' + odataString(raisedByKey.toLowerCase()))
      .orderBy(CommonFields.ID, false)
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /** Feedback for a team leader, newest first (filtered on the indexed TeamLeaderKey). */
  public listForTeamLeader(teamLeaderKey: string, pageSize: number = DEFAULT_PAGE_SIZE): Promise<IPage<IFeedback>> {
    const q = this.query()
      .filter(FeedbackFields.TeamLeaderKey + ' eq ' + odataString(teamLeaderKey.toLowerCase()))
      .orderBy(CommonFields.ID, false)
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /**
   * Flags newest first, for reviewers (item-level security: only those holding Override List Behaviors, the
   * Service Support Officers group, read them all). Which still wait for review is what Feedback Reviews says.
   */
  public listRecent(pageSize: number = DEFAULT_PAGE_SIZE): Promise<IPage<IFeedback>> {
    return fetchPage(this.query().orderBy(CommonFields.ID, false).top(pageSize), (r) => this.fromRaw(r));
  }

  /**
   * Copies a review's status onto the officer's item, so Ask TPS can tell them the outcome. Only a copy: the
   * officer can write it too, and nothing routes or counts on it (Feedback Reviews does).
   */
  public copyStatus(id: number, status: FeedbackStatus, etag: string, declineReason?: string): Promise<IFeedback> {
    // A decline's reason goes to the officer too (Outcome), so their card says why their flag did not count.
    const change: Partial<IFeedback> = declineReason ? { status, outcome: declineReason } : { status };
    return this.updateFields(id, this.write(change), etag);
  }

  /** Closes feedback with what was done (one MERGE with the ETag read: a 412 names who changed it). */
  public close(id: number, change: IFeedbackClose, etag: string): Promise<IFeedback> {
    return this.updateFields(id, this.write({ ...change, status: 'Closed' }), etag);
  }
}
