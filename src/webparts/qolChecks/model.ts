/**
 * The QOL Checks view model: which views a person gets, an officer's checks with what is still open on each, and
 * the quality summary per officer and per work type. Pure (no React, no SharePoint); words come from the loc file.
 *
 * Just over 300 lines: the views by role, an officer's open items and the quality summary, each pure.
 */
import type {
  IQolCheck,
  IQolDirection,
  IQolResponse,
  IQolResponseKindRow,
  IQolResult,
  IQolTallyRow
} from '../../data/stores/types';
import {
  monthsBetween,
  qolFollowUp,
  qolMonthKey,
  URGENT_REQUEST_KIND,
  urgentClaimKey,
  urgentMonthKey
} from '../../domain/qol';
import type { QolOutcome, QolResponseKind } from '../../domain/qol';
import { format } from '../../shared/text/format';

/** The views of the web part: record a check (TPSOs), my checks (officers), quality at a glance (TL/SSO). */
export type QolView = 'record' | 'mine' | 'summary';

/**
 * The views a roster role opens (seed 000: TPSOs QOL-check work; the brief: Team Leaders and SSOs watch quality).
 * Someone the roster does not list is a Service Officer: they see their own checks only.
 */
export function viewsForRole(role: string | undefined): QolView[] {
  if (role === 'TPSO') {
    return ['record'];
  }
  if (role === 'SSO' || role === 'TeamLeader') {
    return ['summary'];
  }
  return ['mine'];
}

/** One of an officer's checks as they see it, with what they still have to do about it. */
export interface IMyCheckRow {
  result: IQolResult;
  /** Feedback given and not yet acknowledged. */
  feedbackOpen: boolean;
  /** Sent back and not yet confirmed corrected. */
  sendBackOpen: boolean;
}

function responsesByCheck(responses: ReadonlyArray<IQolResponseKindRow>): Map<number, QolResponseKind[]> {
  const out: Map<number, QolResponseKind[]> = new Map<number, QolResponseKind[]>();
  for (const r of responses) {
    const kinds: QolResponseKind[] = out.get(r.checkId) || [];
    kinds.push(r.kind as QolResponseKind);
    out.set(r.checkId, kinds);
  }
  return out;
}

/** An officer's checks, newest first, each with its follow-up state from their responses. */
export function myCheckRows(results: ReadonlyArray<IQolResult>, responses: ReadonlyArray<IQolResponse>): IMyCheckRow[] {
  const byCheck: Map<number, QolResponseKind[]> = responsesByCheck(responses);
  return results
    .map((result) => ({ result, ...qolFollowUp(result.outcome as QolOutcome, byCheck.get(result.checkId) || []) }))
    .sort((a, b) => b.result.checkedAt.getTime() - a.result.checkedAt.getTime() || b.result.id - a.result.id);
}

/** A period of whole months, inclusive. */
export interface IQolPeriod {
  from: { year: number; month: number };
  to: { year: number; month: number };
}

/** The period a summary opens on: this month. */
export function thisMonth(now: Date): IQolPeriod {
  const m = { year: now.getFullYear(), month: now.getMonth() + 1 };
  return { from: m, to: m };
}

/** The last `count` months up to this one. */
export function lastMonths(now: Date, count: number): IQolPeriod {
  const d: Date = new Date(now.getFullYear(), now.getMonth() - (count - 1), 1);
  return { from: { year: d.getFullYear(), month: d.getMonth() + 1 }, to: thisMonth(now).to };
}

/**
 * The indexed WorkTypeMonthKey values that cover a period: one per work type and month. Reading by them keeps every
 * query under the 5,000-item list view threshold on a list of 100,000 checks (BRIEF: filter first on an indexed
 * Text column), as long as one work type's checks in one month stay under 5,000 (they page beyond it).
 */
export function summaryMonthKeys(workTypes: ReadonlyArray<string>, period: IQolPeriod): string[] {
  const out: string[] = [];
  for (const m of monthsBetween(period.from, period.to)) {
    for (const w of workTypes) {
      out.push(qolMonthKey(w, m.year, m.month));
    }
  }
  return out;
}

/** The quality of one officer's or one work type's checks over a period. */
export interface IQolTally {
  /** Officer key or work type key. */
  key: string;
  done: number;
  correct: number;
  nonCritical: number;
  critical: number;
  /** Errors (non-critical and critical) per check, 0..1; 0 with no checks. */
  errorRate: number;
  /** Critical errors sent back and not yet confirmed corrected. */
  sendBackOpen: number;
  /** Feedback not yet acknowledged. */
  feedbackOpen: number;
}

function emptyTally(key: string): IQolTally {
  return { key, done: 0, correct: 0, nonCritical: 0, critical: 0, errorRate: 0, sendBackOpen: 0, feedbackOpen: 0 };
}

/** Adds one check (and its responses) to a tally. */
function addCheck(t: IQolTally, check: IQolTallyRow, kinds: ReadonlyArray<QolResponseKind>): void {
  t.done += 1;
  if (check.outcome === 'CriticalError') {
    t.critical += 1;
  } else if (check.outcome === 'NonCriticalError') {
    t.nonCritical += 1;
  } else {
    t.correct += 1;
  }
  const open = qolFollowUp(check.outcome as QolOutcome, kinds);
  t.sendBackOpen += open.sendBackOpen ? 1 : 0;
  t.feedbackOpen += open.feedbackOpen ? 1 : 0;
  t.errorRate = (t.nonCritical + t.critical) / t.done;
}

/** What a summary shows: per officer, per work type, and all together. */
export interface IQolSummary {
  byOfficer: IQolTally[];
  byWorkType: IQolTally[];
  total: IQolTally;
}

/**
 * The quality summary of a set of checks: per officer and per work type, most checks first. Responses are the
 * officers' acknowledgements and corrections (QOL Responses), matched to checks by CheckId.
 */
export function summarise(
  checks: ReadonlyArray<IQolTallyRow>,
  responses: ReadonlyArray<IQolResponseKindRow>
): IQolSummary {
  const byCheck: Map<number, QolResponseKind[]> = responsesByCheck(responses);
  const officers: Map<string, IQolTally> = new Map<string, IQolTally>();
  const types: Map<string, IQolTally> = new Map<string, IQolTally>();
  const total: IQolTally = emptyTally('');
  const seen: Set<number> = new Set<number>();
  for (const c of checks) {
    if (seen.has(c.id) || !c.outcome) {
      continue; // the same check read twice counts once; an urgent claim not yet recorded is not a check yet
    }
    seen.add(c.id);
    const kinds: QolResponseKind[] = byCheck.get(c.id) || [];
    for (const [map, key] of [
      [officers, c.officerKey],
      [types, c.workType]
    ] as Array<[Map<string, IQolTally>, string]>) {
      const t: IQolTally = map.get(key) || emptyTally(key);
      map.set(key, t);
      addCheck(t, c, kinds);
    }
    addCheck(total, c, kinds);
  }
  const order = (a: IQolTally, b: IQolTally): number => b.done - a.done || a.key.localeCompare(b.key);
  const list = (map: Map<string, IQolTally>): IQolTally[] => {
    const out: IQolTally[] = [];
    map.forEach((t) => out.push(t));
    return out.sort(order);
  };
  return { byOfficer: list(officers), byWorkType: list(types), total };
}

/** Distinct officers of a set of checks (whose responses the summary reads, by the indexed OfficerKey). */
export function officersOf(checks: ReadonlyArray<IQolTallyRow>): string[] {
  const out: string[] = [];
  for (const c of checks) {
    if (out.indexOf(c.officerKey) < 0) {
      out.push(c.officerKey);
    }
  }
  return out.sort();
}

/** An error rate as a whole percentage ("12%"). */
export function percent(rate: number): string {
  return String(Math.round(rate * 100)) + '%';
}

/** Where an urgent request stands for the checker looking at the queue. */
export type UrgentState = 'waiting' | 'mine' | 'other';

/** One urgent request in a checker's queue. */
export interface IUrgentRow {
  request: IQolResponse;
  /** The claim (the check being recorded), when someone holds it. */
  claim: IQolCheck | undefined;
  state: UrgentState;
  /** How long since the officer asked, in ms (the queue's clock). */
  waitedMs: number;
}

function createdMs(r: IQolResponse): number {
  return r.created ? r.created.getTime() : 0;
}

/**
 * A checker's urgent queue: requests for their work types that are not yet checked, oldest first (the officer who
 * has waited longest is served first), each with its claim. `claims` are QOL Checks read by the same month keys.
 */
export function urgentQueue(
  requests: ReadonlyArray<IQolResponse>,
  claims: ReadonlyArray<IQolCheck>,
  workTypes: ReadonlyArray<string>,
  me: string,
  now: Date
): IUrgentRow[] {
  const mine: string[] = workTypes.map((w) => w.toUpperCase());
  const byKey: Map<string, IQolCheck> = new Map<string, IQolCheck>();
  for (const c of claims) {
    byKey.set(c.requestKey, c);
  }
  return requests
    .filter((r) => r.kind === URGENT_REQUEST_KIND && mine.indexOf((r.workType || '').toUpperCase()) >= 0)
    .map((request) => {
      const claim: IQolCheck | undefined = byKey.get(urgentClaimKey(request.id));
      const state: UrgentState = !claim ? 'waiting' : claim.checkerKey === me.toLowerCase() ? 'mine' : 'other';
      return { request, claim, state, waitedMs: Math.max(0, now.getTime() - createdMs(request)) };
    })
    .filter((row) => !(row.claim && row.claim.outcome))
    .sort((a, b) => createdMs(a.request) - createdMs(b.request) || a.request.id - b.request.id);
}

/** One of an officer's urgent requests: checked once a result answers it. */
export interface IMyUrgentRow {
  request: IQolResponse;
  result: IQolResult | undefined;
}

/** An officer's urgent requests, newest first, each with its result when checked. */
export function myUrgentRows(
  responses: ReadonlyArray<IQolResponse>,
  results: ReadonlyArray<IQolResult>
): IMyUrgentRow[] {
  return responses
    .filter((r) => r.kind === URGENT_REQUEST_KIND)
    .map((request) => ({ request, result: results.filter((x) => x.requestKey === urgentClaimKey(request.id))[0] }))
    .sort((a, b) => createdMs(b.request) - createdMs(a.request) || b.request.id - a.request.id);
}

/** The words of a wait ("7 min", "1 h 5 min") from templates `{0} min` and `{0} h {1} min`. */
export function waitedWords(ms: number, minutes: string, hoursMinutes: string): string {
  const total: number = Math.floor(ms / 60000);
  return total < 60 ? format(minutes, total) : format(hoursMinutes, Math.floor(total / 60), total % 60);
}

/** The urgent month keys the queue reads: this month's and last month's requests. */
export function urgentMonthKeys(now: Date): string[] {
  const last: Date = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return [
    urgentMonthKey(last.getFullYear(), last.getMonth() + 1),
    urgentMonthKey(now.getFullYear(), now.getMonth() + 1)
  ];
}

/** A TPSO's own checks of last month and this month (indexed CheckerMonthKey, schema version 5). */
export function checkerMonthKeys(checkerKey: string, now: Date): string[] {
  const last: Date = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return [
    qolMonthKey(checkerKey, last.getFullYear(), last.getMonth() + 1),
    qolMonthKey(checkerKey, now.getFullYear(), now.getMonth() + 1)
  ];
}

/** The `yyyy-MM` a month key ends with. */
function monthOfKey(key: string): string {
  return key.slice(key.lastIndexOf('|') + 1);
}

/**
 * The month keys still to read for a set of directions when the checker's own checks of `preloadedKeys`' months
 * are already in hand (read with the first screen): the months outside them, by officer or work type as before.
 */
export function directionKeysToRead(
  directions: ReadonlyArray<IQolDirection>,
  preloadedKeys: ReadonlyArray<string>,
  now: Date
): Array<{ column: 'OfficerMonthKey' | 'WorkTypeMonthKey'; key: string }> {
  const covered: string[] = preloadedKeys.map(monthOfKey);
  return directionMonthKeys(directions, now).filter((k) => covered.indexOf(monthOfKey(k.key)) < 0);
}

/** A direction as the TPSO sees it: how many of the directed checks are done. */
export interface IDirectedRow {
  direction: IQolDirection;
  done: number;
  overdue: boolean;
}

function matchesDirection(d: IQolDirection, c: IQolCheck, tpsoKey: string): boolean {
  const from: number = d.created ? d.created.getTime() : 0;
  const at: number = c.checkedAt.getTime();
  const target: boolean = d.officerKey
    ? c.officerKey === d.officerKey
    : (c.workType || '').toUpperCase() === (d.workType || '').toUpperCase();
  return !!c.outcome && c.checkerKey === tpsoKey && at >= from && at <= d.dueDate.getTime() && target;
}

/**
 * A TPSO's directions with what is done: their own checks of that officer or work type recorded between the
 * direction and its due date. Soonest due first; a direction done is still listed until it falls off the page.
 */
export function directedRows(
  directions: ReadonlyArray<IQolDirection>,
  checks: ReadonlyArray<IQolCheck>,
  tpsoKey: string,
  now: Date
): IDirectedRow[] {
  const me: string = tpsoKey.toLowerCase();
  // A check can be read twice (by its officer's and by its work type's month key): count each once.
  const seen: Set<number> = new Set<number>();
  const unique: IQolCheck[] = checks.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
  return directions
    .map((direction) => {
      const done: number = Math.min(
        direction.checkCount,
        unique.filter((c) => matchesDirection(direction, c, me)).length
      );
      return { direction, done, overdue: done < direction.checkCount && now.getTime() > direction.dueDate.getTime() };
    })
    .sort((a, b) => a.direction.dueDate.getTime() - b.direction.dueDate.getTime() || a.direction.id - b.direction.id);
}

/** The month keys that hold the checks counting towards a set of directions (indexed OfficerMonthKey / WorkTypeMonthKey). */
export function directionMonthKeys(
  directions: ReadonlyArray<IQolDirection>,
  now: Date
): Array<{ column: 'OfficerMonthKey' | 'WorkTypeMonthKey'; key: string }> {
  const out: Array<{ column: 'OfficerMonthKey' | 'WorkTypeMonthKey'; key: string }> = [];
  for (const d of directions) {
    const start: Date = d.created || now;
    const end: Date = d.dueDate.getTime() < now.getTime() ? d.dueDate : now;
    const column = d.officerKey ? ('OfficerMonthKey' as const) : ('WorkTypeMonthKey' as const);
    for (const m of monthsBetween(
      { year: start.getFullYear(), month: start.getMonth() + 1 },
      { year: end.getFullYear(), month: end.getMonth() + 1 }
    )) {
      const key: string = qolMonthKey(d.officerKey || d.workType || '', m.year, m.month);
      if (!out.some((x) => x.column === column && x.key === key)) {
        out.push({ column, key });
      }
    }
  }
  return out;
}
