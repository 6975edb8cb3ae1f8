import type { IEscalation } from '../../../../data/stores/types';

export interface IEscalationDetailProps {
  /** The escalation as the board last read it. */
  escalation: IEscalation;
  /** Called with the escalation as saved (the board shows it at once). */
  onChanged: (escalation: IEscalation) => void;
  /** Called with a sentence for the board's live region. */
  onAnnounce: (text: string) => void;
  onClose: () => void;
}
