/**
 * The SSO board's view model: which escalations to show for the chosen filters, in what order, and the words of
 * each deadline in the raising centre's time zone. Pure (no React, no SharePoint); the words come in as templates
 * from the web part's loc file.
 */
import type { IEscalation } from '../../data/stores/types';
import { dueParts, hasWhyNotFinalised } from '../../domain/escalationDue';
import { compareByDeadline } from '../../domain/escalationDeadlines';
import type { DueParts, DueState, DueStep } from '../../domain/escalationDue';
import { ESCALATION_CATEGORIES } from '../../domain/escalationCategories';
import { format } from '../../shared/text/format';

/** "Assigned to" filter. */
export type AssignedFilter = 'me' | 'unassigned' | 'everyone';

/** The board's filters (remembered per person on the device). */
export interface IBoardFilters {
  /** My centre's escalations, or every centre's. */
  centre: 'mine' | 'all';
  /** One category key, or '' for all. */
  category: string;
  assigned: AssignedFilter;
  /** Only overdue ones. */
  overdueOnly: boolean;
}

/** The Team Leader's view (seed 003): their centre's open arrears escalations, whoever holds them. */
export const TEAM_LEADER_FILTERS: IBoardFilters = {
  centre: 'mine',
  category: 'ArrearsStopPayment',
  assigned: 'everyone',
  overdueOnly: false
};

/** What a fresh board shows: my centre's, everyone's, every category. */
export const DEFAULT_FILTERS: IBoardFilters = {
  centre: 'mine',
  category: '',
  assigned: 'everyone',
  overdueOnly: false
};

/** The sentence templates of the deadline words ({0} step, {1} time, {2} city, {3} date). */
export interface IDueTemplates {
  steps: { [step in DueStep]: string };
  /** `{0} by {1} today ({2})` */
  today: string;
  /** `{0} by {1} tomorrow ({2})` */
  tomorrow: string;
  /** `{0} by {3}` */
  other: string;
  /** `{0} by {3}, {1} ({2})` — an overdue one says exactly when it fell due. */
  overdue: string;
}

/** One row of the board. */
export interface IBoardRow {
  escalation: IEscalation;
  due: DueParts;
  /** The deadline in words, e.g. "Refer to ICT by 5:00 pm today (Adelaide)". */
  dueText: string;
  categoryTitle: string;
}

/** The deadline in words. Day-one-only escalations (seed 004 gives no due time) take their step's own sentence. */
export function dueText(parts: DueParts, t: IDueTemplates): string {
  const step: string = t.steps[parts.step];
  if (parts.dayOneOnly) {
    return format(step, step, parts.time, parts.city, parts.date);
  }
  if (parts.state === 'overdue') {
    return format(t.overdue, step, parts.time, parts.city, parts.date);
  }
  const template: string = parts.day === 'today' ? t.today : parts.day === 'tomorrow' ? t.tomorrow : t.other;
  return format(template, step, parts.time, parts.city, parts.date);
}

/** The words of a category key (the key itself for one this version does not know). */
export function categoryTitle(key: string | undefined): string {
  for (const c of ESCALATION_CATEGORIES) {
    if (c.key === key) {
      return c.title;
    }
  }
  return key || '';
}

/** The raising centre's key of an escalation (older items carry only the time zone). */
export function centreKeyOf(e: Pick<IEscalation, 'centreKey' | 'centreTimeZone'>): string {
  return e.centreKey || e.centreTimeZone || '';
}

/** Whether `e` passes the filters for `me` (lower-case login) in `myCentre` at `now`. */
export function passes(
  e: IEscalation,
  f: IBoardFilters,
  me: string,
  myCentre: string | undefined,
  state: DueState
): boolean {
  if (f.centre === 'mine' && myCentre && centreKeyOf(e) !== myCentre) {
    return false;
  }
  if (f.category && e.category !== f.category) {
    return false;
  }
  if (f.assigned === 'me' && e.assigneeKey !== me) {
    return false;
  }
  if (f.assigned === 'unassigned' && !!e.assigneeKey) {
    return false;
  }
  return !(f.overdueOnly && state !== 'overdue');
}

/**
 * Board order: urgent ones (arrears not yet referred to ICT, notification of death) on top, then soonest
 * deadline first, then the escalations seed 004 gives no due time (day one only), oldest first; the item id breaks
 * ties so rows never swap between polls.
 */
export function compareRows(a: IBoardRow, b: IBoardRow): number {
  const ua: number = a.escalation.urgent ? 0 : 1;
  const ub: number = b.escalation.urgent ? 0 : 1;
  if (ua !== ub) {
    return ua - ub;
  }
  const key = (r: IBoardRow): { dueAt: Date; dayOneOnly: boolean; raisedAt?: Date } => ({
    dueAt: r.escalation.dueAt,
    dayOneOnly: r.due.dayOneOnly,
    raisedAt: r.escalation.created
  });
  const d: number = compareByDeadline(key(a), key(b));
  return d !== 0 ? d : a.escalation.id - b.escalation.id;
}

/** The rows the board shows. */
export function boardRows(
  items: ReadonlyArray<IEscalation>,
  f: IBoardFilters,
  me: string,
  myCentre: string | undefined,
  now: Date,
  t: IDueTemplates
): IBoardRow[] {
  const rows: IBoardRow[] = [];
  for (const e of items) {
    if (e.status === 'Finalised' || !e.dueAt) {
      continue;
    }
    const due: DueParts = dueParts(
      {
        ...e,
        referredToIct: !!e.referredToIct,
        urgent: !!e.urgent,
        centreTimeZone: e.centreTimeZone || 'Australia/Sydney',
        whyNotDocumented: hasWhyNotFinalised(e.notes)
      },
      now
    );
    if (passes(e, f, me, myCentre, due.state)) {
      rows.push({ escalation: e, due, dueText: dueText(due, t), categoryTitle: categoryTitle(e.category) });
    }
  }
  return rows.sort(compareRows);
}

/** How many shown rows are overdue and due today (the board's summary line). */
export function countStates(rows: ReadonlyArray<IBoardRow>): { overdue: number; dueToday: number } {
  let overdue: number = 0;
  let dueToday: number = 0;
  for (const r of rows) {
    if (r.due.state === 'overdue') {
      overdue++;
    } else if (r.due.state === 'dueToday') {
      dueToday++;
    }
  }
  return { overdue, dueToday };
}

/** Merges a fresh first page into what is shown: newer copies win; items gone from the open list are dropped. */
export function replaceById(items: ReadonlyArray<IEscalation>, changed: IEscalation): IEscalation[] {
  const out: IEscalation[] = items.filter((e) => e.id !== changed.id);
  if (changed.status !== 'Finalised') {
    out.push(changed);
  }
  return out;
}
