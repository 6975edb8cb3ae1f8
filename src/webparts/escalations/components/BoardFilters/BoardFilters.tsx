import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'EscalationsWebPartStrings';
import { ESCALATION_CATEGORIES } from '../../../../domain/escalationCategories';
import { format } from '../../../../shared/text/format';
import type { AssignedFilter } from '../../model';
import type { IBoardFiltersProps } from './IBoardFiltersProps';

const CATEGORY_OPTIONS: IDropdownOption[] = [{ key: '', text: strings.CategoryAll }].concat(
  ESCALATION_CATEGORIES.map((c) => ({ key: c.key, text: c.title }))
);

const ASSIGNED_OPTIONS: IDropdownOption[] = [
  { key: 'everyone', text: strings.AssignedEveryone },
  { key: 'me', text: strings.AssignedMe },
  { key: 'unassigned', text: strings.AssignedUnassigned }
];

/** The board's filters: centre, category, assigned to, overdue only. */
export const BoardFilters: React.FC<IBoardFiltersProps> = ({ filters, onChange, centreName }) => {
  const centreOptions: IDropdownOption[] = [
    { key: 'mine', text: centreName ? format(strings.CentreMine, centreName) : strings.CentreMineUnknown },
    { key: 'all', text: strings.CentreAll }
  ];
  return (
    <Stack
      horizontal={true}
      wrap={true}
      tokens={{ childrenGap: 12 }}
      verticalAlign="end"
      role="group"
      aria-label={strings.FiltersLabel}
    >
      <Dropdown
        label={strings.CentreFilter}
        options={centreOptions}
        selectedKey={filters.centre}
        styles={{ root: { minWidth: 180 } }}
        onChange={(_, o) => o && onChange({ ...filters, centre: o.key === 'all' ? 'all' : 'mine' })}
      />
      <Dropdown
        label={strings.CategoryFilter}
        options={CATEGORY_OPTIONS}
        selectedKey={filters.category}
        styles={{ root: { minWidth: 220 } }}
        onChange={(_, o) => o && onChange({ ...filters, category: String(o.key) })}
      />
      <Dropdown
        label={strings.AssignedFilter}
        options={ASSIGNED_OPTIONS}
        selectedKey={filters.assigned}
        styles={{ root: { minWidth: 140 } }}
        onChange={(_, o) => o && onChange({ ...filters, assigned: o.key as AssignedFilter })}
      />
      <Checkbox
        label={strings.OverdueOnly}
        checked={filters.overdueOnly}
        onChange={(_, checked) => onChange({ ...filters, overdueOnly: !!checked })}
      />
    </Stack>
  );
};
