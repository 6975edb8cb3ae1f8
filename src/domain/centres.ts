/**
 * The Smart Centres' time zones and the state or territory whose public holidays each keeps (BRIEF: close of
 * business and "day" are local to the officer's centre). One list: the schema's CentreTimeZone choices, the
 * business calendar and the web parts all read it.
 */

/** Australian states and territories whose public holidays apply. */
export type AustralianState = 'NSW' | 'VIC' | 'QLD' | 'SA' | 'NT' | 'WA' | 'TAS' | 'ACT';

/** Keeps the literal types of the list while checking each entry's shape. */
function centreList<
  T extends ReadonlyArray<{ readonly timeZone: string; readonly state: AustralianState; readonly label: string }>
>(list: T): T {
  return list;
}

/**
 * IANA zones of the Smart Centres, with the state whose holidays each one keeps. Canberra is its own entry: its
 * clock is Sydney's, but the ACT keeps its own public holidays (Canberra Day, Reconciliation Day).
 */
export const CENTRE_TIME_ZONES = centreList([
  { timeZone: 'Australia/Sydney', state: 'NSW', label: 'Sydney (NSW)' },
  { timeZone: 'Australia/Melbourne', state: 'VIC', label: 'Melbourne (VIC)' },
  { timeZone: 'Australia/Brisbane', state: 'QLD', label: 'Brisbane (QLD)' },
  { timeZone: 'Australia/Adelaide', state: 'SA', label: 'Adelaide (SA)' },
  { timeZone: 'Australia/Darwin', state: 'NT', label: 'Darwin (NT)' },
  { timeZone: 'Australia/Perth', state: 'WA', label: 'Perth (WA)' },
  { timeZone: 'Australia/Hobart', state: 'TAS', label: 'Hobart (TAS)' },
  { timeZone: 'Australia/Canberra', state: 'ACT', label: 'Canberra (ACT)' }
] as const);

/** The IANA name of a Smart Centre zone. */
export type CentreTimeZone = (typeof CENTRE_TIME_ZONES)[number]['timeZone'];

/** Where a centre names no zone we know. */
export const DEFAULT_CENTRE_TIME_ZONE: CentreTimeZone = 'Australia/Sydney';

/** The zone names alone, in list order (the stored CentreTimeZone values). */
export const CENTRE_TIME_ZONE_NAMES: ReadonlyArray<CentreTimeZone> = CENTRE_TIME_ZONES.map((c) => c.timeZone);

/** True when `value` names a Smart Centre zone. */
export function isCentreTimeZone(value: unknown): value is CentreTimeZone {
  return typeof value === 'string' && (CENTRE_TIME_ZONE_NAMES as ReadonlyArray<string>).indexOf(value) >= 0;
}

/** The state whose holidays a centre in `timeZone` keeps; `undefined` for zones that are not listed. */
export function stateForTimeZone(timeZone: string): AustralianState | undefined {
  for (const c of CENTRE_TIME_ZONES) {
    if (c.timeZone === timeZone) {
      return c.state;
    }
  }
  return undefined;
}

/** Old IANA aliases a browser may still report, and the centre zone each stands for. */
const ZONE_ALIASES: { readonly [alias: string]: CentreTimeZone } = {
  'Australia/ACT': 'Australia/Canberra',
  'Australia/NSW': 'Australia/Sydney'
};

/** The centre zone of `zone` (a listed zone or an alias of one), or the default (Sydney) when it is neither. */
export function centreTimeZoneOf(zone: string | undefined): CentreTimeZone {
  if (isCentreTimeZone(zone)) {
    return zone;
  }
  return (zone && ZONE_ALIASES[zone]) || DEFAULT_CENTRE_TIME_ZONE;
}

/**
 * Where the officer's centre comes from: their TPS Roster row, a choice they made once (remembered on the device),
 * or not known yet (then they are asked; the browser's time zone is never used: a Canberra officer's browser says
 * Sydney, and a laptop's zone follows its traveller, not their centre).
 */
export type OfficerCentre =
  | { source: 'roster'; timeZone: CentreTimeZone }
  | { source: 'chosen'; timeZone: CentreTimeZone }
  | { source: 'unknown' };

/**
 * The officer's Smart Centre: the first roster row naming a listed zone wins over a remembered choice (the roster
 * is what the site owner keeps); a remembered value that is not a listed zone is ignored.
 */
export function officerCentre(
  rosterZones: ReadonlyArray<string | undefined>,
  remembered: string | undefined
): OfficerCentre {
  for (const z of rosterZones) {
    if (isCentreTimeZone(z)) {
      return { source: 'roster', timeZone: z };
    }
  }
  return isCentreTimeZone(remembered) ? { source: 'chosen', timeZone: remembered } : { source: 'unknown' };
}
