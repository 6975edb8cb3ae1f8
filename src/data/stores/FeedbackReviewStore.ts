/**
 * Feedback Reviews: a reviewer's confirm or decline of an officer's flag, then the TPSO's Team Leader's record of
 * what was done (seed 004 feedback protocols). Only the Service Support Officers group writes here; why the
 * decision does not live on the Feedback item is written beside the list in src/data/schema.ts.
 */
import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { CommonFields, FeedbackReviewFields } from '../columns';
import { IRawItem, odataString } from './fieldMap';
import { DEFAULT_PAGE_SIZE, fetchPage, IPage, ListStore, storedParts } from './listStore';
import { FEEDBACK_REVIEW_FIELDS, IFeedbackReview, INewFeedbackReview } from './types';
import { FEEDBACK_STATUSES, feedbackStatusOf, reachesTeamLeader } from '../../domain/feedbackLifecycle';

const REACHES_TEAM_LEADER: ReadonlyArray<string> = FEEDBACK_STATUSES.filter(reachesTeamLeader);

/** The request key of a flag's one review: a retried confirm finds the review it already made. */
export function reviewRequestKey(feedbackId: number): string {
  return 'review-' + feedbackId;
}

/** What the Team Leader writes when they record what was done. */
export interface IFeedbackReviewClose {
  outcome: string;
  closedAt: Date;
  closedByKey: string;
}

/** The Feedback Reviews list. */
export class FeedbackReviewStore extends ListStore<IFeedbackReview> {
  public constructor(sp: SPFI) {
    super(sp, LIST.feedbackReviews, FEEDBACK_REVIEW_FIELDS, 'feedback review');
  }

  protected fromRaw(raw: IRawItem): IFeedbackReview {
    const v: { [prop: string]: unknown } = this.read(raw);
    return {
      ...(v as unknown as IFeedbackReview),
      ...storedParts(raw),
      status: feedbackStatusOf(v.status as string | undefined),
      detail: (v.detail as string) || '',
      reviewNote: (v.reviewNote as string) || ''
    };
  }

  /** Records a confirm or decline; lands once per flag (the request key, and FeedbackId is unique). */
  public review(input: INewFeedbackReview): Promise<IFeedbackReview> {
    return this.createOnce(input.requestKey, this.write({ ...input }));
  }

  /**
   * The reviews of the given flags (to tell which still wait for review), in requests of up to 40 ids filtered on
   * the indexed FeedbackId.
   */
  public async forFeedback(feedbackIds: ReadonlyArray<number>): Promise<IFeedbackReview[]> {
    const out: IFeedbackReview[] = [];
    for (let i: number = 0; i < feedbackIds.length; i += 40) {
      const ids: ReadonlyArray<number> = feedbackIds.slice(i, i + 40);
      const filter: string = ids.map((id) => FeedbackReviewFields.FeedbackId + ' eq ' + id).join(' or ');
      const page: IPage<IFeedbackReview> = await fetchPage(this.query().filter(filter).top(ids.length), (r) =>
        this.fromRaw(r)
      );
      out.push(...page.items);
    }
    return out;
  }

  /** Confirmed (and closed) flags about a Team Leader's TPSOs, newest first (the indexed TeamLeaderKey). */
  public listForTeamLeader(
    teamLeaderKey: string,
    pageSize: number = DEFAULT_PAGE_SIZE
  ): Promise<IPage<IFeedbackReview>> {
    const q = this.query()
      .filter(
        FeedbackReviewFields.TeamLeaderKey +
          ' eq ' +
          odataString(teamLeaderKey.toLowerCase()) +
          ' and (' +
          REACHES_TEAM_LEADER.map((s) => FeedbackReviewFields.Status + ' eq ' + odataString(s)).join(' or ') +
          ')'
      )
      .orderBy(CommonFields.ID, false)
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /** Records what was done and closes (one MERGE with the ETag read: a 412 names who changed it). */
  public close(id: number, change: IFeedbackReviewClose, etag: string): Promise<IFeedbackReview> {
    return this.updateFields(id, this.write({ ...change, status: 'Closed' }), etag);
  }
}
