import type { WorkType } from '../../../../domain/workTypes';

/** Props of {@link AskTpsPosting}. */
export interface IAskTpsPostingProps {
  /** Work types to offer (defaults to the built-in ones). */
  workTypes?: ReadonlyArray<WorkType>;
  /** Called after a post lands (e.g. to refresh My enquiries at once). */
  onPosted?: () => void;
}
