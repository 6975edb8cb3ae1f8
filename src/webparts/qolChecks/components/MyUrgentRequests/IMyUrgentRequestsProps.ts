import type { IMyUrgentRow } from '../../model';

/** Props of {@link MyUrgentRequests}. */
export interface IMyUrgentRequestsProps {
  /** The officer's urgent requests, newest first, with their results once checked. */
  rows: IMyUrgentRow[];
}
