/** Props of {@link EpedPicker}. */
export interface IEpedPickerProps {
  /** The picked date (local midnight), or undefined. */
  value: Date | undefined;
  /** A date was picked or typed (undefined when cleared). */
  onChange: (value: Date | undefined) => void;
  /** True while an action runs. */
  disabled?: boolean;
  /** Dates before this (local midnight) are refused. */
  minDate: Date;
}
