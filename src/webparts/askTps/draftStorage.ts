/**
 * The posting form's draft on this device (issue 3 "Posting": a reload or a closed tab loses nothing), kept so
 * that nothing personal outlives the tab: the CRN and an unredacted question live in session storage only.
 */
import { redact, scanText } from '../../domain/privacy';
import { newRequestKey } from '../../data/requestKey';
import type { IEnquiryDraft } from './model';

/** The minimal Web Storage surface the form uses (window.localStorage and sessionStorage fit). */
export interface IDraftStorageArea {
  getItem(key: string): string | null; // eslint-disable-line @rushstack/no-new-null
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX: string = 'boutique-tps:ask-tps:';

/** Storage keys for one user on this device. */
export function draftKeys(userKey: string): {
  draft: string;
  crn: string;
  question: string;
  lastWorkType: string;
  centre: string;
} {
  const who: string = (userKey || 'anonymous').toLowerCase();
  return {
    draft: PREFIX + 'draft:v1:' + who,
    crn: PREFIX + 'crn:v1:' + who,
    question: PREFIX + 'question:v1:' + who,
    lastWorkType: PREFIX + 'last-work-type:' + who,
    // a preference of the officer, not a customer detail: kept on the device
    centre: PREFIX + 'centre:v1:' + who
  };
}

/** window.localStorage / sessionStorage when the host allows them (Teams and private windows may not). */
export function browserStorage(kind: 'local' | 'session'): IDraftStorageArea | undefined {
  try {
    if (typeof window === 'undefined') {
      return undefined;
    }
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function read(area: IDraftStorageArea | undefined, key: string): string | undefined {
  try {
    const v: string | null = area ? area.getItem(key) : null; // eslint-disable-line @rushstack/no-new-null
    return v === null ? undefined : v;
  } catch {
    return undefined;
  }
}

function write(area: IDraftStorageArea | undefined, key: string, value: string | undefined): void {
  try {
    if (!area) {
      return;
    }
    if (value === undefined) {
      area.removeItem(key);
    } else {
      area.setItem(key, value);
    }
  } catch {
    // Storage full or refused: the draft just is not kept; posting still works.
  }
}

/** A draft with nothing typed yet. */
export function emptyDraft(workType: string): IEnquiryDraft {
  return {
    requestKey: newRequestKey(),
    workType,
    reason: '',
    referencesChecked: [],
    referencesRead: '',
    question: '',
    customerOnHold: false,
    crn: '',
    stopPayment: false,
    stopPaymentDocRecorded: false,
    taskCardWork: false
  };
}

/** True when the officer has typed or chosen nothing worth keeping (the work type alone is remembered separately). */
export function isBlankDraft(d: IEnquiryDraft): boolean {
  return (
    !d.reason &&
    d.referencesChecked.length === 0 &&
    !d.referencesRead.trim() &&
    !d.question.trim() &&
    !d.customerOnHold &&
    !d.crn.trim() &&
    !d.stopPayment &&
    !d.taskCardWork
  );
}

/** Loads the kept draft, or `undefined` when there is none (or it is unreadable). */
export function loadDraft(
  userKey: string,
  local: IDraftStorageArea | undefined,
  session: IDraftStorageArea | undefined
): IEnquiryDraft | undefined {
  const keys = draftKeys(userKey);
  const raw: string | undefined = read(local, keys.draft);
  if (!raw) {
    return undefined;
  }
  try {
    const v: Partial<IEnquiryDraft> = JSON.parse(raw);
    if (!v || typeof v.requestKey !== 'string' || !v.requestKey) {
      return undefined;
    }
    return {
      requestKey: v.requestKey,
      workType: typeof v.workType === 'string' ? v.workType : '',
      reason: typeof v.reason === 'string' ? v.reason : '',
      referencesChecked: Array.isArray(v.referencesChecked)
        ? v.referencesChecked.filter((r) => typeof r === 'string')
        : [],
      referencesRead: typeof v.referencesRead === 'string' ? v.referencesRead : '',
      // The exact question (which may still hold personal details) lives only in the tab; the device copy is redacted.
      question: read(session, keys.question) || (typeof v.question === 'string' ? v.question : ''),
      customerOnHold: v.customerOnHold === true,
      crn: read(session, keys.crn) || '',
      stopPayment: v.stopPayment === true,
      stopPaymentDocRecorded: v.stopPaymentDocRecorded === true,
      taskCardWork: v.taskCardWork === true
    };
  } catch {
    return undefined;
  }
}

/**
 * Keeps the draft. On the device (which may be shared): everything but the CRN, with anything the privacy guard
 * finds in the question replaced by its placeholder. For the life of the tab only: the CRN, and the question as
 * typed while it holds such findings, so a reload loses nothing and nothing personal outlives the tab.
 */
export function saveDraft(
  userKey: string,
  draft: IEnquiryDraft,
  local: IDraftStorageArea | undefined,
  session: IDraftStorageArea | undefined
): void {
  const keys = draftKeys(userKey);
  const personal: boolean = scanText(draft.question).length > 0;
  const kept: Partial<IEnquiryDraft> = {
    requestKey: draft.requestKey,
    workType: draft.workType,
    reason: draft.reason,
    referencesChecked: draft.referencesChecked,
    referencesRead: draft.referencesRead,
    question: personal ? redact(draft.question) : draft.question,
    customerOnHold: draft.customerOnHold,
    stopPayment: !!draft.stopPayment,
    stopPaymentDocRecorded: !!draft.stopPaymentDocRecorded,
    taskCardWork: !!draft.taskCardWork
  };
  write(local, keys.draft, JSON.stringify(kept));
  write(session, keys.crn, draft.crn ? draft.crn : undefined);
  write(session, keys.question, personal ? draft.question : undefined);
}

/** Forgets the draft (after the post lands). */
export function clearDraft(
  userKey: string,
  local: IDraftStorageArea | undefined,
  session: IDraftStorageArea | undefined
): void {
  const keys = draftKeys(userKey);
  write(local, keys.draft, undefined);
  write(session, keys.crn, undefined);
  write(session, keys.question, undefined);
}

/** The work type this user last posted on this device. */
export function loadLastWorkType(userKey: string, local: IDraftStorageArea | undefined): string {
  return read(local, draftKeys(userKey).lastWorkType) || '';
}

/** Remembers the work type of a post that landed. */
export function saveLastWorkType(userKey: string, workType: string, local: IDraftStorageArea | undefined): void {
  write(local, draftKeys(userKey).lastWorkType, workType || undefined);
}

/** The Smart Centre zone this user chose on this device ('' when never chosen). */
export function loadCentre(userKey: string, local: IDraftStorageArea | undefined): string {
  return read(local, draftKeys(userKey).centre) || '';
}

/** Remembers the Smart Centre zone this user chose (asked once, then kept). */
export function saveCentre(userKey: string, timeZone: string, local: IDraftStorageArea | undefined): void {
  write(local, draftKeys(userKey).centre, timeZone || undefined);
}
