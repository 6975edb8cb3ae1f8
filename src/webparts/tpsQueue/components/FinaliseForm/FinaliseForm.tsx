import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'TpsQueueWebPartStrings';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { format } from '../../../../shared/text/format';
import { isReferenceNumber, REFERENCE_KINDS } from '../../../../domain/references';
import { ReferenceLinks } from '../../../../shared/components/ReferenceLinks';
import type { ReferenceKind, ReferenceProblem, TypedReference } from '../../../../domain/references';
import { resourcesFor, resourceUrl } from '../../../../domain/resources';
import { officerOf } from '../../model';
import { useFinaliseForm } from '../../hooks/useFinaliseForm';
import { ActionError } from '../ActionError';
import type { IFinaliseFormProps } from './IFinaliseFormProps';

/** The words for each reference kind (loc). */
const KIND_LABELS: { readonly [K in ReferenceKind]: string } = {
  OB: strings.RefKindOB,
  NNU: strings.RefKindNNU,
  mySupport: strings.RefKindMySupport,
  OfficeLocator: strings.RefKindOfficeLocator,
  Resource: strings.RefKindResource,
  Other: strings.RefKindOther
};

const PROBLEM_WORDS: { readonly [P in ReferenceProblem]: string } = {
  empty: strings.RefProblemEmpty,
  notObNumber: strings.RefProblemNotOb,
  badLink: strings.RefProblemLink,
  privacy: strings.RefProblemPrivacy
};

/** One reference row: its kind, its name (or the TPS resource), and a link where the kind takes one. */
const ReferenceRow: React.FC<{
  index: number;
  value: TypedReference;
  problem: ReferenceProblem | undefined;
  disabled: boolean;
  onChange: (r: TypedReference) => void;
  onRemove: () => void;
}> = ({ index, value, problem, disabled, onChange, onRemove }) => {
  const kinds: IDropdownOption[] = REFERENCE_KINDS.map((k) => ({ key: k, text: KIND_LABELS[k] }));
  const resources: IDropdownOption[] = resourcesFor('FinaliseForm', undefined)
    .concat(resourcesFor('EscalateForm', undefined))
    .concat(resourcesFor('AskForm', undefined))
    .filter((r, i, all) => all.indexOf(r) === i)
    .map((r) => ({ key: r.key, text: r.title }));
  const n: number = index + 1;
  return (
    <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }} verticalAlign="start">
      <Dropdown
        label={format(strings.RefKindLabel, n)}
        options={kinds}
        selectedKey={value.kind}
        disabled={disabled}
        styles={{ root: { minWidth: 170 } }}
        onChange={(_e, o) => {
          if (o) onChange({ kind: o.key as ReferenceKind, text: '' });
        }}
      />
      {value.kind === 'Resource' ? (
        <Dropdown
          label={format(strings.RefResourceLabel, n)}
          options={resources}
          selectedKey={value.text || undefined}
          disabled={disabled}
          styles={{ root: { minWidth: 240 } }}
          errorMessage={problem ? PROBLEM_WORDS[problem] : undefined}
          onChange={(_e, o) => {
            if (o) onChange({ kind: 'Resource', text: String(o.key) });
          }}
        />
      ) : (
        <TextField
          label={format(strings.RefTextLabel, n)}
          value={value.text}
          disabled={disabled}
          autoComplete="off"
          placeholder={value.kind === 'OB' ? '111-05070020' : undefined}
          errorMessage={problem && problem !== 'badLink' ? PROBLEM_WORDS[problem] : undefined}
          onChange={(_e, v) => onChange({ ...value, text: v || '' })}
        />
      )}
      {value.kind !== 'OB' && value.kind !== 'Resource' && (
        <TextField
          label={format(strings.RefLinkLabel, n)}
          value={value.url || ''}
          disabled={disabled}
          autoComplete="off"
          type="url"
          placeholder="https://"
          errorMessage={problem === 'badLink' ? PROBLEM_WORDS.badLink : undefined}
          onChange={(_e, v) => onChange({ ...value, url: v || undefined })}
        />
      )}
      <IconButton
        iconProps={{ iconName: 'Delete' }}
        title={format(strings.RefRemove, n)}
        ariaLabel={format(strings.RefRemove, n)}
        disabled={disabled}
        onClick={onRemove}
        styles={{ root: { marginTop: 28 } }}
      />
    </Stack>
  );
};

/** References given (typed), Comments, and "Finalise and notify SO" (seed 002 items 1 and 7). */
export const FinaliseForm: React.FC<IFinaliseFormProps> = ({ panel }) => {
  const { fields, set, setRef, addRef, removeRef, rowProblems, commentLimit, error, submit } = useFinaliseForm(panel);
  const { disabled } = panel;
  const accountability = resourcesFor('FinaliseForm', undefined)[0];
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <h4 style={{ margin: 0 }}>{strings.FinaliseHeading}</h4>
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend>{strings.ReferencesGiven}</legend>
        <Text block={true} variant="small">
          {strings.ReferencesGivenHelp}
        </Text>
        <Stack tokens={{ childrenGap: 4 }}>
          {fields.refs.map((r, i) => (
            <ReferenceRow
              key={i}
              index={i}
              value={r}
              problem={rowProblems[i]}
              disabled={disabled}
              onChange={(next) => setRef(i, next)}
              onRemove={() => removeRef(i)}
            />
          ))}
        </Stack>
        <ReferenceLinks
          label={strings.ReferenceLinks}
          numbers={fields.refs.filter((r) => r.kind === 'OB' && isReferenceNumber(r.text)).map((r) => r.text.trim())}
        />
        <DefaultButton
          text={strings.RefAdd}
          iconProps={{ iconName: 'Add' }}
          disabled={disabled}
          onClick={() => addRef('NNU')}
        />
      </fieldset>
      <PrivacyTextField
        label={strings.Comments}
        value={fields.comment}
        onChange={(v) => set('comment', v)}
        multiline={true}
        rows={4}
        required={true}
        disabled={disabled}
        description={strings.CommentsHelp + ' ' + commentLimit.text}
        errorMessage={commentLimit.over ? commentLimit.text : undefined}
      />
      <Text block={true} variant="small">
        {strings.MailHelp}
      </Text>
      {accountability && (
        <Text block={true} variant="small">
          {resourceUrl(accountability) ? (
            <Link href={resourceUrl(accountability)} target="_blank" rel="noopener noreferrer" underline={true}>
              {accountability.title}
            </Link>
          ) : (
            accountability.title
          )}
        </Text>
      )}
      {panel.finaliseProgress.mailSent && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {format(strings.MailAlreadySent, officerOf(panel.enquiry))}
        </MessageBar>
      )}
      <ActionError message={error} />
      <Stack horizontal={true}>
        <PrimaryButton
          text={strings.FinaliseAndNotify}
          onClick={() => {
            submit().catch(() => undefined);
          }}
          disabled={disabled}
        />
      </Stack>
    </Stack>
  );
};
