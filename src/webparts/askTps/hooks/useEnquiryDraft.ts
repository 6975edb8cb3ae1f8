import * as React from 'react';
import * as strings from 'AskTpsWebPartStrings';
import type { WorkType } from '../../../domain/workTypes';
import type { ScanOptions } from '../../../domain/privacy';
import { parseReferences } from '../../../domain/references';
import type { ParsedReferences } from '../../../domain/references';
import { formatCrn, isValidCrn } from '../../../domain/crn';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { httpStatus } from '../../../data/errors';
import { draftToPost, fieldsInError, isActiveKey, toggledReferences, validateDraft } from '../model';
import type { FieldErrors, FieldName, IEnquiryDraft } from '../model';
import {
  browserStorage,
  clearDraft,
  emptyDraft,
  isBlankDraft,
  loadCentre,
  loadDraft,
  loadLastWorkType,
  saveCentre,
  saveDraft,
  saveLastWorkType
} from '../draftStorage';
import { officerCentre } from '../../../domain/centres';
import type { CentreTimeZone, OfficerCentre } from '../../../domain/centres';
import type { IDraftStorageArea } from '../draftStorage';

/** Where the post is. */
export type PostState =
  | { kind: 'editing' }
  | { kind: 'posting' }
  | { kind: 'failed'; message: string; retryable: boolean }
  | { kind: 'posted' };

/** What {@link useEnquiryDraft} needs. */
export interface IEnquiryDraftOptions {
  /** Posts the draft; throws an Error whose message says what happened (see IPostEnquiryFormProps.onSubmit). */
  onSubmit: (draft: IEnquiryDraft) => Promise<void>;
  /** The signed-in user's login: drafts and the last work type are kept per user on this device. */
  userKey: string;
  /** Work types (inactive ones are not accepted). */
  workTypes: ReadonlyArray<WorkType>;
  /** Called after a post lands, with what was posted. */
  onPosted?: (draft: IEnquiryDraft) => void;
  /** Where the draft is kept (defaults to window.localStorage). */
  draftStorage?: IDraftStorageArea;
  /** Where the CRN of the draft is kept (defaults to window.sessionStorage). */
  crnStorage?: IDraftStorageArea;
  /** Passed to the privacy guard (tests fix "today"). */
  scanOptions?: ScanOptions;
  /** Called with the first field to fix when a post is refused by the checks (to move the focus there). */
  onInvalid?: (field: FieldName) => void;
}

/** The draft, its checks and its post, as {@link useEnquiryDraft} gives them to the form. */
export interface IEnquiryDraftModel {
  draft: IEnquiryDraft;
  /** The officer's Smart Centre: chosen once and remembered on the device, or not known yet (then asked). */
  centre: OfficerCentre;
  /** Chooses (and remembers) the officer's Smart Centre. */
  chooseCentre(timeZone: CentreTimeZone): void;
  /** The Operational Blueprint numbers typed, parsed. */
  parsed: ParsedReferences;
  /** A kept draft was restored on mount (until the next post). */
  restored: boolean;
  state: PostState;
  /** How many fields to fix, once the officer tried to post (0 before). */
  invalidCount: number;
  /** The error to show on a field now: all after a refused post, the CRN and references once left. */
  shownError(field: FieldName): string | undefined;
  update(patch: Partial<IEnquiryDraft>): void;
  toggleReference(value: string, checked: boolean): void;
  /** Puts a CRN found in the question into the CRN field. */
  moveCrn(crn: string): void;
  /** The officer left the field: its error shows from now on (the CRN is also tidied to `123 456 789A`). */
  leave(field: 'crn' | 'referencesRead'): void;
  /** Posts (once at a time), or shows what to fix. */
  submit(): void;
}

/**
 * Whether sending the same draft again may work: not after SharePoint refused its content (a 4xx other than a
 * conflict or throttling), nor after a refusal by the app's own checks.
 */
function mayRetry(thrown: unknown): boolean {
  // onSubmit's Error carries SharePoint's answer as its cause
  const cause: unknown = thrown && typeof thrown === 'object' ? (thrown as { cause?: unknown }).cause : undefined;
  const error: unknown = cause !== undefined ? cause : thrown;
  const status: number | undefined = httpStatus(error);
  if (status !== undefined) {
    return status === 408 || status === 409 || status === 412 || status === 429 || status >= 500;
  }
  return !(error && typeof error === 'object' && (error as { isActionRefused?: boolean }).isActionRefused);
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) {
    return error.message;
  }
  if (typeof error === 'string' && error) {
    return error;
  }
  return strings.PostFailedUnknown;
}

/**
 * The posting form's state (issue 3 "Posting"): the draft, kept on the device as the officer types and cleared
 * when the post lands; the checks and which errors show; the post itself, once at a time (a double click posts
 * once) and with the draft's request key on a retry.
 */
export function useEnquiryDraft(options: IEnquiryDraftOptions): IEnquiryDraftModel {
  const { onSubmit, userKey, workTypes, onPosted, scanOptions, onInvalid } = options;
  const local = React.useMemo(() => options.draftStorage || browserStorage('local'), [options.draftStorage]);
  const session = React.useMemo(() => options.crnStorage || browserStorage('session'), [options.crnStorage]);

  const [draft, setDraft] = React.useState<IEnquiryDraft>(() => {
    const kept: IEnquiryDraft | undefined = loadDraft(userKey, local, session);
    if (kept) {
      return kept;
    }
    const last: string = loadLastWorkType(userKey, local);
    return emptyDraft(isActiveKey(workTypes, last) ? last : '');
  });
  // No roster row names a Service Officer's centre: it is theirs to choose once (never the browser's zone).
  const [centre, setCentre] = React.useState<OfficerCentre>(() => officerCentre([], loadCentre(userKey, local)));
  const [restored, setRestored] = React.useState<boolean>(() => !isBlankDraft(draft));
  const [state, setState] = React.useState<PostState>({ kind: 'editing' });
  // 'all' after a refused post; otherwise the fields the officer has left.
  const [shown, setShown] = React.useState<{ all: boolean; crn: boolean; referencesRead: boolean }>({
    all: false,
    crn: false,
    referencesRead: false
  });
  const posting = React.useRef<boolean>(false);
  const mounted = useIsMounted();

  // Keep the draft as they type; a blank one is not kept.
  React.useEffect(() => {
    if (isBlankDraft(draft)) {
      clearDraft(userKey, local, session);
    } else {
      saveDraft(userKey, draft, local, session);
    }
  }, [draft, userKey, local, session]);

  const update = (patch: Partial<IEnquiryDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    // a changed draft is a new attempt: the last failure's banner goes (it may be what was just fixed)
    setState((s) => (s.kind === 'posted' || s.kind === 'failed' ? { kind: 'editing' } : s));
  };

  const parsed: ParsedReferences = React.useMemo(() => parseReferences(draft.referencesRead), [draft.referencesRead]);
  const withCentre: IEnquiryDraft = {
    ...draft,
    centreTimeZone: centre.source === 'unknown' ? '' : centre.timeZone
  };
  const errors: FieldErrors = validateDraft(withCentre, workTypes, parsed, scanOptions);
  const toFix: FieldName[] = fieldsInError(errors);

  const shownError = (field: FieldName): string | undefined => {
    if (shown.all || (field === 'crn' && shown.crn) || (field === 'referencesRead' && shown.referencesRead)) {
      return errors[field];
    }
    return undefined;
  };

  const leave = (field: 'crn' | 'referencesRead'): void => {
    setShown((s) => ({ ...s, [field]: true }));
    if (field === 'crn' && isValidCrn(draft.crn)) {
      update({ crn: formatCrn(draft.crn) });
    }
  };

  const submit = async (): Promise<void> => {
    if (posting.current) {
      return; // a second click while the first is in flight
    }
    if (toFix.length > 0) {
      setShown((s) => ({ ...s, all: true }));
      if (onInvalid) {
        onInvalid(toFix[0]);
      }
      return;
    }
    const release = (): void => {
      posting.current = false;
    };
    posting.current = true;
    const toPost: IEnquiryDraft = draftToPost(withCentre, parsed);
    setState({ kind: 'posting' });
    try {
      await onSubmit(toPost);
    } catch (error) {
      release();
      if (mounted.current) {
        setState({ kind: 'failed', message: messageOf(error), retryable: mayRetry(error) });
      }
      return;
    }
    release();
    clearDraft(userKey, local, session);
    saveLastWorkType(userKey, toPost.workType, local);
    if (mounted.current) {
      setDraft(emptyDraft(toPost.workType));
      setShown({ all: false, crn: false, referencesRead: false });
      setRestored(false);
      setState({ kind: 'posted' });
    }
    if (onPosted) {
      onPosted(toPost);
    }
  };

  const chooseCentre = (timeZone: CentreTimeZone): void => {
    saveCentre(userKey, timeZone, local);
    setCentre({ source: 'chosen', timeZone });
    setState((s) => (s.kind === 'posted' || s.kind === 'failed' ? { kind: 'editing' } : s));
  };

  return {
    draft: withCentre,
    centre,
    chooseCentre,
    parsed,
    restored,
    state,
    invalidCount: shown.all ? toFix.length : 0,
    shownError,
    update,
    toggleReference: (value, checked) =>
      update({ referencesChecked: toggledReferences(draft.referencesChecked, value, checked) }),
    moveCrn: (crn) => {
      update({ crn: formatCrn(crn) });
      setShown((s) => ({ ...s, crn: true }));
    },
    leave,
    submit: () => {
      submit().catch(() => undefined);
    }
  };
}
