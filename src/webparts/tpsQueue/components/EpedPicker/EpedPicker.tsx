import * as React from 'react';
import { DatePicker, defaultDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import type { IDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import * as strings from 'TpsQueueWebPartStrings';
import { formatDayMonthYear, parseDayMonthYear } from '../../model';
import type { IEpedPickerProps } from './IEpedPickerProps';

/**
 * The customer's Entitlement Period End Date: typed as dd/mm/yyyy (keyboard first) or chosen from Fluent's
 * calendar. Optional; Fluent shows the parse and range messages under the field.
 */
export const EpedPicker: React.FC<IEpedPickerProps> = ({ value, onChange, disabled, minDate }) => {
  const pickerStrings: IDatePickerStrings = React.useMemo(
    () => ({
      ...defaultDatePickerStrings,
      goToToday: strings.EpedGoToToday,
      prevMonthAriaLabel: strings.EpedPrevMonth,
      nextMonthAriaLabel: strings.EpedNextMonth,
      prevYearAriaLabel: strings.EpedPrevYear,
      nextYearAriaLabel: strings.EpedNextYear,
      closeButtonAriaLabel: strings.EpedClose,
      invalidInputErrorMessage: strings.EpedInvalid,
      isOutOfBoundsErrorMessage: strings.EpedPast
    }),
    []
  );
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
