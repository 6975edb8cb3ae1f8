import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import type { IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'QolChecksWebPartStrings';
import { URGENT_QOL_REASONS } from '../../../../domain/qol';
import { offeredWorkTypes } from '../../../../domain/workTypes';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { useWorkTypes } from '../../../../shared/hooks/useWorkTypes';
import { useServices } from '../../../../shared/services';
import type { IUrgentRequestDraft } from '../../actions';
import { useRequestUrgent } from '../../hooks/useUrgent';
import type { IRequestUrgentFormProps } from './IRequestUrgentFormProps';
import { getClassNames } from './RequestUrgentForm.styles';

const OTHER: string = 'Other';
const EMPTY: IUrgentRequestDraft = { workType: '', reason: '', activityRef: '' };

/**
 * An officer asks for an urgent QOL (the public Urgent QOL page: immediate customer impact or business-critical
 * work). "Something else" is offered so the refusal can say, in plain words, what urgent QOL is for.
 */
const RequestUrgentForm: React.FC<IRequestUrgentFormProps> = ({ onSent, onClose }) => {
  const { data } = useServices();
  const classes = getClassNames(useTheme());
  const headingId: string = React.useMemo(() => getId('qolUrgent'), []);
  const [draft, setDraft] = React.useState<IUrgentRequestDraft>(EMPTY);
  const workTypes = useWorkTypes(data);
  const ensureTypes = workTypes.ensureLoaded;
  React.useEffect(() => ensureTypes(), [ensureTypes]);
  const { save, send } = useRequestUrgent(onSent);
  const reasons: IChoiceGroupOption[] = URGENT_QOL_REASONS.map((r): IChoiceGroupOption => ({
    key: r.key,
    text: r.title
  })).concat([{ key: OTHER, text: strings.UrgentReasonOther }]);

  const onSubmit = (e: React.FormEvent): void => {
    e.preventDefault();
    send(draft).then(
      (ok) => {
        if (ok) {
          setDraft(EMPTY);
        }
      },
      () => undefined
    );
  };

  return (
    <form className={classes.root} aria-labelledby={headingId} noValidate={true} onSubmit={onSubmit}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h4" variant="mediumPlus" id={headingId} block={true}>
          {strings.UrgentRequestHeading}
        </Text>
        <Text block={true}>{strings.UrgentRequestIntro}</Text>
        <Dropdown
          label={strings.WorkTypeLabel}
          required={true}
          disabled={save.busy}
          options={offeredWorkTypes(workTypes.types).map((t) => ({ key: t.key, text: t.title }))}
          selectedKey={draft.workType || null} // eslint-disable-line @rushstack/no-new-null
          onChange={(_e, o) => {
            if (o) {
              setDraft({ ...draft, workType: String(o.key) });
            }
          }}
        />
        <ChoiceGroup
          label={strings.UrgentReasonLabel}
          required={true}
          disabled={save.busy}
          options={reasons}
          selectedKey={draft.reason || null} // eslint-disable-line @rushstack/no-new-null
          onChange={(_e, o) => {
            if (o) {
              setDraft({ ...draft, reason: String(o.key) });
            }
          }}
        />
        <PrivacyTextField
          label={strings.ActivityRefLabel}
          description={strings.ActivityRefHelp}
          required={true}
          disabled={save.busy}
          value={draft.activityRef}
          onChange={(v) => setDraft({ ...draft, activityRef: v })}
        />
        {save.error && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">
            {save.error}
          </MessageBar>
        )}
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={save.busy ? strings.Saving : strings.UrgentSend} disabled={save.busy} />
          <DefaultButton text={strings.CloseRecordForm} onClick={onClose} disabled={save.busy} />
        </Stack>
      </Stack>
    </form>
  );
};

export default RequestUrgentForm;
