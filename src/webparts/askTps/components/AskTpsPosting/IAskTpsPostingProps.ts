import type { WorkType } from '../../../../domain/workTypes';
import type { Resource } from '../../../../domain/resources';

/** Props of {@link AskTpsPosting}. */
export interface IAskTpsPostingProps {
  /** Work types to offer (defaults to the built-in ones). */
  workTypes?: ReadonlyArray<WorkType>;
  /** Called after a post lands (e.g. to refresh My enquiries at once). */
  onPosted?: () => void;
  /** The TPS Resources rows, once read (links at the steps that need them). */
  resources?: ReadonlyArray<Resource>;
}
