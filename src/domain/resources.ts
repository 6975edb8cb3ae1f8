/**
 * The intranet resources the Operational Blueprint names (seeds 000, 001, 002, 003 and 004 "Extra"). Their links
 * are internal ("not available to the public"), so site owners keep them in the TPS Resources list; set-up seeds
 * these keys with blank URLs. Each says at which step of the process it shows.
 */

/** The steps where a resource shows. */
export type ResourcePlace = 'AskForm' | 'Escalated' | 'EscalateForm' | 'FinaliseForm' | 'StopPayment' | 'TaskCards';

/** Every place, in the order of the Places choices. */
export const RESOURCE_PLACES: ReadonlyArray<ResourcePlace> = [
  'AskForm',
  'Escalated',
  'EscalateForm',
  'FinaliseForm',
  'StopPayment',
  'TaskCards'
];

/** One resource: a row of TPS Resources. */
export interface Resource {
  /** Stable key the app finds it by (e.g. `stopPayment`). */
  key: string;
  /** Display name. */
  title: string;
  /** The intranet address; `''` until a site owner fills it in. */
  url: string;
  /** Where it shows. */
  places: ReadonlyArray<ResourcePlace>;
}

/** The resources set-up seeds (URLs blank: only the site owner knows the intranet addresses). */
export const DEFAULT_RESOURCES: ReadonlyArray<Resource> = [
  // seed 000: "The Resources page contains ... TPSO Accountability Statement and mySupport"
  {
    key: 'tpsoAccountability',
    title: 'TPSO Accountability Statement',
    url: '',
    places: ['FinaliseForm', 'EscalateForm']
  },
  // seed 001: intranet links for webforms, and mySupport for valid reasons to call the urgent escalation channel
  { key: 'mySupportWebforms', title: 'mySupport web forms', url: '', places: ['AskForm', 'Escalated'] },
  { key: 'boutiqueSupportTable', title: 'Boutique Technical Support table', url: '', places: ['AskForm'] },
  { key: 'telephonySupportTable', title: 'Telephony Technical Support table', url: '', places: ['AskForm'] },
  // seed 002 item 10, seeds 003 and 004 "Extra"
  {
    key: 'stopPayment',
    title: 'How to request to stop an incorrect payment',
    url: '',
    places: ['StopPayment', 'AskForm', 'EscalateForm']
  },
  // seed 004 "Extra": system issue referrals and policy escalations
  { key: 'ictServiceDesk', title: 'ICT Service Desk', url: '', places: ['EscalateForm', 'Escalated'] },
  {
    key: 'ictIncidentForm',
    title: 'Applications Service Desk Online Incident Reporting Form',
    url: '',
    places: ['EscalateForm', 'Escalated']
  },
  {
    key: 'policyAdvisorForm',
    title: 'Smart Centre Channel Operations Policy Advisor Web Form',
    url: '',
    places: ['EscalateForm']
  },
  // seed 002 item 8: the officer's own webforms for Families claims and the P24845 step-parent issue
  {
    key: 'fccDirectKnownIssue',
    title: 'FCC Direct (Known Issue) ICT Referral Request',
    url: '',
    places: ['Escalated', 'AskForm']
  },
  { key: 'p24845Workaround', title: 'P24845 Workaround Request', url: '', places: ['Escalated', 'AskForm'] },
  // seed 000: Boosting and Completing Apprenticeship Commencements use the task cards
  {
    key: 'apprenticeshipTaskCards',
    title: 'Smart Centres Operations Division task cards (Apprenticeship Commencements)',
    url: '',
    places: ['TaskCards']
  }
];

/**
 * The resources for one place, in list order: the site's rows (read from TPS Resources) where it has them,
 * otherwise the defaults (so the names show even before the list is read; without a URL they show as plain text).
 */
export function resourcesFor(place: ResourcePlace, rows: ReadonlyArray<Resource> | undefined): Resource[] {
  const list: ReadonlyArray<Resource> = rows && rows.length > 0 ? rows : DEFAULT_RESOURCES;
  return list.filter((r) => r.places.indexOf(place) >= 0);
}

/** One resource by key (the site's row, else the default), or `undefined`. */
export function resourceByKey(key: string, rows: ReadonlyArray<Resource> | undefined): Resource | undefined {
  for (const list of [rows || [], DEFAULT_RESOURCES]) {
    for (const r of list) {
      if (r.key.toLowerCase() === key.toLowerCase()) {
        return r;
      }
    }
  }
  return undefined;
}

/** A usable link: http(s) only, so a `javascript:` URL typed into the list never becomes a link. */
export function resourceUrl(r: Resource | undefined): string | undefined {
  const url: string = r ? (r.url || '').trim() : '';
  return /^https?:\/\/\S+$/i.test(url) ? url : undefined;
}

/** Work types whose enquiries are not posted to TPS (seed 000: Apprenticeship Commencements use the task cards). */
export const TASK_CARD_WORK_TYPE: string = 'APPRENTICES';

/**
 * True when the enquiry belongs on the task cards, not in TPS (seed 000: "Staff providing support for Boosting and
 * Completing Apprenticeship Commencements must use the task cards on the Smart Centres Operations Division home
 * page"): an Apprentices enquiry the officer says is about those commencements.
 */
export function goesToTaskCards(workType: string, aboutCommencements: boolean): boolean {
  return aboutCommencements && workType.toUpperCase() === TASK_CARD_WORK_TYPE;
}
