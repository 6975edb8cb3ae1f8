import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { CommonFields, QolCheckFields } from '../columns';
import { IRawItem, odataString } from './fieldMap';
import { DEFAULT_PAGE_SIZE, fetchAll, fetchPage, IPage, ListStore, MAX_PAGE_SIZE, storedParts } from './listStore';
import { INewQolCheck, IQolCheck, QOL_FIELDS } from './types';

/** The QOL Checks list. */
export class QolCheckStore extends ListStore<IQolCheck> {
  public constructor(sp: SPFI) {
    super(sp, LIST.qolChecks, QOL_FIELDS, 'QOL check');
  }

  protected fromRaw(raw: IRawItem): IQolCheck {
    const v: { [prop: string]: unknown } = this.read(raw);
    return {
      ...(v as unknown as IQolCheck), ...storedParts(raw),
      pillarsFailed: (v.pillarsFailed as string[]) || [], nonCriticalErrors: (v.nonCriticalErrors as string[]) || []
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
   * Every check of one month for an officer (`OfficerMonthKey`) or a work type (`WorkTypeMonthKey`), read page by
   * page: the filter is an indexed Text column, so it stays under the list view threshold on 100,000 checks.
   */
  public async listForMonthKey(column: 'OfficerMonthKey' | 'WorkTypeMonthKey', key: string): Promise<IQolCheck[]> {
    const q = this.query().filter(QolCheckFields[column] + ' eq ' + odataString(key)).top(MAX_PAGE_SIZE);
    return fetchAll(q, (r) => this.fromRaw(r));
  }

  /** Checks of one officer's work, newest first (filtered on the indexed OfficerKey). */
  public listForOfficer(officerKey: string, pageSize: number = DEFAULT_PAGE_SIZE): Promise<IPage<IQolCheck>> {
    const q = this.query()  
      .filter(QolCheckFields.OfficerKey + ' eq ' + odataString(officerKey.toLowerCase())).orderBy(CommonFields.ID, false).top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }
}
