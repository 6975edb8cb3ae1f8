import type { WorkType } from '../../../../domain/workTypes';
import type { IQueuePrefsState } from '../../hooks/useQueuePrefs';

/** Props of {@link QueueFilters}. */
export interface IQueueFiltersProps {
  /** The work types to offer (the active ones are shown). */
  workTypes: ReadonlyArray<WorkType>;
  /** The TPSO's remembered choices and how to change them. */
  prefs: IQueuePrefsState;
}
