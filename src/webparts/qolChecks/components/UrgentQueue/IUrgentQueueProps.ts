import type { IQolCheck } from '../../../../data/stores/types';
import type { IUrgentRow } from '../../model';

/** Props of {@link UrgentQueue}. */
export interface IUrgentQueueProps {
  /** The checker's urgent requests, oldest first (model `urgentQueue`). */
  rows: IUrgentRow[];
  /** A claim landed (this checker's). */
  onClaimed(claim: IQolCheck): void;
  /** A claim was lost: read the queue again to show who has it. */
  onLost(): void;
  /** Opens the record form on a claim this checker holds. */
  onRecord(claim: IQolCheck): void;
  /** Words for the live region. */
  onAnnounce(text: string): void;
}
