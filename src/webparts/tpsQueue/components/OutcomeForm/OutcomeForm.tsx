import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import type { IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { DefaultButton } from '@fluentui/react/lib/Button';
import * as strings from 'TpsQueueWebPartStrings';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import type { TpsOutcome } from '../../../../domain/tpsOutcomes';
import { outcomeText } from '../../model';
import { useOutcome } from '../../hooks/useOutcome';
import { ActionError } from '../ActionError';
import type { IOutcomeFormProps } from './IOutcomeFormProps';

const OPTIONS: IChoiceGroupOption[] = [
  { key: 'WarmTransferTeamLeader', text: outcomeText('WarmTransferTeamLeader') },
  { key: 'ConfirmOnly', text: outcomeText('ConfirmOnly') }
];

/** Ending a contact with an outcome other than an answer; the officer is notified in neutral words. */
export const OutcomeForm: React.FC<IOutcomeFormProps> = ({ panel }) => {
  const form = useOutcome(panel);
  const { disabled } = panel;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <h4 style={{ margin: 0 }}>{strings.OutcomeHeading}</h4>
      <Text block={true} variant="small">
        {strings.OutcomeHelp}
      </Text>
      <ChoiceGroup
        label={strings.OutcomeLabel}
        options={OPTIONS}
        selectedKey={form.outcome || null}
        disabled={disabled}
        onChange={(_e, o) => form.setOutcome(((o && o.key) || '') as TpsOutcome | '')}
      />
      <PrivacyTextField
        label={strings.OutcomeNote}
        value={form.comment}
        onChange={form.setComment}
        disabled={disabled}
        multiline={true}
        rows={2}
      />
      <ActionError message={panel.errorIn('outcome')} />
      <Stack horizontal={true}>
        <DefaultButton
          text={strings.RecordOutcome}
          onClick={() => {
            form.submit().catch(() => undefined);
          }}
          disabled={disabled || !form.outcome}
        />
      </Stack>
    </Stack>
  );
};
