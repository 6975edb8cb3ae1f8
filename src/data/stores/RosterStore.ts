import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LIST } from '../schema';
import { CommonFields, RosterFields } from '../columns';
import { IRawItem, odataString, readFields, selectOf } from './fieldMap';
import { fetchAll } from './listStore';
import { IRosterEntry, ROSTER_FIELDS } from './types';

/** Splits the roster's ';'-joined work type keys. */
export function splitKeys(text: string | undefined): string[] {
  return (text || '')
    .split(';')
    .map((s) => s.trim().toUpperCase())
    .filter((s) => !!s);
}

function toEntry(raw: IRawItem): IRosterEntry {
  const v: { [prop: string]: unknown } = readFields(raw, ROSTER_FIELDS);
  return {
    id: raw.Id,
    title: String(v.title || v.personKey || ''),
    personKey: String(v.personKey || ''),
    workTypes: splitKeys(v.workTypesText as string | undefined),
    role: v.role as string | undefined,
    centre: v.centre as string | undefined,
    centreTimeZone: v.centreTimeZone as string | undefined,
    onDuty: !!v.onDuty,
    teamLeaderKey: v.teamLeaderKey as string | undefined
  };
}

/** The TPS Roster (kept by the site owner). */
export class RosterStore {
  private readonly _sp: SPFI;

  public constructor(sp: SPFI) {
    this._sp = sp;
  }

  /** The roster rows of one person (filtered on the indexed PersonKey); usually one. */
  public forPerson(personKey: string): Promise<IRosterEntry[]> {
    const q = this._sp.web.lists
      .getByTitle(LIST.roster)
      .items.select(CommonFields.Id, ...selectOf(ROSTER_FIELDS))
      .filter(RosterFields.PersonKey + ' eq ' + odataString(personKey.toLowerCase()))
      .top(50);
    return fetchAll(q, toEntry);
  }

  /** The rows of a team leader's people (filtered on the indexed TeamLeaderKey). */
  public forTeamLeader(teamLeaderKey: string): Promise<IRosterEntry[]> {
    const q = this._sp.web.lists
      .getByTitle(LIST.roster)
      .items.select(CommonFields.Id, ...selectOf(ROSTER_FIELDS))
      .filter(RosterFields.TeamLeaderKey + ' eq ' + odataString(teamLeaderKey.toLowerCase()))
      .top(500);
    return fetchAll(q, toEntry);
  }

  /** Every roster row (the roster is a small list kept by the site owner: one row per person). */
  public listAll(): Promise<IRosterEntry[]> {
    const q = this._sp.web.lists
      .getByTitle(LIST.roster)
      .items.select(CommonFields.Id, ...selectOf(ROSTER_FIELDS))
      .top(500);
    return fetchAll(q, toEntry);
  }
}
