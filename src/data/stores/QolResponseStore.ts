import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { QolResponseFields } from '../columns';
import { IRawItem, odataString } from './fieldMap';
import { fetchAll, IPage, ListStore, MAX_PAGE_SIZE, storedParts } from './listStore';
import { INewQolResponse, IQolResponse, IQolResponseKindRow, QOL_RESPONSE_FIELDS } from './types';
import { CommonFields } from '../columns';

/**
 * QOL Responses: what an officer says back about their checks (feedback acknowledged, activity corrected).
 * Item-level security (ReadSecurity and WriteSecurity 2) keeps each officer to the responses they created; TPS
 * staff read them all through Override List Behaviors. A response is its own item, so writing one cannot change
 * the check (QOL Checks) or the officer's copy of it (QOL Results), where officers hold no write permission.
 */
export class QolResponseStore extends ListStore<IQolResponse> {
  public constructor(sp: SPFI) {
    super(sp, LIST.qolResponses, QOL_RESPONSE_FIELDS, 'QOL response');
  }

  protected fromRaw(raw: IRawItem): IQolResponse {
    return { ...(this.read(raw) as unknown as IQolResponse), ...storedParts(raw) };
  }

  /** Records a response; lands once per `requestKey` (looked up first: RequestKey cannot be unique here). */
  public async respond(input: INewQolResponse): Promise<IQolResponse> {
    const existing: IQolResponse | undefined = await this.findByRequestKey(input.requestKey);
    return existing || this.createOnce(input.requestKey, this.write({ ...input }));
  }

  /**
   * Every urgent QOL request of one month (`urgent|yyyy-MM`, indexed): TPS staff read all of them (Override List
   * Behaviors), an officer only their own (item-level security trims the rest).
   */
  public async listUrgentForMonthKey(key: string): Promise<IQolResponse[]> {
    const q = this.query()
      .filter(QolResponseFields.UrgentMonthKey + ' eq ' + odataString(key))
      .top(MAX_PAGE_SIZE);
    return fetchAll(q, (r) => this.fromRaw(r));
  }

  /**
   * What a quality summary needs of an officer's responses: which check, which kind. Two columns, no person
   * expansion (filtered on the indexed OfficerKey).
   */
  public async listKindsForOfficer(officerKey: string): Promise<IQolResponseKindRow[]> {
    const q = this.items
      .select(CommonFields.Id, QolResponseFields.CheckId, QolResponseFields.Kind)
      .filter(QolResponseFields.OfficerKey + ' eq ' + odataString(officerKey.toLowerCase()))
      .top(MAX_PAGE_SIZE);
    return fetchAll(q, (r) => ({
      checkId: Number(r[QolResponseFields.CheckId]),
      kind: String(r[QolResponseFields.Kind] || '')
    }));
  }

  /** An officer's responses (filtered on the indexed OfficerKey; an officer only ever gets their own). */
  public listForOfficer(officerKey: string, pageSize: number = MAX_PAGE_SIZE): Promise<IPage<IQolResponse>> {
    return this.newestWhereKey(QolResponseFields.OfficerKey, officerKey, pageSize);
  }
}
