import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { QolDirectionFields } from '../columns';
import { IRawItem } from './fieldMap';
import { IPage, ListStore, storedParts } from './listStore';
import { INewQolDirection, IQolDirection, QOL_DIRECTION_FIELDS } from './types';

/** Directions read per TPSO: their newest ones (a direction covers many checks, so a TPSO has few open at once). */
export const DIRECTIONS_PAGE_SIZE: number = 50;

/** QOL Directions: checks a Team Leader or SSO directs to a TPSO. TPS staff only. */
export class QolDirectionStore extends ListStore<IQolDirection> {
  public constructor(sp: SPFI) {
    super(sp, LIST.qolDirections, QOL_DIRECTION_FIELDS, 'QOL direction');
  }

  protected fromRaw(raw: IRawItem): IQolDirection {
    return { ...(this.read(raw) as unknown as IQolDirection), ...storedParts(raw) };
  }

  /** Directs checks; lands once per `requestKey` (unique here: the list has no item-level security). */
  public create(input: INewQolDirection): Promise<IQolDirection> {
    return this.createOnce(input.requestKey, this.write({ ...input }));
  }

  /** A TPSO's newest directions, filtered on the indexed TpsoKey. */
  public listForTpso(tpsoKey: string, pageSize: number = DIRECTIONS_PAGE_SIZE): Promise<IPage<IQolDirection>> {
    return this.newestWhereKey(QolDirectionFields.TpsoKey, tpsoKey, pageSize);
  }
}
