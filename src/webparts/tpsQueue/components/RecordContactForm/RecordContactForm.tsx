import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { ComboBox } from '@fluentui/react/lib/ComboBox';
import type { IComboBoxOption } from '@fluentui/react/lib/ComboBox';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { TextField } from '@fluentui/react/lib/TextField';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'TpsQueueWebPartStrings';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { offeredWorkTypes } from '../../../../domain/workTypes';
import { ENQUIRY_REASONS, REFERENCES_CHECKED } from '../../../../domain/enquiryValues';
import { CENTRE_TIME_ZONES } from '../../../../domain/centres';
import { RECORDED_CONTACT_SOURCES } from '../../../../domain/tpsOutcomes';
import type { ContactSource } from '../../../../domain/tpsOutcomes';
import { contactSourceText } from '../../model';
import { useRecordContact } from '../../hooks/useRecordContact';
import { useSitePeople } from '../../hooks/useSitePeople';
import { getClassNames } from '../EnquiryDetail/EnquiryDetail.styles';
import type { IRecordContactFormProps } from './IRecordContactFormProps';

const SOURCE_OPTIONS: IDropdownOption[] = RECORDED_CONTACT_SOURCES.map((s) => ({ key: s, text: contactSourceText(s) }));
const REASON_OPTIONS: IDropdownOption[] = ENQUIRY_REASONS.map((r) => ({ key: r, text: r }));
const CENTRE_OPTIONS: IDropdownOption[] = CENTRE_TIME_ZONES.map((c) => ({ key: c.timeZone, text: c.label }));

/**
 * Recording a contact that did not start in Ask TPS (seed 002 item 7): phone, Teams, walk-up, or a customer call
 * the TPSO took (seed 002 item 8: it can go to an SSO directly). The same fields an officer posts, and the officer
 * it was for; it is claimed for the TPSO at once, so finalise, an outcome or an escalation follow in the panel.
 */
export const RecordContactForm: React.FC<IRecordContactFormProps> = ({ workTypes, onRecorded, onCancel }) => {
  const classes = getClassNames(useTheme());
  const form = useRecordContact(onRecorded);
  const { people, error: peopleError } = useSitePeople(true);
  const { fields, set } = form;
  const disabled: boolean = !!form.busy;
  const personOptions: IComboBoxOption[] = people.map((p) => ({ key: p.key, text: p.name + ' (' + p.key + ')' }));
  const known: boolean = personOptions.some((o) => o.key === fields.officerKey);
  const typeOptions: IDropdownOption[] = offeredWorkTypes(workTypes).map((t) => ({ key: t.key, text: t.title }));
  return (
    <section className={classes.panel} aria-labelledby="record-contact-heading">
      <Stack tokens={{ childrenGap: 8 }}>
        <h3 id="record-contact-heading" className={classes.heading}>
          {strings.RecordContactHeading}
        </h3>
        <Text block={true} variant="small">
          {strings.RecordContactHelp}
        </Text>
        <Dropdown
          label={strings.ContactSource}
          required={true}
          options={SOURCE_OPTIONS}
          selectedKey={fields.contactSource || null}
          onChange={(_e, o) => o && set('contactSource', o.key as ContactSource)}
          disabled={disabled}
        />
        <ComboBox
          label={strings.ContactOfficer}
          required={true}
          options={personOptions}
          allowFreeform={true}
          autoComplete="on"
          selectedKey={known ? fields.officerKey : null}
          text={known ? undefined : fields.officerKey}
          disabled={disabled}
          onChange={(_e, o, _i, value) => set('officerKey', String(o ? o.key : value || '').toLowerCase())}
          errorMessage={peopleError || undefined}
        />
        <Dropdown
          label={strings.ContactCentre}
          required={true}
          placeholder={strings.ContactCentrePlaceholder}
          options={CENTRE_OPTIONS}
          selectedKey={fields.centreTimeZone || null} // eslint-disable-line @rushstack/no-new-null
          onChange={(_e, o) => o && set('centreTimeZone', String(o.key))}
          disabled={disabled}
        />
        <Dropdown
          label={strings.ColWorkType}
          required={true}
          options={typeOptions}
          selectedKey={fields.workType || null}
          onChange={(_e, o) => o && set('workType', String(o.key))}
          disabled={disabled}
        />
        <Dropdown
          label={strings.ColReason}
          required={true}
          options={REASON_OPTIONS}
          selectedKey={fields.reason || null}
          onChange={(_e, o) => o && set('reason', String(o.key))}
          disabled={disabled}
        />
        <Dropdown
          label={strings.ReferencesChecked}
          multiSelect={true}
          options={REFERENCES_CHECKED.map((r) => ({ key: r, text: r }))}
          selectedKeys={fields.referencesChecked}
          disabled={disabled}
          onChange={(_e, o) =>
            o &&
            set(
              'referencesChecked',
              o.selected
                ? fields.referencesChecked.concat([String(o.key)])
                : fields.referencesChecked.filter((k) => k !== o.key)
            )
          }
        />
        <PrivacyTextField
          label={strings.Question}
          value={fields.question}
          onChange={(v) => set('question', v)}
          multiline={true}
          rows={3}
          required={true}
          disabled={disabled}
          onMoveToField={(finding) => form.moveCrn(finding.match)}
          moveToFieldLabel={strings.ContactMoveToCrn}
        />
        <TextField
          label={strings.ContactCrn}
          description={strings.ContactCrnHelp}
          value={fields.crn}
          onChange={(_e, v) => set('crn', v || '')}
          onBlur={form.leaveCrn}
          errorMessage={form.crnError || undefined}
          autoComplete="off"
          maxLength={16}
          disabled={disabled}
        />
        <Checkbox
          label={strings.ColOnHold}
          checked={fields.customerOnHold}
          onChange={(_e, v) => set('customerOnHold', !!v)}
          disabled={disabled}
        />
        <Checkbox
          label={strings.ContactStopPayment}
          checked={fields.stopPayment}
          onChange={(_e, v) => set('stopPayment', !!v)}
          disabled={disabled}
        />
        {form.error && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {form.error}
          </MessageBar>
        )}
        {form.busy && <Spinner size={SpinnerSize.small} label={form.busy} ariaLive="polite" />}
        <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
          <PrimaryButton
            text={strings.RecordContact}
            onClick={() => {
              form.submit().catch(() => undefined);
            }}
            disabled={disabled}
          />
          <DefaultButton text={strings.Close} onClick={onCancel} disabled={disabled} />
        </Stack>
      </Stack>
    </section>
  );
};
