import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { CommonFields, QolCheckFields } from '../columns';
import { IRawItem, odataString } from './fieldMap';
import { DEFAULT_PAGE_SIZE, fetchPage, IPage, ListStore, storedParts } from './listStore';
import { INewQolCheck, IQolCheck, QOL_FIELDS } from './types';

/** The QOL Checks list. */
export class QolCheckStore extends ListStore<IQolCheck> {
  public constructor(sp: SPFI) {
    super(sp, LIST.qolChecks, QOL_FIELDS, 'QOL check');
  }

  protected fromRaw(raw: IRawItem): IQolCheck {
    const v: { [prop: string]: unknown } = this.read(raw);
    return { ...(v as unknown as IQolCheck), ...storedParts(raw), pillarsFailed: (v.pillarsFailed as string[]) || [] };
  }

  /** Records a check; lands once per `requestKey`. */
  public create(input: INewQolCheck): Promise<IQolCheck> {
    return this.createOnce(input.requestKey, this.write({ ...input }));
  }

  /** Checks of one officer's work, newest first (filtered on the indexed OfficerKey). */
  public listForOfficer(officerKey: string, pageSize: number = DEFAULT_PAGE_SIZE): Promise<IPage<IQolCheck>> {
    const q = this.query()  
      .filter(QolCheckFields.OfficerKey + ' eq ' + odataString(officerKey.toLowerCase())).orderBy(CommonFields.ID, false).top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }
}
