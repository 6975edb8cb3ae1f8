import type { WorkType } from '../../../../domain/workTypes';
import type { ScanOptions } from '../../../../domain/privacy';

/** What the officer is posting, as the form hands it to `onSubmit` (CRN and references normalised). */
export interface IEnquiryDraft {
  /** Client-made id, made once per draft and kept with it, so a retry of the same draft lands once. */
  requestKey: string;
  /** Work type key (indexed WorkType column). */
  workType: string;
  /** Reason for contact: one of the stored reason values (domain ENQUIRY_REASONS). */
  reason: string;
  /** References checked: stored values (domain REFERENCES_CHECKED); "Nothing checked" stands alone. */
  referencesChecked: string[];
  /** Operational Blueprint numbers read, comma separated (`111-05070020, 109-01010000`), or ''. */
  referencesRead: string;
  /** The question; holds nothing the privacy guard blocks when it reaches `onSubmit`. */
  question: string;
  /** Is a customer on hold? */
  customerOnHold: boolean;
  /** CRN as `123456789A`, or '' when none was given. */
  crn: string;
}

/** The minimal Web Storage surface the form uses (window.localStorage and sessionStorage fit). */
export interface IDraftStorageArea {
  getItem(key: string): string | null; // eslint-disable-line @rushstack/no-new-null
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Props of {@link PostEnquiryForm}. */
export interface IPostEnquiryFormProps {
  /**
   * Posts the draft. Resolve when the enquiry has landed; throw an Error whose message says what happened and what
   * to do. The form keeps everything on failure and offers a retry with the same `requestKey`.
   */
  onSubmit: (draft: IEnquiryDraft) => Promise<void>;
  /** The signed-in user's login: drafts and the last work type are kept per user on this device. */
  userKey: string;
  /** Work types (inactive ones are not offered). Defaults to the seed list. */
  workTypes?: ReadonlyArray<WorkType>;
  /** Called after a post lands, with what was posted. */
  onPosted?: (draft: IEnquiryDraft) => void;
  /** Where the draft is kept (defaults to window.localStorage). */
  draftStorage?: IDraftStorageArea;
  /** Where the CRN of the draft is kept (defaults to window.sessionStorage: it does not outlive the tab). */
  crnStorage?: IDraftStorageArea;
  /** Passed to the privacy guard (tests fix "today"). */
  scanOptions?: ScanOptions;
}
