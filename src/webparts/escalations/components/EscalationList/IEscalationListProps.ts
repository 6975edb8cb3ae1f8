import type { IBoardRow } from '../../model';

export interface IEscalationListProps {
  /** The rows to show, in board order. */
  rows: IBoardRow[];
  /** The escalation open in the detail (its row is marked). */
  selectedId: number | undefined;
  /** Opens one escalation. */
  onOpen: (id: number) => void;
}
