import type { PrivacyFinding, ScanOptions } from '../../../domain/privacy';

/** Props of {@link PrivacyTextField}: a Fluent TextField that runs the privacy guard as the person types. */
export interface IPrivacyTextFieldProps {
  /** Visible label. */
  label: string;
  /** Current text (controlled). */
  value: string;
  /** Called with the new text: typed, or after a one-click replacement. */
  onChange: (value: string) => void;
  /** Multi-line (a textarea). */
  multiline?: boolean;
  /** Rows when multi-line. */
  rows?: number;
  /** Marks the field required. */
  required?: boolean;
  /** Read-only while something else happens (e.g. posting). */
  disabled?: boolean;
  /** Helper text under the field (tied to it with aria-describedby). */
  description?: string;
  /** A validation message from the owner of the value (e.g. "Enter the question"); shown under the field. */
  errorMessage?: string;
  /** Placeholder text. */
  placeholder?: string;
  /** Fixed id for the input (otherwise generated). */
  id?: string;
  /**
   * Offered on CRN findings: moves the CRN into its own field. The field replaces the CRN in the text with its
   * placeholder (`[CRN]`) right after calling this, so the owner only has to fill the other field.
   */
  onMoveToField?: (finding: PrivacyFinding) => void;
  /** Label of the move button, e.g. "Move to CRN field". Required with `onMoveToField`. */
  moveToFieldLabel?: string;
  /** Called whenever the text starts or stops holding something that must be removed (checked on every change). */
  onValidityChange?: (hasBlocking: boolean) => void;
  /** Passed to the guard (tests fix "today"). */
  scanOptions?: ScanOptions;
  /** Delay before the list of findings refreshes while typing, in ms (paste and replacements show at once). */
  debounceMs?: number;
}
