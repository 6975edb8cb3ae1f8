import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { format } from '../../../../shared/text/format';
import { takeOverAtOnce } from '../../../../domain/queuePriority';
import * as strings from 'TpsQueueWebPartStrings';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { clockOf } from '../../model';
import { useTakeOver } from '../../hooks/useTakeOver';
import { ActionError } from '../ActionError';
import type { ITakeOverFormProps } from './ITakeOverFormProps';

/** Take the enquiry over from the officer (with a reason), or release it to the queue. */
export const TakeOverForm: React.FC<ITakeOverFormProps> = ({ panel }) => {
  const form = useTakeOver(panel);
  const { disabled } = panel;
  const clock = clockOf(panel.enquiry, panel.now, panel.workTypes);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <h4 style={{ margin: 0 }}>{strings.TakeOverHeading}</h4>
      {takeOverAtOnce(panel.enquiry) ? (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline={true}>
          {strings.TechnicalExpertTakeOver}
        </MessageBar>
      ) : clock.suggestTakeOver ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
          {strings.SuggestTakeOver}
        </MessageBar>
      ) : (
        <Text block={true} variant="small">
          {strings.TakeOverHelp}
        </Text>
      )}
      <Checkbox
        label={format(strings.ComplexClaim, clock.guidelineMinutes)}
        checked={!!panel.enquiry.complex}
        disabled={disabled}
        onChange={(_e, v) => {
          form.setComplex(!!v).catch(() => undefined);
        }}
      />
      <ActionError message={panel.errorIn('complex')} />
      <PrivacyTextField
        label={strings.TakeOverReason}
        value={form.reason}
        onChange={form.setReason}
        disabled={disabled}
        errorMessage={form.reasonError}
      />
      <ActionError message={panel.errorIn('takeOver')} />
      <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
        <DefaultButton
          text={strings.TakeOver}
          onClick={() => {
            form.takeOver().catch(() => undefined);
          }}
          disabled={disabled || !!form.reasonError}
        />
        <DefaultButton
          text={strings.Release}
          onClick={() => {
            form.release().catch(() => undefined);
          }}
          disabled={disabled}
        />
      </Stack>
    </Stack>
  );
};
