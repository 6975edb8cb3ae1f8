import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { CommonFields, QolCheckFields } from '../columns';
import { IRawItem, odataString } from './fieldMap';
import { DEFAULT_PAGE_SIZE, fetchAll, fetchPage, IPage, ListStore, MAX_PAGE_SIZE, storedParts } from './listStore';
import { INewQolCheck, IQolCheck, IQolTallyRow, QOL_FIELDS } from './types';

/** A person a check can be about: one of the site's users. */
export interface IQolPerson {
  /** Lower-case login (the *Key columns' value). */
  key: string;
  /** Display name. */
  title: string;
}

/** Claims logins (`i:0#.f|membership|a@b`) keep the plain login after the last bar. */
function loginKey(login: string, email: string | undefined): string {
  const plain: string = (email || login.split('|').pop() || login).trim();
  return plain.toLowerCase();
}

/** The QOL Checks list. */
export class QolCheckStore extends ListStore<IQolCheck> {
  public constructor(sp: SPFI) {
    super(sp, LIST.qolChecks, QOL_FIELDS, 'QOL check');
  }

  protected fromRaw(raw: IRawItem): IQolCheck {
    const v: { [prop: string]: unknown } = this.read(raw);
    return {
      ...(v as unknown as IQolCheck),
      ...storedParts(raw),
      pillarsFailed: (v.pillarsFailed as string[]) || [],
      nonCriticalErrors: (v.nonCriticalErrors as string[]) || []
    };
  }

  /** Records a check; lands once per `requestKey`. Fills the Officer person column from the officer's key. */
  public async create(input: INewQolCheck): Promise<IQolCheck> {
    const fields: { [field: string]: unknown } = this.write({ ...input });
    if (input.officerMonthKey !== undefined) {
      const officerId: number | undefined = await this.userId(input.officerKey);
      if (officerId !== undefined) {
        fields[QolCheckFields.Officer + 'Id'] = officerId;
      }
    }
    return this.createOnce(input.requestKey, fields);
  }

  /**
   * Every check of one month for an officer (`OfficerMonthKey`), a work type (`WorkTypeMonthKey`) or by a checker
   * (`CheckerMonthKey`, schema version 5), read page by
   * page: the filter is an indexed Text column, so it stays under the list view threshold on 100,000 checks.
   */
  public async listForMonthKey(
    column: 'OfficerMonthKey' | 'WorkTypeMonthKey' | 'CheckerMonthKey',
    key: string
  ): Promise<IQolCheck[]> {
    const q = this.query()
      .filter(QolCheckFields[column] + ' eq ' + odataString(key))
      .top(MAX_PAGE_SIZE);
    return fetchAll(q, (r) => this.fromRaw(r));
  }

  /**
   * The four columns a quality summary counts (id, officer, work type, outcome) of one month's checks of a work type
   * or officer, by the same indexed month keys as {@link listForMonthKey}. Lean on purpose: a 12-month summary on
   * 100,000 checks reads every check of the period, and the feedback text, the person expansion and the other
   * columns were most of what SharePoint sent and the browser parsed.
   */
  public async listTallyForMonthKey(
    column: 'OfficerMonthKey' | 'WorkTypeMonthKey',
    key: string
  ): Promise<IQolTallyRow[]> {
    const q = this.items
      .select(CommonFields.Id, QolCheckFields.OfficerKey, QolCheckFields.WorkType, QolCheckFields.Outcome)
      .filter(QolCheckFields[column] + ' eq ' + odataString(key))
      .top(MAX_PAGE_SIZE);
    return fetchAll(q, (r) => ({
      id: r.Id,
      officerKey: String(r[QolCheckFields.OfficerKey] || ''),
      workType: String(r[QolCheckFields.WorkType] || ''),
      outcome: r[QolCheckFields.Outcome] ? String(r[QolCheckFields.Outcome]) : ''
    }));
  }

  /**
   * The people a check can be about: the site's users (`web/siteusers`, people only, by name). One request; the
   * picker filters it as the checker types. Officers are site users once they have visited or been added to a group.
   */
  public async listPeople(): Promise<IQolPerson[]> {
    const rows: Array<{ LoginName: string; Title: string; Email?: string; PrincipalType?: number }> =
      await this.sp.web.siteUsers.select('Id', 'LoginName', 'Title', 'Email', 'PrincipalType')();
    return rows
      .filter((u) => u.PrincipalType === undefined || u.PrincipalType === 1)
      .map((u) => ({ key: loginKey(u.LoginName, u.Email), title: u.Title }))
      .filter((p) => p.key.indexOf('@') > 0)
      .sort((a, b) => a.title.localeCompare(b.title));
  }

  /**
   * Checks (and claims not yet recorded) that answer urgent requests of one month, by the indexed UrgentMonthKey:
   * the urgent queue reads them in the same `$batch` as the requests.
   */
  public async listUrgentForMonthKey(key: string): Promise<IQolCheck[]> {
    const q = this.query()
      .filter(QolCheckFields.UrgentMonthKey + ' eq ' + odataString(key))
      .top(MAX_PAGE_SIZE);
    return fetchAll(q, (r) => this.fromRaw(r));
  }

  /**
   * Writes the checker's findings onto a check (an urgent claim being recorded), with its ETag: a 412 becomes a
   * ConflictError naming who changed it. Fills the Officer person column as {@link create} does.
   */
  public async complete(check: IQolCheck, changes: Partial<INewQolCheck>): Promise<IQolCheck> {
    const fields: { [field: string]: unknown } = this.write({ ...changes });
    const officerId: number | undefined = await this.userId(check.officerKey);
    if (officerId !== undefined) {
      fields[QolCheckFields.Officer + 'Id'] = officerId;
    }
    return this.updateFields(check.id, fields, check.etag);
  }

  /** Checks of one officer's work, newest first (filtered on the indexed OfficerKey). */
  public listForOfficer(officerKey: string, pageSize: number = DEFAULT_PAGE_SIZE): Promise<IPage<IQolCheck>> {
    const q = this.query()
      .filter(QolCheckFields.OfficerKey + ' eq ' + odataString(officerKey.toLowerCase()))
      .orderBy(CommonFields.ID, false)
      .top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }
}
