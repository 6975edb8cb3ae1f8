import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { RESOURCE_PLACES } from '../../domain/resources';
import type { Resource, ResourcePlace } from '../../domain/resources';
import { LIST } from '../schema';
import { CommonFields } from '../columns';
import { readFields, selectOf } from './fieldMap';
import { fetchAll } from './listStore';
import { RESOURCE_FIELDS } from './types';

/** The TPS Resources list, kept by the site owner (a small list: read whole, in item order). */
export class ResourceStore {
  private readonly _sp: SPFI;

  public constructor(sp: SPFI) {
    this._sp = sp;
  }

  /** Every resource with a key; places the app does not know are dropped. */
  public async list(): Promise<Resource[]> {
    const q = this._sp.web.lists
      .getByTitle(LIST.resources)
      .items.select(CommonFields.Id, ...selectOf(RESOURCE_FIELDS))
      .orderBy(CommonFields.ID, true)
      .top(500);
    const rows: Resource[] = await fetchAll(q, (raw) => {
      const v: { [prop: string]: unknown } = readFields(raw, RESOURCE_FIELDS);
      const places: string[] = Array.isArray(v.places) ? (v.places as string[]) : [];
      return {
        key: String(v.key || ''),
        title: String(v.title || v.key || ''),
        url: String(v.url || '').trim(),
        places: places.filter((p): p is ResourcePlace => (RESOURCE_PLACES as ReadonlyArray<string>).indexOf(p) >= 0)
      };
    });
    return rows.filter((r) => !!r.key);
  }
}
