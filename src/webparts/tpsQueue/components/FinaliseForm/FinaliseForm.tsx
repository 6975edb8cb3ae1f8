import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import * as strings from 'TpsQueueWebPartStrings';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { ReferenceLinks } from '../../../../shared/components/ReferenceLinks';
import { format } from '../../../../shared/text/format';
import { officerOf } from '../../model';
import { useFinaliseForm } from '../../hooks/useFinaliseForm';
import { ActionError } from '../ActionError';
import type { IFinaliseFormProps } from './IFinaliseFormProps';

/** References given, Comments, and "Finalise and notify SO" (or without mail for urgent QOL). */
export const FinaliseForm: React.FC<IFinaliseFormProps> = ({ panel }) => {
  const { fields, set, references, refsError, commentLimit, error, submit } = useFinaliseForm(panel);
  const { disabled } = panel;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <h4 style={{ margin: 0 }}>{strings.FinaliseHeading}</h4>
      <TextField
        label={strings.ReferencesGiven}
        description={strings.ReferencesGivenHelp}
        value={fields.refs}
        onChange={(_e, v) => set('refs', v || '')}
        errorMessage={refsError}
        disabled={disabled}
        required={true}
      />
      <ReferenceLinks label={strings.ReferenceLinks} numbers={references} />
      <PrivacyTextField label={strings.Comments} value={fields.comment} onChange={(v) => set('comment', v)} multiline={true} rows={4}
        required={true} disabled={disabled} description={strings.CommentsHelp + ' ' + commentLimit.text}
        errorMessage={commentLimit.over ? commentLimit.text : undefined} />
      <Checkbox label={strings.UrgentQol} checked={fields.urgentQol} onChange={(_e, v) => set('urgentQol', !!v)} disabled={disabled} />
      <Text block={true} variant="small">{fields.urgentQol ? strings.NoMailHelp : strings.MailHelp}</Text>
      {panel.finaliseProgress.mailSent && !fields.urgentQol && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>{format(strings.MailAlreadySent, officerOf(panel.enquiry))}</MessageBar>
      )}
      <ActionError message={error} />
      <Stack horizontal={true}>
        <PrimaryButton text={fields.urgentQol ? strings.FinaliseNoMail : strings.FinaliseAndNotify}
          onClick={() => { submit().catch(() => undefined); }} disabled={disabled} />
      </Stack>
    </Stack>
  );
};
