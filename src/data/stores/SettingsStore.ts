import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LIST } from '../schema';
import { CommonFields, SettingsFields } from '../columns';
import { odataString } from './fieldMap';

/** TPS Settings: key (Title) → value (Value). */
export class SettingsStore {
  private readonly _sp: SPFI;

  public constructor(sp: SPFI) {
    this._sp = sp;
  }

  /** A setting's value, or `undefined` when it is not set. */
  public async get(key: string): Promise<string | undefined> {
    const rows: Array<{ [field: string]: unknown }> = await this._sp.web.lists
      .getByTitle(LIST.settings)
      .items.filter(SettingsFields.Title + ' eq ' + odataString(key))
      .select(SettingsFields.Value)
      .top(1)();
    const value: unknown = rows.length > 0 ? rows[0][SettingsFields.Value] : undefined;
    return typeof value === 'string' && value ? value : undefined;
  }

  /** Sets a setting (adds the row when missing). Site owners only. */
  public async set(key: string, value: string): Promise<void> {
    const items = this._sp.web.lists.getByTitle(LIST.settings).items;
    const rows: Array<{ Id: number }> = await items
      .filter(SettingsFields.Title + ' eq ' + odataString(key))
      .select(CommonFields.Id)
      .top(1)();
    if (rows.length > 0) {
      await items.getById(rows[0].Id).update({ [SettingsFields.Value]: value });
    } else {
      await items.add({ [SettingsFields.Title]: key, [SettingsFields.Value]: value });
    }
  }
}
