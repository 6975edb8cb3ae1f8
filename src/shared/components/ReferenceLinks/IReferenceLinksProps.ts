/** Props of {@link ReferenceLinks}. */
export interface IReferenceLinksProps {
  /** Text before the links, e.g. "References given:". */
  label: string;
  /** Valid Operational Blueprint numbers (e.g. from parseReferences(text).valid). */
  numbers: ReadonlyArray<string>;
}
