import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'AskTpsWebPartStrings';
import { format } from '../../../../shared/text/format';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { useFlagAnswer } from '../../hooks/useFlagAnswer';
import type { IFlagAnswerProps } from './IFlagAnswerProps';

/**
 * Flags an answer as technically incorrect (seed 004 feedback protocol): the detail, through the privacy guard,
 * goes to the answering TPSO's team leader (actions.flagAnswer).
 */
export const FlagAnswer: React.FC<IFlagAnswerProps> = ({ enquiry, onClose, onSent }) => {
  const flag = useFlagAnswer(enquiry, onSent);
  const tpso: string = enquiry.assigneeName || strings.SomeoneTps;

  if (flag.state.kind === 'sent') {
    return (
      <MessageBar messageBarType={MessageBarType.success} role="status" delayedRender={false}>
        {format(strings.FlagSentForReview, tpso)}
      </MessageBar>
    );
  }

  const sending: boolean = flag.state.kind === 'sending';
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <PrivacyTextField
        label={strings.FlagHeading}
        description={format(strings.FlagDescription, tpso)}
        value={flag.detail}
        onChange={flag.setDetail}
        multiline={true}
        rows={3}
        required={true}
        disabled={sending}
        errorMessage={flag.showEmpty ? strings.FlagEmpty : flag.showPrivacy ? strings.FlagPrivacy : undefined}
      />
      {flag.state.kind === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} role="alert" delayedRender={false}>
          <strong>{strings.FlagFailed}</strong> {flag.state.message}
        </MessageBar>
      )}
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={sending ? strings.FlagSending : strings.FlagSend} disabled={sending} onClick={flag.send} />
        <DefaultButton text={strings.FlagCancel} disabled={sending} onClick={onClose} />
      </Stack>
    </Stack>
  );
};
