/**
 * QOL Results: the officer's read-only copy of each QOL check, readable by that officer alone.
 *
 * Why this list exists, and why it is shaped as one folder per officer (the permission design of QOL checking,
 * judged on SharePoint Online at 100,000 checks and more):
 * - QOL Checks holds the record (outcome, pillars, checker, feedback) and only TPS staff can read or write it
 *   (list permissions, schema `tpsStaffOnly`). So nothing an officer does over REST can change a check.
 * - An officer must read their own checks, but a check is created by the checker. Item-level security
 *   (ReadSecurity = 2) shows a person only the items they *created*, judged on the item's Author
 *   (https://learn.microsoft.com/en-us/sharepoint/dev/schema/readsecurity-element), so on any list the checker
 *   writes, ReadSecurity 2 hides the check from its officer. Filtering in the page is not security (the browser is
 *   not a boundary), and with ReadSecurity 1 every officer reads every check.
 * - So the officer's copy needs permissions below the list. One unique scope per result (schema version 4) does not
 *   hold: SharePoint Online allows at most 50,000 unique permission scopes per list and recommends a general limit
 *   of 5,000 (https://learn.microsoft.com/en-us/office365/servicedescriptions/sharepoint-online-service-description/sharepoint-online-limits),
 *   and 100,000 checks are 100,000 scopes.
 * - Chosen (schema version 5): one FOLDER per officer, with its own permissions: a copy of the list's (site owners,
 *   TPS staff) plus Read for that one officer (OfficerFolders). Each result is created inside its officer's folder
 *   (AddValidateUpdateItemUsingPath with the folder path) and inherits the folder, so the number of scopes is the
 *   number of officers ever checked (hundreds to a few thousand), not of checks; it never grows with volume.
 *   Officers get no list-level grant: they reach the list through "Limited Access" and see only their folder's
 *   items, Read only. What officers write goes to QOL Responses (ReadSecurity/WriteSecurity 2), never here.
 * - List view threshold (5,000): the REST items endpoint returns items of every folder, so the officer's query
 *   filters first on the indexed OfficerKey (their own results, far fewer than 5,000 a year) and is then security
 *   trimmed; nobody's query scans the list. A folder holding more than 5,000 items is fine as long as queries filter
 *   on an indexed column first, which all of them do.
 * - Results published at version 4 (their own item scope, at the root) stay readable as they are; new results go
 *   to folders. `remove` frees an old result's scope once it is settled (housekeeping not built).
 * - TPS staff hold "TPS QOL Publisher" here (Contribute + Manage/Enumerate Permissions): the first check of a new
 *   officer makes their folder and grants Read. The cost: any TPS staff member could re-grant a folder.
 */
import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { BrowserFetch } from '@pnp/queryable';
import '@pnp/sp/lists';
import { CommonFields } from '../columns';
import { OfficerFolders } from './officerFolders';
import { QolResultFields } from '../columns';
import { IRawItem } from './fieldMap';
import { DEFAULT_PAGE_SIZE, IPage, ListStore, storedParts } from './listStore';
import { INewQolResult, IQolResult, QOL_RESULT_FIELDS } from './types';

/** Days a settled result (acknowledged, corrected) stays readable by its officer before housekeeping removes it. */
export const QOL_RESULT_RETENTION_DAYS: number = 180;

/** The QOL Results list. */
export class QolResultStore extends ListStore<IQolResult> {
  private readonly _folders: OfficerFolders;

  public constructor(sp: SPFI) {
    super(sp, LIST.qolResults, QOL_RESULT_FIELDS, 'QOL result');
    this._folders = new OfficerFolders(sp, LIST.qolResults);
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
   * Publishes a result to its officer: in their folder (made and shown to them on first use), created once per
   * request key (looked up before any re-send: RequestKey is unique here), then its columns written with its ETag.
   * Every step is safe to repeat, so a retry after a failure part-way finishes the job.
   */
  public async publish(input: INewQolResult): Promise<IQolResult> {
    const officerId: number | undefined = await this.userId(input.officerKey);
    if (officerId === undefined) {
      throw new Error('SharePoint does not know ' + input.officerKey + ': the result was not shown to them.');
    }
    const folderUrl: string = await this._folders.ensure(input.officerKey, officerId);
    const landed: IQolResult = (await this.findByRequestKey(input.requestKey)) || (await this._addIn(folderUrl, input));
    return this.updateFields(landed.id, this.write({ ...input }), landed.etag);
  }

  /**
   * Creates the bare item in the folder: the REST items endpoint adds only at the list's root, so this goes through
   * AddValidateUpdateItemUsingPath, with the text columns that identify it (the rest follow as a normal update,
   * since form values are strings in the site's locale). Sent without PnPjs's retry; an unknown outcome is looked up.
   */
  private async _addIn(folderUrl: string, input: INewQolResult): Promise<IQolResult> {
    const list = this.sp.web.lists.getByTitle(this.listTitle).using(BrowserFetch());
    try {
      const values: Array<{ ItemId?: number; HasException?: boolean; ErrorMessage?: string | null }> =
        await list.addValidateUpdateItemUsingPath(
          [
            { FieldName: CommonFields.Title, FieldValue: input.requestKey },
            { FieldName: CommonFields.RequestKey, FieldValue: input.requestKey },
            { FieldName: QolResultFields.OfficerKey, FieldValue: input.officerKey.toLowerCase() }
          ],
          folderUrl
        );
      const failed = values.filter((v) => v.HasException)[0];
      if (failed) {
        const existing: IQolResult | undefined = await this.findByRequestKey(input.requestKey);
        if (existing) {
          return existing;
        }
        throw new Error(failed.ErrorMessage || 'SharePoint refused the result.');
      }
      return await this.getById(Number(values[0].ItemId));
    } catch (err) {
      // Landed before the answer was lost, or another send of the same key won (RequestKey is unique here).
      const existing: IQolResult | undefined = await this.findByRequestKey(input.requestKey).catch(() => undefined);
      if (existing) {
        return existing;
      }
      throw err;
    }
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
