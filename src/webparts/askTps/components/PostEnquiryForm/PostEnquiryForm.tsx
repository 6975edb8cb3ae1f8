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
import * as strings from 'AskTpsWebPartStrings';
import { DEFAULT_WORK_TYPES, offeredWorkTypes } from '../../../../domain/workTypes';
import type { WorkType } from '../../../../domain/workTypes';
import { hasBlockingFindings } from '../../../../domain/privacy';
import type { PrivacyFinding, ScanOptions } from '../../../../domain/privacy';
import { parseReferences } from '../../../../domain/references';
import type { ParsedReferences } from '../../../../domain/references';
import { formatCrn, isValidCrn, normaliseCrn } from '../../../../domain/crn';
import { ENQUIRY_REASONS, NOTHING_CHECKED, REFERENCES_CHECKED } from '../../../../domain/enquiryValues';
import type { EnquiryReason, ReferenceChecked } from '../../../../domain/enquiryValues';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { ReferenceLinks } from '../../../../shared/components/ReferenceLinks';
import { format } from '../../../../shared/text/format';
import type { IEnquiryDraft, IPostEnquiryFormProps } from './IPostEnquiryFormProps';
import {
  browserStorage, clearDraft, emptyDraft, isBlankDraft, loadDraft, loadLastWorkType, saveDraft, saveLastWorkType
} from './draftStorage';
import { useIsMounted } from '../../../../shared/hooks/useIsMounted';

/** Friendly labels for the stored reason values (one per domain value, checked by the compiler). */
const REASON_LABELS: { readonly [value in EnquiryReason]: string } = {
  'Arrears or negative adjustment unsure': strings.ReasonArrears,
  'Status or rate does not reflect the record': strings.ReasonStatusRate,
  'System will not allow updates': strings.ReasonNoUpdates,
  "Coding error references don't solve": strings.ReasonCodingError,
  'Customer asks to speak to a technical expert': strings.ReasonTechnicalExpert
};

/** Labels for the stored reference values (one per domain value). */
const REFERENCE_LABELS: { readonly [value in ReferenceChecked]: string } = {
  'Operational Blueprint': strings.RefOperationalBlueprint,
  'NNU': strings.RefNnu,
  'Office Locator': strings.RefOfficeLocator,
  'mySupport': strings.RefMySupport,
  'Roxy Digital Assistant': strings.RefRoxy,
  'Process Direct current issues': strings.RefProcessDirect,
  'Nothing checked': strings.RefNothingChecked
};

type FieldName = 'workType' | 'reason' | 'references' | 'referencesRead' | 'question' | 'crn';
const FIELD_ORDER: FieldName[] = ['workType', 'reason', 'references', 'referencesRead', 'question', 'crn'];
type FieldErrors = { [K in FieldName]?: string };

type PostState =
  | { kind: 'editing' }
  | { kind: 'posting' }
  | { kind: 'failed'; message: string }
  | { kind: 'posted' };

function isActiveKey(types: ReadonlyArray<WorkType>, key: string): boolean {
  for (const t of types) {
    if (t.active && t.key === key) {
      return true;
    }
  }
  return false;
}

/** Checks the draft; the keys of the result are the fields to fix, in screen order. */
export function validateDraft(
  draft: IEnquiryDraft, types: ReadonlyArray<WorkType>, parsed: ParsedReferences, scanOptions?: ScanOptions
): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.workType || !isActiveKey(types, draft.workType)) {
    errors.workType = strings.ErrorWorkType;
  }
  if (!draft.reason) {
    errors.reason = strings.ErrorReason;
  }
  if (draft.referencesChecked.length === 0) {
    errors.references = strings.ErrorReferences;
  }
  if (parsed.invalid.length > 0) {
    errors.referencesRead = format(strings.ErrorReferencesRead, parsed.invalid.join(', '));
  }
  if (!draft.question.trim()) {
    errors.question = strings.ErrorQuestion;
  } else if (hasBlockingFindings(draft.question, scanOptions)) {
    errors.question = strings.ErrorQuestionPrivacy;
  }
  if (draft.crn.trim() && !isValidCrn(draft.crn)) {
    errors.crn = strings.ErrorCrn;
  }
  return errors;
}

function errorCount(errors: FieldErrors): number {
  let n: number = 0;
  for (const f of FIELD_ORDER) {
    if (errors[f]) {
      n++;
    }
  }
  return n;
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) {
    return error.message;
  }
  if (typeof error === 'string' && error) {
    return error;
  }
  return strings.PostFailedUnknown;
}

/** A field's error line, for groups that have no errorMessage of their own. */
const FieldError: React.FC<{ id: string; text: string }> = ({ id, text }) => (
  <Text id={id} variant="small" block={true} style={{ color: '#a4262c', marginTop: 4 }}>{text}</Text>
);

/**
 * The Service Officer's posting form (issue 3 "Posting"): work type, reason, references checked, Operational
 * Blueprint numbers read, the question through the privacy guard, customer on hold and the CRN in its own field.
 * The draft is kept on the device as they type and cleared when the post lands; a retry reuses the draft's
 * requestKey, and a double click posts once. There is no <form>, so Enter in a single-line field never posts.
 */
export const PostEnquiryForm: React.FC<IPostEnquiryFormProps> = (props) => {
  const { onSubmit, userKey, onPosted, scanOptions } = props;
  const workTypes: ReadonlyArray<WorkType> = props.workTypes || DEFAULT_WORK_TYPES;
  const local = React.useMemo(() => props.draftStorage || browserStorage('local'), [props.draftStorage]);
  const session = React.useMemo(() => props.crnStorage || browserStorage('session'), [props.crnStorage]);
  const formId: string = React.useMemo(() => getId('postEnquiry'), []);

  const [draft, setDraft] = React.useState<IEnquiryDraft>(() => {
    const kept: IEnquiryDraft | undefined = loadDraft(userKey, local, session);
    if (kept) {
      return kept;
    }
    const last: string = loadLastWorkType(userKey, local);
    return emptyDraft(isActiveKey(workTypes, last) ? last : '');
  });
  const [restored, setRestored] = React.useState<boolean>(() => !isBlankDraft(draft));
  const [state, setState] = React.useState<PostState>({ kind: 'editing' });
  const [showErrors, setShowErrors] = React.useState<boolean>(false);
  const [crnTouched, setCrnTouched] = React.useState<boolean>(false);
  const [readTouched, setReadTouched] = React.useState<boolean>(false);
  const posting = React.useRef<boolean>(false);
  const mounted = useIsMounted();

  // Keep the draft as they type; a blank one is not kept.
  React.useEffect(() => {
    if (isBlankDraft(draft)) {
      clearDraft(userKey, local, session);
    } else {
      saveDraft(userKey, draft, local, session);
    }
  }, [draft, userKey, local, session]);

  const update = (patch: Partial<IEnquiryDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setState((s) => (s.kind === 'posted' ? { kind: 'editing' } : s));
  };

  const parsed: ParsedReferences = React.useMemo(() => parseReferences(draft.referencesRead), [draft.referencesRead]);
  const errors: FieldErrors = validateDraft(draft, workTypes, parsed, scanOptions);
  const shownError = (field: FieldName): string | undefined => {
    if (showErrors) {
      return errors[field];
    }
    if (field === 'crn' && crnTouched) {
      return errors.crn;
    }
    if (field === 'referencesRead' && readTouched) {
      return errors.referencesRead;
    }
    return undefined;
  };
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

  const toggleReference = (value: string, checked: boolean): void => {
    let next: string[];
    if (!checked) {
      next = draft.referencesChecked.filter((r) => r !== value);
    } else if (value === NOTHING_CHECKED) {
      next = [NOTHING_CHECKED];
    } else {
      next = draft.referencesChecked.filter((r) => r !== NOTHING_CHECKED && r !== value).concat([value]);
    }
    update({ referencesChecked: next });
  };

  const moveCrn = (finding: PrivacyFinding): void => {
    update({ crn: formatCrn(finding.match) });
    setCrnTouched(true);
  };

  const submit = async (): Promise<void> => {
    if (posting.current) {
      return; // a second click while the first is in flight
    }
    if (errorCount(errors) > 0) {
      setShowErrors(true);
      for (const f of FIELD_ORDER) {
        if (errors[f]) {
          focusField(f);
          break;
        }
      }
      return;
    }
    const release = (): void => {
      posting.current = false;
    };
    posting.current = true;
    const toPost: IEnquiryDraft = {
      ...draft,
      crn: draft.crn.trim() ? normaliseCrn(draft.crn) : '',
      referencesRead: parsed.valid.join(', '),
      question: draft.question.trim()
    };
    setState({ kind: 'posting' });
    try {
      await onSubmit(toPost);
    } catch (error) {
      release();
      if (mounted.current) {
        setState({ kind: 'failed', message: messageOf(error) });
      }
      return;
    }
    release();
    clearDraft(userKey, local, session);
    saveLastWorkType(userKey, toPost.workType, local);
    if (mounted.current) {
      setDraft(emptyDraft(toPost.workType));
      setShowErrors(false);
      setCrnTouched(false);
      setReadTouched(false);
      setRestored(false);
      setState({ kind: 'posted' });
    }
    if (onPosted) {
      onPosted(toPost);
    }
  };
  const submitNow = (): void => {
    submit().catch(() => undefined);
  };

  const isPosting: boolean = state.kind === 'posting';
  const workTypeOptions: IDropdownOption[] = offeredWorkTypes(workTypes).map((t) => ({ key: t.key, text: t.title }));
  // Option keys are positions: Fluent builds element ids from them, and the stored values hold spaces.
  const reasonOptions: IChoiceGroupOption[] = ENQUIRY_REASONS.map((r, i) => ({ key: String(i), text: REASON_LABELS[r] || r }));
  const reasonIndex: number = (ENQUIRY_REASONS as ReadonlyArray<string>).indexOf(draft.reason);
  const invalidCount: number = showErrors ? errorCount(errors) : 0;

  return (
    <Stack tokens={{ childrenGap: 12 }} role="form" aria-labelledby={formId + '-heading'}>
      <Text as="h3" variant="large" id={formId + '-heading'} block={true}>{strings.FormHeading}</Text>

      <Stack tokens={{ childrenGap: 4 }} aria-label={strings.GuidanceLabel} role="note">
        <Text variant="small" block={true}>
          <strong>{strings.GuidanceCheckFirstLabel}</strong> {strings.GuidanceCheckFirst}
        </Text>
        <Text variant="small" block={true}>{strings.GuidanceDontConfirm}</Text>
        <Text variant="small" block={true}>{strings.GuidanceWebforms}</Text>
      </Stack>

      {restored && state.kind === 'editing' && (
        <MessageBar messageBarType={MessageBarType.info} delayedRender={false}>{strings.DraftRestored}</MessageBar>
      )}

      <div id={fieldId('workType')}>
        <Dropdown
          label={strings.WorkTypeLabel}
          placeholder={strings.WorkTypePlaceholder}
          options={workTypeOptions}
          selectedKey={draft.workType && isActiveKey(workTypes, draft.workType) ? draft.workType : null} // eslint-disable-line @rushstack/no-new-null
          onChange={(_e, option) => { if (option) update({ workType: String(option.key) }); }}
          required={true}
          disabled={isPosting}
          errorMessage={shownError('workType')}
        />
      </div>

      <div id={fieldId('reason')}>
        <ChoiceGroup
          label={strings.ReasonLabel}
          options={reasonOptions}
          selectedKey={reasonIndex >= 0 ? String(reasonIndex) : null} // eslint-disable-line @rushstack/no-new-null
          onChange={(_e, option) => { if (option) update({ reason: ENQUIRY_REASONS[Number(option.key)] }); }}
          required={true}
          disabled={isPosting}
        />
        {shownError('reason') && <FieldError id={fieldId('reason') + '-error'} text={shownError('reason') || ''} />}
      </div>

      <fieldset id={fieldId('references')} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}
        aria-describedby={shownError('references') ? fieldId('references') + '-error' : undefined}>
        <legend style={{ fontWeight: 600, padding: '5px 0' }}>{strings.ReferencesCheckedLabel}</legend>
        <Stack tokens={{ childrenGap: 6 }}>
          {REFERENCES_CHECKED.map((r) => (
            <Checkbox
              key={r}
              label={REFERENCE_LABELS[r] || r}
              checked={draft.referencesChecked.indexOf(r) >= 0}
              onChange={(_e, checked) => toggleReference(r, !!checked)}
              disabled={isPosting}
            />
          ))}
        </Stack>
        {shownError('references') && <FieldError id={fieldId('references') + '-error'} text={shownError('references') || ''} />}
      </fieldset>

      <div id={fieldId('referencesRead')}>
        <TextField
          label={strings.ReferencesReadLabel}
          description={strings.ReferencesReadDescription}
          value={draft.referencesRead}
          onChange={(_e, v) => update({ referencesRead: v || '' })}
          onBlur={() => setReadTouched(true)}
          disabled={isPosting}
          autoComplete="off"
          errorMessage={shownError('referencesRead')}
        />
        <ReferenceLinks label={strings.ReferencesReadLinks} numbers={parsed.valid} />
      </div>

      <div id={fieldId('question')}>
        <PrivacyTextField
          label={strings.QuestionLabel}
          description={strings.QuestionDescription}
          value={draft.question}
          onChange={(v) => update({ question: v })}
          multiline={true}
          rows={5}
          required={true}
          disabled={isPosting}
          errorMessage={shownError('question') === strings.ErrorQuestion ? strings.ErrorQuestion : undefined}
          onMoveToField={moveCrn}
          moveToFieldLabel={strings.MoveToCrnField}
          scanOptions={scanOptions}
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
          onBlur={() => {
            setCrnTouched(true);
            if (isValidCrn(draft.crn)) {
              update({ crn: formatCrn(draft.crn) });
            }
          }}
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
          actions={<DefaultButton onClick={submitNow} text={strings.Retry} />}
        >
          <strong>{strings.PostFailed}</strong> {state.message} {strings.PostFailedKept}
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
        {isPosting && <Spinner size={SpinnerSize.small} ariaLive="polite" label={strings.Posting} labelPosition="right" />}
      </Stack>
    </Stack>
  );
};
