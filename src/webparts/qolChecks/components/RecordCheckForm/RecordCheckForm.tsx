import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ComboBox } from '@fluentui/react/lib/ComboBox';
import type { IComboBoxOption } from '@fluentui/react/lib/ComboBox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'QolChecksWebPartStrings';
import { assessQol, FOUR_PILLARS, NON_CRITICAL_ERROR_KINDS } from '../../../../domain/qol';
import { offeredWorkTypes } from '../../../../domain/workTypes';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { useWorkTypes } from '../../../../shared/hooks/useWorkTypes';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import { useCheckDraft } from '../../hooks/useCheckDraft';
import { enquiryIdOf, useRecordCheck } from '../../hooks/useRecordCheck';
import { errorKindWords, outcomeWords } from '../words';
import type { IRecordCheckFormProps } from './IRecordCheckFormProps';
import { getClassNames } from './RecordCheckForm.styles';

/**
 * Record a QOL check (seed 000: TPSOs QOL-check Smart Centre work): who, which work type and activity, which of the
 * Four Pillars failed and any non-critical errors. The outcome is shown as the domain computes it, never chosen.
 * A failed save keeps every field as typed; saving again lands once.
 */
const RecordCheckForm: React.FC<IRecordCheckFormProps> = ({ onRecorded, onClose, claim }) => {
  const { data } = useServices();
  const classes = getClassNames(useTheme());
  const headingId: string = React.useMemo(() => getId('qolRecord'), []);
  const [form, dispatch] = useCheckDraft(claim);
  const { people, peopleError, save, submit } = useRecordCheck(claim);
  const workTypes = useWorkTypes(data);
  const [enquiryError, setEnquiryError] = React.useState<string>('');
  const ensureTypes = workTypes.ensureLoaded;
  React.useEffect(() => ensureTypes(), [ensureTypes]);

  const verdict = assessQol(form.pillarsFailed, form.nonCriticalErrors.length);
  const outcomeLine: string = format(
    verdict.requiresSendBack
      ? strings.OutcomeSentBack
      : verdict.requiresFeedback
        ? strings.OutcomeFeedback
        : strings.OutcomeNoFeedback,
    outcomeWords(verdict.outcome)
  );
  const peopleOptions: IComboBoxOption[] = people.map((p) => ({ key: p.key, text: p.title + ' (' + p.key + ')' }));
  const workTypeOptions: IDropdownOption[] = offeredWorkTypes(workTypes.types).map((t) => ({
    key: t.key,
    text: t.title
  }));
  const busy: boolean = save.busy;

  const onSave = async (): Promise<void> => {
    if (form.enquiryId.trim() && enquiryIdOf(form.enquiryId) === undefined) {
      setEnquiryError(strings.EnquiryIdInvalid);
      return;
    }
    setEnquiryError('');
    const recorded = await submit(form);
    if (recorded) {
      const person = people.filter((p) => p.key === recorded.check.officerKey)[0];
      if (!claim) {
        dispatch({ type: 'reset' });
      }
      onRecorded(recorded, person ? person.title : recorded.check.officerKey);
    }
  };

  return (
    // noValidate: the browser's own "fill in this field" bubble would stop the save before the rules' plain words show.
    <form
      className={classes.root}
      aria-labelledby={headingId}
      noValidate={true}
      onSubmit={(e) => {
        e.preventDefault();
        onSave().catch(() => undefined);
      }}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h3" variant="large" id={headingId} block={true}>
          {claim
            ? format(
                strings.UrgentRecordHeading,
                format(strings.UrgentRow, claim.workType, claim.activityRef, claim.officerKey)
              )
            : strings.RecordHeading}
        </Text>
        {peopleError && (
          <MessageBar messageBarType={MessageBarType.warning}>{format(strings.PeopleFailed, peopleError)}</MessageBar>
        )}
        {!claim && (
          <ComboBox
            label={strings.OfficerLabel}
            placeholder={strings.OfficerPlaceholder}
            options={peopleOptions}
            selectedKey={form.officerKey || null} // eslint-disable-line @rushstack/no-new-null
            autoComplete="on"
            allowFreeform={false}
            useComboBoxAsMenuWidth={true}
            required={true}
            disabled={busy}
            onChange={(_e, option) =>
              dispatch({ type: 'set', field: 'officerKey', value: option ? String(option.key) : '' })
            }
          />
        )}
        {!claim && (
          <Dropdown
            label={strings.WorkTypeLabel}
            options={workTypeOptions}
            selectedKey={form.workType || null} // eslint-disable-line @rushstack/no-new-null
            required={true}
            disabled={busy}
            onChange={(_e, option) => {
              if (option) {
                dispatch({ type: 'set', field: 'workType', value: String(option.key) });
              }
            }}
          />
        )}
        <PrivacyTextField
          label={strings.ActivityRefLabel}
          description={strings.ActivityRefHelp}
          value={form.activityRef}
          required={true}
          disabled={busy}
          onChange={(v) => dispatch({ type: 'set', field: 'activityRef', value: v })}
        />
        <fieldset className={classes.fieldset}>
          <legend className={classes.legend}>{strings.PillarsLabel}</legend>
          <Stack tokens={{ childrenGap: 6 }}>
            {FOUR_PILLARS.map((p) => (
              <Checkbox
                key={p.key}
                label={p.title}
                checked={form.pillarsFailed.indexOf(p.key) >= 0}
                disabled={busy}
                onChange={(_e, checked) => dispatch({ type: 'pillar', pillar: p.key, failed: !!checked })}
              />
            ))}
          </Stack>
        </fieldset>
        <fieldset className={classes.fieldset}>
          <legend className={classes.legend}>{strings.NonCriticalLabel}</legend>
          <Stack tokens={{ childrenGap: 6 }}>
            {NON_CRITICAL_ERROR_KINDS.map((k) => (
              <Checkbox
                key={k}
                label={errorKindWords(k)}
                checked={form.nonCriticalErrors.indexOf(k) >= 0}
                disabled={busy}
                onChange={(_e, checked) => dispatch({ type: 'error', kind: k, found: !!checked })}
              />
            ))}
          </Stack>
        </fieldset>
        <div role="status" aria-live="polite" className={classes.outcome} data-testid="qol-outcome">
          {strings.OutcomeLabel}: {outcomeLine}
        </div>
        <PrivacyTextField
          label={strings.FeedbackLabel}
          value={form.feedback}
          multiline={true}
          rows={4}
          required={verdict.requiresFeedback}
          disabled={busy}
          onChange={(v) => dispatch({ type: 'set', field: 'feedback', value: v })}
        />
        {!claim && (
          <TextField
            label={strings.EnquiryIdLabel}
            value={form.enquiryId}
            inputMode="numeric"
            autoComplete="off"
            disabled={busy}
            errorMessage={enquiryError || undefined}
            onChange={(_e, v) => dispatch({ type: 'set', field: 'enquiryId', value: v || '' })}
          />
        )}
        {save.error && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">
            {save.error}
          </MessageBar>
        )}
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={busy ? strings.Saving : strings.SaveCheck} disabled={busy} />
          <DefaultButton text={strings.CloseRecordForm} onClick={onClose} disabled={busy} />
        </Stack>
      </Stack>
    </form>
  );
};

export default RecordCheckForm;
