import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import * as strings from 'TpsQueueWebPartStrings';
import { offeredWorkTypes } from '../../../../domain/workTypes';
import type { IQueueFiltersProps } from './IQueueFiltersProps';

/** Which work types the waiting queue shows (the TPSO's specialties marked), and sound on arrivals. */
export const QueueFilters: React.FC<IQueueFiltersProps> = ({ workTypes, prefs }) => {
  const options: IDropdownOption[] = offeredWorkTypes(workTypes).map((t) => ({
    key: t.key,
    text: t.title + (prefs.specialties.indexOf(t.key) >= 0 ? strings.SpecialtyMark : '')
  }));
  return (
    <Stack horizontal={true} wrap={true} verticalAlign="end" tokens={{ childrenGap: 16 }}>
      <Dropdown
        label={strings.WorkTypesLabel}
        multiSelect={true}
        selectedKeys={prefs.chosen}
        options={options}
        onChange={(_e, option) => {
          if (option) prefs.choose(String(option.key), !!option.selected);
        }}
        styles={{ dropdown: { minWidth: 280 } }}
      />
      <DefaultButton text={strings.MySpecialties} onClick={prefs.chooseSpecialties} />
      <Checkbox label={strings.SoundLabel} checked={!!prefs.prefs.sound} onChange={(_e, v) => prefs.setSound(!!v)} />
    </Stack>
  );
};
