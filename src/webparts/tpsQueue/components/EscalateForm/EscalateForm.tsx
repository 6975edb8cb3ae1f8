import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'TpsQueueWebPartStrings';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { format } from '../../../../shared/text/format';
import { ESCALATION_CATEGORIES } from '../../../../domain/escalationCategories';
import { startOfToday } from '../../model';
import { useEscalateForm } from '../../hooks/useEscalateForm';
import { ActionError } from '../ActionError';
import { EpedPicker } from '../EpedPicker';
import type { IEscalateFormProps } from './IEscalateFormProps';
import { getClassNames } from './EscalateForm.styles';

const CATEGORY_OPTIONS: IDropdownOption[] = ESCALATION_CATEGORIES.map((c) => ({ key: c.key, text: c.title }));

/**
 * Escalate to an SSO (seed 002 item 8): category, ICT incident and NNU reference, entitlement and EPED for a
 * system issue referred to ICT, the DOC confirmation and a summary; the deadline the domain rules give is shown
 * before the TPSO confirms.
 */
export const EscalateForm: React.FC<IEscalateFormProps> = ({ panel }) => {
  const classes = getClassNames(useTheme());
  const [show, setShow] = React.useState<boolean>(false);
  const { fields, set, leaveIctIncident, messages, entitlementAsked, preview, submit } = useEscalateForm(panel);
  const { enquiry, disabled } = panel;
  const helpId: string = 'tps-entitlement-help-' + enquiry.id;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <h4 style={{ margin: 0 }}>{strings.EscalateHeading}</h4>
      <DefaultButton
        text={show ? strings.HideEscalate : strings.ShowEscalate}
        aria-expanded={show}
        onClick={() => setShow(!show)}
      />
      {show && (
        <Stack tokens={{ childrenGap: 8 }}>
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
            <div>{strings.EscalateGuidanceTime}</div>
            <div>{strings.EscalateGuidanceWebforms}</div>
            <div>{strings.EscalateGuidanceIct}</div>
          </MessageBar>
          <Dropdown
            label={strings.Category}
            required={true}
            options={CATEGORY_OPTIONS}
            selectedKey={fields.category || undefined}
            onChange={(_e, o) => set('category', o ? String(o.key) : '')}
            disabled={disabled}
            placeholder={strings.ChooseCategory}
            errorMessage={messages.category}
          />
          <Checkbox
            label={strings.ReferredToIct}
            checked={fields.referredToIct}
            onChange={(_e, v) => set('referredToIct', !!v)}
            disabled={disabled}
          />
          {fields.referredToIct && (
            <TextField
              label={strings.IctIncident}
              value={fields.ictIncident}
              required={true}
              description={strings.IctIncidentHelp}
              onChange={(_e, v) => set('ictIncident', v || '')}
              disabled={disabled}
              autoComplete="off"
              spellCheck={false}
              onBlur={leaveIctIncident}
              errorMessage={messages.ictIncident}
            />
          )}
          {entitlementAsked && (
            <Checkbox
              label={strings.AffectsEntitlement}
              checked={fields.affectsEntitlement}
              onChange={(_e, v) => set('affectsEntitlement', !!v)}
              disabled={disabled}
              ariaDescribedBy={helpId}
            />
          )}
          {entitlementAsked && (
            <Text id={helpId} block={true} variant="small">
              {strings.AffectsEntitlementHelp}
            </Text>
          )}
          {entitlementAsked && fields.affectsEntitlement && (
            <EpedPicker
              value={fields.eped}
              onChange={(d) => set('eped', d)}
              disabled={disabled}
              minDate={startOfToday(panel.now)}
            />
          )}
          <PrivacyTextField
            label={strings.NnuReference}
            value={fields.nnuReference}
            onChange={(v) => set('nnuReference', v)}
            disabled={disabled}
            description={strings.NnuReferenceHelp}
            errorMessage={messages.nnuReference}
          />
          <PrivacyTextField
            label={strings.EscalationSummary}
            value={fields.summary}
            onChange={(v) => set('summary', v)}
            multiline={true}
            rows={4}
            required={true}
            disabled={disabled}
            errorMessage={messages.summary}
          />
          <Checkbox
            label={strings.DocRecorded}
            checked={fields.docRecorded}
            onChange={(_e, v) => set('docRecorded', !!v)}
            disabled={disabled}
          />
          {messages.doc && (
            <Text block={true} variant="small" className={classes.error}>
              {messages.doc}
            </Text>
          )}
          {preview && (
            <Text block={true}>{format(strings.DeadlinePreview, preview.label, preview.dueAt.toLocaleString())}</Text>
          )}
          <ActionError message={messages.form} />
          <Stack horizontal={true}>
            <PrimaryButton text={strings.Escalate} onClick={submit} disabled={disabled} />
          </Stack>
        </Stack>
      )}
    </Stack>
  );
};
