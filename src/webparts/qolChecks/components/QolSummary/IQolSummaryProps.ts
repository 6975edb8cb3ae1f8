/** Props of {@link QolSummary}. */
export interface IQolSummaryProps {
  /** "Now" for the period choices (tests fix it). */
  now?: Date;
}
