import type { IEnquiry } from '../../../../data/stores/types';
import type { WorkType } from '../../../../domain/workTypes';
import type { QueueViewKey } from '../../model';

/** Props of {@link QueueList}. */
export interface IQueueListProps {
  /** Which view the rows belong to: it decides the time column and whether the status shows. */
  view: QueueViewKey;
  /** Rows in the order to show them. */
  items: IEnquiry[];
  /** The enquiry open in the panel, marked as current in its row. */
  selectedId: number | undefined;
  /** Opens an enquiry in the panel. */
  onOpen: (e: IEnquiry) => void;
  /** More than one page matched: say so (the TPSO narrows by work type). */
  hasMore: boolean;
  /** Work types for titles and guideline minutes (the Work Types list, or the built-in ones until it is read). */
  workTypes: ReadonlyArray<WorkType>;
}
