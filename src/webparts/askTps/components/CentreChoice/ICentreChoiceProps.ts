import type { CentreTimeZone, OfficerCentre } from '../../../../domain/centres';

/** Props of {@link CentreChoice}. */
export interface ICentreChoiceProps {
  /** The officer's centre as known now (chosen and remembered, or not known yet). */
  centre: OfficerCentre;
  /** Chooses and remembers the centre. */
  onChoose: (timeZone: CentreTimeZone) => void;
  /** The error to show (e.g. not chosen when posting). */
  errorMessage?: string;
  /** While posting. */
  disabled?: boolean;
}
