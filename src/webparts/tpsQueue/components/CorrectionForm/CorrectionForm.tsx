import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton } from '@fluentui/react/lib/Button';
import * as strings from 'TpsQueueWebPartStrings';
import { offeredWorkTypes } from '../../../../domain/workTypes';
import { ENQUIRY_REASONS } from '../../../../domain/enquiryValues';
import { useCorrection } from '../../hooks/useCorrection';
import { ActionError } from '../ActionError';
import type { ICorrectionFormProps } from './ICorrectionFormProps';

const REASON_OPTIONS: IDropdownOption[] = ENQUIRY_REASONS.map((r) => ({ key: r, text: r }));

/** Correcting the work type or reason of an enquiry posted under the wrong one: it moves to the right queue. */
export const CorrectionForm: React.FC<ICorrectionFormProps> = ({ panel }) => {
  const form = useCorrection(panel);
  const { disabled } = panel;
  const typeOptions: IDropdownOption[] = offeredWorkTypes(panel.workTypes).map((t) => ({ key: t.key, text: t.title }));
  if (typeOptions.every((o) => o.key !== panel.enquiry.workType)) {
    typeOptions.unshift({ key: panel.enquiry.workType, text: panel.enquiry.workType });
  }
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <h4 style={{ margin: 0 }}>{strings.CorrectHeading}</h4>
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 12 }}>
        <Dropdown
          label={strings.CorrectWorkType}
          options={typeOptions}
          selectedKey={form.workType}
          disabled={disabled}
          onChange={(_e, o) => o && form.setWorkType(String(o.key))}
          styles={{ root: { minWidth: 240 } }}
        />
        <Dropdown
          label={strings.CorrectReason}
          options={REASON_OPTIONS}
          selectedKey={form.reason || undefined}
          disabled={disabled}
          onChange={(_e, o) => o && form.setReason(String(o.key))}
          styles={{ root: { minWidth: 240 } }}
        />
      </Stack>
      <ActionError message={panel.errorIn('correct')} />
      <Stack horizontal={true}>
        <DefaultButton
          text={strings.Correct}
          onClick={() => {
            form.submit().catch(() => undefined);
          }}
          disabled={disabled || !form.changed}
        />
      </Stack>
    </Stack>
  );
};
