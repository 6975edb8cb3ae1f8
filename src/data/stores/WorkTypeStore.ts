import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { WorkType } from '../../domain/workTypes';
import { LIST } from '../schema';
import { CommonFields } from '../columns';
import { readFields, selectOf } from './fieldMap';
import { fetchAll } from './listStore';
import { WORK_TYPE_FIELDS } from './types';

/** The Work Types list, kept by the site owner (a small list: read whole, sorted by title). */
export class WorkTypeStore {
  private readonly _sp: SPFI;

  public constructor(sp: SPFI) {
    this._sp = sp;
  }

  /** Every work type, active or not, sorted by display name. */
  public async list(): Promise<WorkType[]> {
    const q = this._sp.web.lists
      .getByTitle(LIST.workTypes)
      .items.select(CommonFields.Id, ...selectOf(WORK_TYPE_FIELDS))
      .top(500);
    const rows: WorkType[] = await fetchAll(q, (raw) => {
      const v: { [prop: string]: unknown } = readFields(raw, WORK_TYPE_FIELDS);
      return {
        key: String(v.key || ''),
        title: String(v.title || v.key || ''),
        active: !!v.active,
        guidelineMinutes: typeof v.guidelineMinutes === 'number' ? v.guidelineMinutes : 0
      };
    });
    return rows.filter((w) => !!w.key).sort((a, b) => a.title.localeCompare(b.title));
  }
}
