/**
 * QOL Results: the officer's read-only copy of each QOL check, readable by that officer alone.
 *
 * Why this list exists (the permission design of QOL checking, judged on SharePoint Online at 100,000 checks):
 * - QOL Checks holds the record (outcome, pillars, checker, feedback) and only TPS staff can read or write it
 *   (list permissions, schema `tpsStaffOnly`). So nothing an officer does over REST can change a check.
 * - An officer must read their own checks, but a check is created by the checker. Item-level security
 *   (ReadSecurity = 2) shows a person only the items they *created* (https://learn.microsoft.com/en-us/sharepoint/dev/schema/readsecurity-element),
 *   so on any list the checker writes, ReadSecurity 2 hides the check from its officer. Filtering in the page
 *   is not security (the browser is not a boundary), and with ReadSecurity 1 every officer reads every check.
 * - There is no pure-list setting for "readable by the person named in a column". What remains is unique
 *   permissions below the list. Chosen: one QOL Results item per check, inheritance broken by the checker right
 *   after creating it (copying the list's grants: site owners, TPS staff) and Read granted to the one officer.
 *   Officers get no list-level grant, so they see the list with "Limited Access" and only their own items; they
 *   cannot edit them (Read). What officers write goes to QOL Responses (ReadSecurity/WriteSecurity 2), never here.
 * - Limits, written down: every result item is one unique permission scope; SharePoint Online allows 50,000 per
 *   list and recommends far fewer (https://learn.microsoft.com/en-us/office365/servicedescriptions/sharepoint-online-service-description/sharepoint-online-limits).
 *   100,000 checks would pass the hard limit, so results must not be kept for ever: a result whose feedback is
 *   acknowledged and whose send-back is corrected is to be removed after `QOL_RESULT_RETENTION_DAYS` (`remove`),
 *   the record staying in QOL Checks, so scopes in use are the checks of the last months, not of all time. The
 *   housekeeping that calls it is not built yet; until it is, the list holds one scope per check. A per-officer folder with its own permissions (scopes = officers)
 *   would scale further; the local SharePoint does not model folders yet, so it is the documented next step.
 * - TPS staff hold "TPS QOL Publisher" on this list (Contribute + Manage/Enumerate Permissions): a checker must be
 *   able to break an item's inheritance and grant Read. The cost: any TPS staff member could re-grant a result.
 * - Queries filter first on the indexed OfficerKey (list view threshold 5,000), then security trims them.
 */
import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { ItemReaderGrant } from './itemReader';
import { QolResultFields } from '../columns';
import { IRawItem } from './fieldMap';
import { DEFAULT_PAGE_SIZE, IPage, ListStore, storedParts } from './listStore';
import { INewQolResult, IQolResult, QOL_RESULT_FIELDS } from './types';

/** Days a settled result (acknowledged, corrected) stays readable by its officer before housekeeping removes it. */
export const QOL_RESULT_RETENTION_DAYS: number = 180;

/** The QOL Results list. */
export class QolResultStore extends ListStore<IQolResult> {
  private readonly _readers: ItemReaderGrant;

  public constructor(sp: SPFI) {
    super(sp, LIST.qolResults, QOL_RESULT_FIELDS, 'QOL result');
    this._readers = new ItemReaderGrant(sp);
  }

  protected fromRaw(raw: IRawItem): IQolResult {
    const v: { [prop: string]: unknown } = this.read(raw);
    return {
      ...(v as unknown as IQolResult),
      ...storedParts(raw),
      pillarsFailed: (v.pillarsFailed as string[]) || [],
      nonCriticalErrors: (v.nonCriticalErrors as string[]) || [],
      feedback: (v.feedback as string) || ''
    };
  }

  /**
   * Publishes a result to its officer: creates it (once per request key), gives the item its own permissions
   * (a copy of the list's) and grants the officer Read on it. Every step is safe to repeat, so a retry after a
   * failure part-way finishes the job.
   */
  public async publish(input: INewQolResult): Promise<IQolResult> {
    const result: IQolResult = await this.createOnce(input.requestKey, this.write({ ...input }));
    const officerId: number | undefined = await this.userId(input.officerKey);
    if (officerId === undefined) {
      throw new Error('SharePoint does not know ' + input.officerKey + ': the result was saved but not shown to them.');
    }
    await this._readers.grant(this.items.getById(result.id), officerId);
    return result;
  }

  /** One officer's results, newest first: filtered on the indexed OfficerKey; SharePoint trims to what they may read. */
  public listForOfficer(officerKey: string, pageSize: number = DEFAULT_PAGE_SIZE): Promise<IPage<IQolResult>> {
    return this.newestWhereKey(QolResultFields.OfficerKey, officerKey, pageSize);
  }

  /** Removes a settled result (its record stays in QOL Checks), freeing its permission scope. */
  public async remove(id: number): Promise<void> {
    await this.items.getById(id).delete();
  }
}
