/**
 * Boutique work types (seed 000: "include but are not limited to"), so they are data kept in the
 * Work Types list; this table only seeds that list and serves as the fallback when it is empty.
 */

/** One boutique work type. `key` is what the indexed WorkType Text column stores on every item. */
export interface WorkType {
  /** Stable upper-case key, e.g. `ABSTUDY`. Never shown to people; never renamed. */
  key: string;
  /** Display name shown in the UI. */
  title: string;
  /** Inactive types stay readable on old items but are not offered for new enquiries. */
  active: boolean;
  /**
   * Response guideline in minutes (seed 002 item 3: 5–10 minutes). Complex claims may run longer, but that is the
   * TPSO's call on one enquiry (guidelineClock's `complex`), not a property of the work type.
   */
  guidelineMinutes: number;
}

/** Guideline used when a work type does not say otherwise (seed 002 item 3: 5–10 minutes). */
export const DEFAULT_GUIDELINE_MINUTES: number = 10;

/** The work types listed in seed 000, with the keys fixed in docs/CONTRACTS.md. */
export const DEFAULT_WORK_TYPES: ReadonlyArray<WorkType> = [
  { key: 'ABSTUDY', title: 'ABSTUDY', active: true, guidelineMinutes: DEFAULT_GUIDELINE_MINUTES },
  { key: 'APPRENTICES', title: 'Apprentices', active: true, guidelineMinutes: DEFAULT_GUIDELINE_MINUTES },
  {
    key: 'AISR',
    title: 'Automated Income Stream Reviews (AISR)',
    active: true,
    guidelineMinutes: DEFAULT_GUIDELINE_MINUTES
  },
  {
    key: 'AIC',
    title: 'Assistance for Isolated Children (AIC)',
    active: true,
    guidelineMinutes: DEFAULT_GUIDELINE_MINUTES
  },
  { key: 'CSU', title: 'Child Support Unit', active: true, guidelineMinutes: DEFAULT_GUIDELINE_MINUTES },
  { key: 'COMPLEX_ASSESSMENT', title: 'Complex Assessment', active: true, guidelineMinutes: DEFAULT_GUIDELINE_MINUTES },
  {
    key: 'EMEP',
    title: 'Essential Medical Equipment Payment (EMEP)',
    active: true,
    guidelineMinutes: DEFAULT_GUIDELINE_MINUTES
  },
  { key: 'FHA', title: 'Farm Household Allowance (FHA)', active: true, guidelineMinutes: DEFAULT_GUIDELINE_MINUTES },
  {
    key: 'FHA_VOUCHER',
    title: 'Farm Household Allowance Voucher Approval',
    active: true,
    guidelineMinutes: DEFAULT_GUIDELINE_MINUTES
  },
  { key: 'MIV', title: 'Manual Intervention (MIV)', active: true, guidelineMinutes: DEFAULT_GUIDELINE_MINUTES },
  {
    key: 'MOCA',
    title: 'Member of a Couple Assessment (MoCA)',
    active: true,
    guidelineMinutes: DEFAULT_GUIDELINE_MINUTES
  },
  {
    key: 'PPLEPT',
    title: 'Paid Parental Leave Employer Processing Team (PPLEPT)',
    active: true,
    guidelineMinutes: DEFAULT_GUIDELINE_MINUTES
  },
  {
    key: 'PES',
    title: 'Pensioner Education Supplement (PES)',
    active: true,
    guidelineMinutes: DEFAULT_GUIDELINE_MINUTES
  },
  { key: 'TAP', title: 'Tertiary Access Payment (TAP)', active: true, guidelineMinutes: DEFAULT_GUIDELINE_MINUTES },
  {
    key: 'UTLAH',
    title: 'Unreasonable to Live At Home (UTLAH) over 18',
    active: true,
    guidelineMinutes: DEFAULT_GUIDELINE_MINUTES
  }
];

/** Finds a work type by key (case-insensitive, trimmed); `undefined` when there is none. */
export function findWorkType(types: ReadonlyArray<WorkType>, key: string | undefined): WorkType | undefined {
  if (!key) {
    return undefined;
  }
  const wanted: string = key.trim().toUpperCase();
  for (const t of types) {
    if (t.key.toUpperCase() === wanted) {
      return t;
    }
  }
  return undefined;
}

/** The guideline for a work type key, falling back to the default when unknown. */
export function guidelineMinutesFor(types: ReadonlyArray<WorkType>, key: string | undefined): number {
  const t: WorkType | undefined = findWorkType(types, key);
  return t && t.guidelineMinutes > 0 ? t.guidelineMinutes : DEFAULT_GUIDELINE_MINUTES;
}

/** The display name of a work type key (the key itself when unknown). */
export function workTypeTitle(types: ReadonlyArray<WorkType>, key: string | undefined): string {
  const t: WorkType | undefined = findWorkType(types, key);
  return t ? t.title : key || '';
}

function byTitle(a: WorkType, b: WorkType): number {
  return a.title.localeCompare(b.title);
}

/** The built-in types in the order they are shown (by title). */
const SORTED_DEFAULTS: ReadonlyArray<WorkType> = DEFAULT_WORK_TYPES.slice().sort(byTitle);

/**
 * The work types of a site, by title: the Work Types list when it has rows (the site owner's word on what is
 * offered); a built-in type the list no longer mentions is kept only as inactive, so older items of it still show
 * its title but nobody is offered it. The built-in types alone when the list is empty or not read yet.
 */
export function workTypesFromList(fromList: ReadonlyArray<WorkType> | undefined): ReadonlyArray<WorkType> {
  if (!fromList || fromList.length === 0) {
    return SORTED_DEFAULTS;
  }
  const out: WorkType[] = fromList.slice();
  for (const d of DEFAULT_WORK_TYPES) {
    if (!findWorkType(fromList, d.key)) {
      out.push({ ...d, active: false });
    }
  }
  return out.sort(byTitle);
}

/** The types people may choose (post an enquiry for, widen a queue to): the active ones, by title. */
export function offeredWorkTypes(types: ReadonlyArray<WorkType>): WorkType[] {
  return types.filter((t) => t.active).sort(byTitle);
}

/** True when two type lists show the same options in the same order with the same guidelines (no re-render). */
export function sameWorkTypes(a: ReadonlyArray<WorkType>, b: ReadonlyArray<WorkType>): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let i: number = 0; i < a.length; i++) {
    if (
      a[i].key !== b[i].key ||
      a[i].title !== b[i].title ||
      a[i].active !== b[i].active ||
      a[i].guidelineMinutes !== b[i].guidelineMinutes
    ) {
      return false;
    }
  }
  return true;
}
