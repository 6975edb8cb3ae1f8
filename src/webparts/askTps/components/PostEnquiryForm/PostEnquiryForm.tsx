import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import type { IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { TextField } from '@fluentui/react/lib/TextField';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { getId } from '@fluentui/react/lib/Utilities';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'AskTpsWebPartStrings';
import { DEFAULT_WORK_TYPES, offeredWorkTypes } from '../../../../domain/workTypes';
import type { WorkType } from '../../../../domain/workTypes';
import type { PrivacyFinding } from '../../../../domain/privacy';
import { ENQUIRY_REASONS, REFERENCES_CHECKED } from '../../../../domain/enquiryValues';
import { resourcesFor, TASK_CARD_WORK_TYPE } from '../../../../domain/resources';
import { useNow } from '../../../../shared/hooks/useNow';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { ReferenceLinks } from '../../../../shared/components/ReferenceLinks';
import { format } from '../../../../shared/text/format';
import { isActiveKey, QUESTION_MAX_LENGTH, REASON_LABELS, REFERENCE_LABELS } from '../../model';
import type { FieldName } from '../../model';
import { useEnquiryDraft } from '../../hooks/useEnquiryDraft';
import type { IPostEnquiryFormProps } from './IPostEnquiryFormProps';
import { getClassNames } from './PostEnquiryForm.styles';
import { CentreChoice } from '../CentreChoice';
import { StopPaymentGuidance } from '../StopPaymentGuidance';

/** The reason a stop payment request is about (seed 002 item 10: incorrect arrears). */
const ARREARS_REASON: string = ENQUIRY_REASONS[0];

/** A field's error line, for groups that have no errorMessage of their own. */
const FieldError: React.FC<{ id: string; text: string; className: string }> = ({ id, text, className }) => (
  <Text id={id} variant="small" block={true} className={className}>
    {text}
  </Text>
);

/**
 * The Service Officer's posting form (issue 3 "Posting"): work type, reason, references checked, Operational
 * Blueprint numbers read, the question through the privacy guard, customer on hold and the CRN in its own field.
 * The draft is kept on the device as they type and cleared when the post lands; a retry reuses the draft's
 * requestKey, and a double click posts once. There is no <form>, so Enter in a single-line field never posts.
 */
export const PostEnquiryForm: React.FC<IPostEnquiryFormProps> = (props) => {
  const workTypes: ReadonlyArray<WorkType> = props.workTypes || DEFAULT_WORK_TYPES;
  const classes = getClassNames(useTheme());
  const formId: string = React.useMemo(() => getId('postEnquiry'), []);
  const fieldId = (field: FieldName): string => formId + '-' + field;

  const focusField = (field: FieldName): void => {
    const container: HTMLElement | null = document.getElementById(fieldId(field)); // eslint-disable-line @rushstack/no-new-null
    const target: HTMLElement | null = container // eslint-disable-line @rushstack/no-new-null
      ? container.querySelector<HTMLElement>('input:not([disabled]), textarea, [role="combobox"], [tabindex="0"]')
      : null;
    if (target) {
      target.focus();
    }
  };

  const form = useEnquiryDraft({ ...props, workTypes, onInvalid: focusField });
  const { draft, parsed, state, shownError, update } = form;
  const moveCrn = (finding: PrivacyFinding): void => form.moveCrn(finding.match);
  const submitNow = form.submit;

  const isPosting: boolean = state.kind === 'posting';
  const workTypeOptions: IDropdownOption[] = offeredWorkTypes(workTypes).map((t) => ({ key: t.key, text: t.title }));
  // Option keys are positions: Fluent builds element ids from them, and the stored values hold spaces.
  const reasonOptions: IChoiceGroupOption[] = ENQUIRY_REASONS.map((r, i) => ({
    key: String(i),
    text: REASON_LABELS[r] || r
  }));
  const reasonIndex: number = (ENQUIRY_REASONS as ReadonlyArray<string>).indexOf(draft.reason);
  const invalidCount: number = form.invalidCount;
  const now: Date = useNow(60000, props.now);
  const askFormResources = resourcesFor('AskForm', props.resources).map((r) => ({
    kind: 'Resource' as const,
    text: r.key
  }));
  const taskCardType: boolean = draft.workType === TASK_CARD_WORK_TYPE;

  return (
    <Stack tokens={{ childrenGap: 12 }} role="form" aria-labelledby={formId + '-heading'}>
      <Text as="h3" variant="large" id={formId + '-heading'} block={true}>
        {strings.FormHeading}
      </Text>

      <Stack tokens={{ childrenGap: 4 }} aria-label={strings.GuidanceLabel} role="note">
        <Text variant="small" block={true}>
          <strong>{strings.GuidanceCheckFirstLabel}</strong> {strings.GuidanceCheckFirst}
        </Text>
        <Text variant="small" block={true}>
          {strings.GuidanceDontConfirm}
        </Text>
        <Text variant="small" block={true}>
          {strings.GuidanceWebforms}
        </Text>
        <ReferenceLinks
          label={strings.ResourcesSee}
          numbers={[]}
          references={askFormResources}
          resources={props.resources}
        />
      </Stack>

      {form.restored && state.kind === 'editing' && (
        <MessageBar messageBarType={MessageBarType.info} delayedRender={false}>
          {strings.DraftRestored}
        </MessageBar>
      )}

      <div id={fieldId('centre')}>
        <CentreChoice
          centre={form.centre}
          onChoose={form.chooseCentre}
          errorMessage={shownError('centre')}
          disabled={isPosting}
        />
      </div>

      <div id={fieldId('workType')}>
        <Dropdown
          label={strings.WorkTypeLabel}
          placeholder={strings.WorkTypePlaceholder}
          options={workTypeOptions}
          selectedKey={draft.workType && isActiveKey(workTypes, draft.workType) ? draft.workType : null} // eslint-disable-line @rushstack/no-new-null
          onChange={(_e, option) => {
            if (option) update({ workType: String(option.key) });
          }}
          required={true}
          disabled={isPosting}
          errorMessage={shownError('workType')}
        />
      </div>

      {taskCardType && (
        <div id={fieldId('taskCards')}>
          <Checkbox
            label={strings.TaskCardsLabel}
            checked={!!draft.taskCardWork}
            onChange={(_e, checked) => update({ taskCardWork: !!checked })}
            disabled={isPosting}
          />
          {draft.taskCardWork && (
            <MessageBar messageBarType={MessageBarType.blocked} isMultiline={true} delayedRender={false}>
              <Stack tokens={{ childrenGap: 4 }} data-testid="task-cards">
                <Text block={true}>{strings.TaskCardsMessage}</Text>
                <ReferenceLinks
                  label={strings.ResourcesSee}
                  numbers={[]}
                  references={[{ kind: 'Resource', text: 'apprenticeshipTaskCards' }]}
                  resources={props.resources}
                />
              </Stack>
            </MessageBar>
          )}
          {shownError('taskCards') && (
            <FieldError
              id={fieldId('taskCards') + '-error'}
              text={shownError('taskCards') || ''}
              className={classes.fieldError}
            />
          )}
        </div>
      )}

      <div id={fieldId('reason')}>
        <ChoiceGroup
          label={strings.ReasonLabel}
          options={reasonOptions}
          selectedKey={reasonIndex >= 0 ? String(reasonIndex) : null} // eslint-disable-line @rushstack/no-new-null
          onChange={(_e, option) => {
            if (option) update({ reason: ENQUIRY_REASONS[Number(option.key)] });
          }}
          required={true}
          disabled={isPosting}
        />
        {shownError('reason') && (
          <FieldError
            id={fieldId('reason') + '-error'}
            text={shownError('reason') || ''}
            className={classes.fieldError}
          />
        )}
      </div>

      <div id={fieldId('stopPayment')}>
        <Checkbox
          label={strings.StopPaymentLabel}
          checked={!!draft.stopPayment}
          onChange={(_e, checked) =>
            update(
              checked && !draft.reason
                ? { stopPayment: true, reason: ARREARS_REASON }
                : { stopPayment: !!checked, stopPaymentDocRecorded: checked ? draft.stopPaymentDocRecorded : false }
            )
          }
          disabled={isPosting}
        />
        {draft.stopPayment && (
          <StopPaymentGuidance
            centreTimeZone={draft.centreTimeZone}
            now={now}
            resources={props.resources}
            docRecorded={!!draft.stopPaymentDocRecorded}
            onDocRecorded={(recorded) => update({ stopPaymentDocRecorded: recorded })}
            errorMessage={shownError('stopPayment')}
            errorId={fieldId('stopPayment') + '-error'}
            disabled={isPosting}
          />
        )}
      </div>

      <fieldset
        id={fieldId('references')}
        className={classes.fieldset}
        aria-describedby={shownError('references') ? fieldId('references') + '-error' : undefined}
      >
        <legend className={classes.legend}>{strings.ReferencesCheckedLabel}</legend>
        <Stack tokens={{ childrenGap: 6 }}>
          {REFERENCES_CHECKED.map((r) => (
            <Checkbox
              key={r}
              label={REFERENCE_LABELS[r] || r}
              checked={draft.referencesChecked.indexOf(r) >= 0}
              onChange={(_e, checked) => form.toggleReference(r, !!checked)}
              disabled={isPosting}
            />
          ))}
        </Stack>
        {shownError('references') && (
          <FieldError
            id={fieldId('references') + '-error'}
            text={shownError('references') || ''}
            className={classes.fieldError}
          />
        )}
      </fieldset>

      <div id={fieldId('referencesRead')}>
        <TextField
          label={strings.ReferencesReadLabel}
          description={strings.ReferencesReadDescription}
          value={draft.referencesRead}
          onChange={(_e, v) => update({ referencesRead: v || '' })}
          onBlur={() => form.leave('referencesRead')}
          disabled={isPosting}
          autoComplete="off"
          errorMessage={shownError('referencesRead')}
        />
        <ReferenceLinks label={strings.ReferencesReadLinks} numbers={parsed.valid} />
      </div>

      <div id={fieldId('question')}>
        <PrivacyTextField
          label={strings.QuestionLabel}
          description={
            strings.QuestionDescription +
            ' ' +
            format(strings.QuestionLimit, QUESTION_MAX_LENGTH, draft.question.trim().length)
          }
          value={draft.question}
          onChange={(v) => update({ question: v })}
          multiline={true}
          rows={5}
          required={true}
          disabled={isPosting}
          errorMessage={shownError('question') !== strings.ErrorQuestionPrivacy ? shownError('question') : undefined}
          onMoveToField={moveCrn}
          moveToFieldLabel={strings.MoveToCrnField}
          scanOptions={props.scanOptions}
        />
      </div>

      <Toggle
        label={strings.CustomerOnHoldLabel}
        onText={strings.Yes}
        offText={strings.No}
        checked={draft.customerOnHold}
        onChange={(_e, checked) => update({ customerOnHold: !!checked })}
        disabled={isPosting}
      />

      <div id={fieldId('crn')}>
        <TextField
          label={strings.CrnLabel}
          description={strings.CrnDescription}
          value={draft.crn}
          onChange={(_e, v) => update({ crn: v || '' })}
          onBlur={() => form.leave('crn')}
          disabled={isPosting}
          autoComplete="off"
          spellCheck={false}
          errorMessage={shownError('crn')}
        />
      </div>

      {invalidCount > 0 && (
        <MessageBar messageBarType={MessageBarType.error} delayedRender={false}>
          {invalidCount === 1 ? strings.FixOne : format(strings.FixMany, invalidCount)}
        </MessageBar>
      )}

      {state.kind === 'failed' && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          role="alert"
          delayedRender={false}
          actions={state.retryable ? <DefaultButton onClick={submitNow} text={strings.Retry} /> : undefined}
        >
          <strong>{strings.PostFailed}</strong> {state.message}{' '}
          {state.retryable ? strings.PostFailedKept : strings.PostRefused}
        </MessageBar>
      )}

      {state.kind === 'posted' && (
        <MessageBar messageBarType={MessageBarType.success} role="status" delayedRender={false}>
          {strings.Posted}
        </MessageBar>
      )}

      <Stack horizontal={true} verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <PrimaryButton
          text={isPosting ? strings.Posting : strings.PostButton}
          onClick={submitNow}
          disabled={isPosting}
          aria-disabled={isPosting}
        />
        {isPosting && (
          <Spinner size={SpinnerSize.small} ariaLive="polite" label={strings.Posting} labelPosition="right" />
        )}
      </Stack>
    </Stack>
  );
};
