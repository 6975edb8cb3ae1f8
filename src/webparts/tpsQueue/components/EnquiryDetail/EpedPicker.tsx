import * as React from 'react';
import { DatePicker, defaultDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import type { IDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import * as strings from 'TpsQueueWebPartStrings';

/** Props of {@link EpedPicker}. */
export interface IEpedPickerProps {
  /** The picked date (local midnight), or undefined. */
  value: Date | undefined;
  onChange: (value: Date | undefined) => void;
  disabled?: boolean;
  /** Dates before this (local midnight) are refused. */
  minDate: Date;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** `dd/mm/yyyy`, as Australian officers write dates. */
export function formatDayMonthYear(d?: Date): string {
  return d ? pad2(d.getDate()) + '/' + pad2(d.getMonth() + 1) + '/' + d.getFullYear() : '';
}

/** Parses `d/m/yyyy` (also with `-` or `.`); `null` for anything else or a day that does not exist. */
// eslint-disable-next-line @rushstack/no-new-null -- Fluent's parseDateFromString contract returns null
export function parseDayMonthYear(text: string): Date | null {
  const m: RegExpExecArray | null = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text || '');
  if (!m) {
    return null;
  }
  const day: number = Number(m[1]);
  const month: number = Number(m[2]) - 1;
  const year: number = Number(m[3]);
  const d: Date = new Date(year, month, day);
  return d.getFullYear() === year && d.getMonth() === month && d.getDate() === day ? d : null;
}

/**
 * The customer's Entitlement Period End Date: typed as dd/mm/yyyy (keyboard first) or chosen from Fluent's
 * calendar. Optional; Fluent shows the parse and range messages under the field.
 */
export const EpedPicker: React.FC<IEpedPickerProps> = ({ value, onChange, disabled, minDate }) => {
  const pickerStrings: IDatePickerStrings = React.useMemo(() => ({
    ...defaultDatePickerStrings,
    goToToday: strings.EpedGoToToday,
    prevMonthAriaLabel: strings.EpedPrevMonth,
    nextMonthAriaLabel: strings.EpedNextMonth,
    prevYearAriaLabel: strings.EpedPrevYear,
    nextYearAriaLabel: strings.EpedNextYear,
    closeButtonAriaLabel: strings.EpedClose,
    invalidInputErrorMessage: strings.EpedInvalid,
    isOutOfBoundsErrorMessage: strings.EpedPast
  }), []);
  return (
    <DatePicker
      label={strings.Eped}
      value={value}
      onSelectDate={(d) => onChange(d || undefined)}
      allowTextInput={true}
      formatDate={formatDayMonthYear}
      parseDateFromString={parseDayMonthYear}
      placeholder={strings.EpedPlaceholder}
      minDate={minDate}
      disabled={disabled}
      strings={pickerStrings}
      pickerAriaLabel={strings.EpedCalendarAria}
      textField={{ description: strings.EpedHelp, autoComplete: 'off' }}
      styles={{ root: { maxWidth: 280 } }}
    />
  );
};
