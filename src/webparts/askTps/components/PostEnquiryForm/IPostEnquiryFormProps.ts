import type { WorkType } from '../../../../domain/workTypes';
import type { ScanOptions } from '../../../../domain/privacy';
import type { Resource } from '../../../../domain/resources';
import type { IEnquiryDraft } from '../../model';
import type { IDraftStorageArea } from '../../draftStorage';

export type { IEnquiryDraft, IDraftStorageArea };

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
  /** The TPS Resources rows, once read (the links each step shows; their names show before). */
  resources?: ReadonlyArray<Resource>;
  /** "Now" for today's close of business (tests fix it); defaults to the current time. */
  now?: Date;
}
