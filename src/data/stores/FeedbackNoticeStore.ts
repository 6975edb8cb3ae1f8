/**
 * Feedback Notices: the TPSO's read-only copy of closed feedback about their own answer. Why it is a list of its
 * own with one permission scope per item (and the 50,000-scope limit) is written beside its definition in
 * src/data/schema.ts; the publishing steps are the ones QolResultStore uses.
 */
import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { ItemReaderGrant } from './itemReader';
import { FeedbackNoticeFields } from '../columns';
import { IRawItem } from './fieldMap';
import { DEFAULT_PAGE_SIZE, IPage, ListStore, storedParts } from './listStore';
import { FEEDBACK_NOTICE_FIELDS, IFeedbackNotice, INewFeedbackNotice } from './types';

/** The request key of feedback's one notice: a retried close finds the notice it already made. */
export function noticeRequestKey(feedbackId: number): string {
  return 'notice-' + feedbackId;
}

/** The Feedback Notices list. */
export class FeedbackNoticeStore extends ListStore<IFeedbackNotice> {
  private readonly _readers: ItemReaderGrant;

  public constructor(sp: SPFI) {
    super(sp, LIST.feedbackNotices, FEEDBACK_NOTICE_FIELDS, 'feedback notice');
    this._readers = new ItemReaderGrant(sp);
  }

  protected fromRaw(raw: IRawItem): IFeedbackNotice {
    const v: { [prop: string]: unknown } = this.read(raw);
    return {
      ...(v as unknown as IFeedbackNotice),
      ...storedParts(raw),
      detail: (v.detail as string) || '',
      outcome: (v.outcome as string) || ''
    };
  }

  /**
   * Shows closed feedback to the TPSO it is about: creates the notice (once per feedback), gives the item its own
   * permissions (a copy of the list's: site owners and the Service Support Officers group) and grants the TPSO
   * Read on it alone. Every step is safe to repeat, so a retry after a failure part-way finishes the job.
   */
  public async publish(input: INewFeedbackNotice): Promise<IFeedbackNotice> {
    const notice: IFeedbackNotice = await this.createOnce(input.requestKey, this.write({ ...input }));
    const tpsoId: number | undefined = await this.userId(input.tpsoKey);
    if (tpsoId === undefined) {
      throw new Error('SharePoint does not know ' + input.tpsoKey + ': the feedback was saved but not shown to them.');
    }
    await this._readers.grant(this.items.getById(notice.id), tpsoId);
    return notice;
  }

  /** The notices about one TPSO, newest first: filtered on the indexed TpsoKey; SharePoint trims to what the reader may see. */
  public listForTpso(tpsoKey: string, pageSize: number = DEFAULT_PAGE_SIZE): Promise<IPage<IFeedbackNotice>> {
    return this.newestWhereKey(FeedbackNoticeFields.TpsoKey, tpsoKey, pageSize);
  }
}
