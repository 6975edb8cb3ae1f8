import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import type { ITextField } from '@fluentui/react/lib/TextField';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton, ActionButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import { getId } from '@fluentui/react/lib/Utilities';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'BoutiqueSharedStrings';
import { redact, scanText } from '../../../domain/privacy';
import type { PrivacyFinding } from '../../../domain/privacy';
import { format } from '../../text/format';
import { privacyMessage } from '../../text/privacyText';
import type { IPrivacyTextFieldProps } from './IPrivacyTextFieldProps';
import { getClassNames } from './PrivacyTextField.styles';

/** Characters of context shown either side of a finding. */
const CONTEXT_CHARS: number = 24;

function countBySeverity(findings: PrivacyFinding[], severity: 'block' | 'warn'): number {
  let n: number = 0;
  for (const f of findings) {
    if (f.severity === severity) {
      n++;
    }
  }
  return n;
}

/** The summary the live region reads out ("1 detail must be removed before posting"). */
export function summarise(findings: PrivacyFinding[]): string {
  const blocked: number = countBySeverity(findings, 'block');
  const warned: number = countBySeverity(findings, 'warn');
  const parts: string[] = [];
  if (blocked > 0) {
    parts.push(blocked === 1 ? strings.PrivacyBlockedOne : format(strings.PrivacyBlockedMany, blocked));
  }
  if (warned > 0) {
    parts.push(warned === 1 ? strings.PrivacyWarnOne : format(strings.PrivacyWarnMany, warned));
  }
  return parts.join(' ');
}

/**
 * The same finding in a newer scan of the text (same kind and text, nearest start), so a click acts on the text
 * as it is now even when the list on screen is a moment behind the typing.
 */
function locate(findings: PrivacyFinding[], wanted: PrivacyFinding): PrivacyFinding | undefined {
  let best: PrivacyFinding | undefined;
  for (const f of findings) {
    if (f.kind === wanted.kind && f.match === wanted.match) {
      if (!best || Math.abs(f.start - wanted.start) < Math.abs(best.start - wanted.start)) {
        best = f;
      }
    }
  }
  return best;
}

/**
 * THE free-text field of Boutique TPS (seed 002 item 7). Runs the privacy guard as the person types: blocking
 * findings (CRN, birth dates, Medicare, TFN...) are listed under the field with the text highlighted and a
 * one-click replacement; warnings are listed too but do not block. `onValidityChange` reports, synchronously
 * with every value, whether anything blocking is left. A polite live region summarises what is found.
 */
export const PrivacyTextField: React.FC<IPrivacyTextFieldProps> = (props) => {
  const classes = getClassNames(useTheme());
  const {
    label,
    value,
    onChange,
    multiline,
    rows,
    required,
    disabled,
    description,
    errorMessage,
    placeholder,
    onMoveToField,
    moveToFieldLabel,
    onValidityChange,
    scanOptions
  } = props;
  const debounceMs: number = props.debounceMs === undefined ? 250 : props.debounceMs;
  const fieldId: string = React.useMemo(() => props.id || getId('privacyTextField'), [props.id]);
  const textField = React.useRef<ITextField>(null);

  // The check that decides: synchronous on the current value.
  const current: PrivacyFinding[] = React.useMemo(() => scanText(value, scanOptions), [value, scanOptions]);
  const hasBlocking: boolean = countBySeverity(current, 'block') > 0;

  // What is listed: refreshed a moment after typing stops; at once for a paste, a replacement or an emptied field.
  const [shownValue, setShownValue] = React.useState<string>(value);
  const [announcement, setAnnouncement] = React.useState<string>('');
  React.useEffect(() => {
    if (value === shownValue) {
      return undefined;
    }
    if (debounceMs <= 0 || value === '' || Math.abs(value.length - shownValue.length) > 1) {
      setShownValue(value);
      return undefined;
    }
    const timer: number = window.setTimeout(() => setShownValue(value), debounceMs);
    return () => window.clearTimeout(timer);
  }, [value, shownValue, debounceMs]);
  const shown: PrivacyFinding[] = React.useMemo(
    () => (shownValue === value ? current : scanText(shownValue, scanOptions)),
    [shownValue, value, current, scanOptions]
  );

  const validityCallback = React.useRef(onValidityChange);
  validityCallback.current = onValidityChange;
  React.useEffect(() => {
    if (validityCallback.current) {
      validityCallback.current(hasBlocking);
    }
  }, [hasBlocking]);

  const replace = (finding: PrivacyFinding): void => {
    const now: PrivacyFinding | undefined = locate(current, finding);
    if (!now) {
      setShownValue(value);
      return;
    }
    const next: string = redact(value, [now]);
    setShownValue(next);
    setAnnouncement(format(strings.PrivacyReplaced, now.placeholder));
    onChange(next);
  };

  const move = (finding: PrivacyFinding): void => {
    const now: PrivacyFinding | undefined = locate(current, finding);
    if (!now || !onMoveToField) {
      setShownValue(value);
      return;
    }
    onMoveToField(now);
    const next: string = redact(value, [now]);
    setShownValue(next);
    setAnnouncement(format(strings.PrivacyMoved, label, now.placeholder));
    onChange(next);
  };

  const select = (finding: PrivacyFinding): void => {
    const now: PrivacyFinding | undefined = locate(current, finding);
    if (now && textField.current) {
      textField.current.focus();
      textField.current.setSelectionRange(now.start, now.end);
    }
  };

  const descriptionId: string = fieldId + '-description';
  const errorId: string = fieldId + '-error';
  const summaryId: string = fieldId + '-summary';
  const findingsId: string = fieldId + '-findings';
  const describedBy: string = [
    description ? descriptionId : '',
    errorMessage ? errorId : '',
    summaryId,
    shown.length > 0 ? findingsId : ''
  ]
    .filter((s) => !!s)
    .join(' ');
  const summary: string = summarise(shown);

  return (
    <div>
      <TextField
        id={fieldId}
        componentRef={textField}
        label={label}
        value={value}
        multiline={multiline}
        rows={multiline ? rows || 5 : undefined}
        autoAdjustHeight={multiline}
        required={required}
        disabled={disabled}
        placeholder={placeholder}
        invalid={hasBlocking || !!errorMessage}
        aria-describedby={describedBy}
        onChange={(_e, v) => {
          setAnnouncement('');
          onChange(v || '');
        }}
        onBlur={() => setShownValue(value)}
      />
      {description && (
        <Text id={descriptionId} variant="small" className={classes.description}>
          {description}
        </Text>
      )}
      {errorMessage && (
        <Text id={errorId} variant="small" className={classes.error}>
          {errorMessage}
        </Text>
      )}
      <div id={summaryId} role="status" aria-live="polite" className={classes.summary}>
        {summary}
        {summary && announcement ? ' ' : ''}
        {announcement}
      </div>
      {shown.length > 0 && (
        <ul id={findingsId} className={classes.list} aria-label={format(strings.PrivacyFindingsLabel, label)}>
          {shown.map((f) => {
            const blocking: boolean = f.severity === 'block';
            const before: string = shownValue.slice(Math.max(0, f.start - CONTEXT_CHARS), f.start);
            const after: string = shownValue.slice(f.end, f.end + CONTEXT_CHARS);
            const actions: JSX.Element = (
              <div>
                <DefaultButton
                  text={format(strings.PrivacyReplace, f.placeholder)}
                  ariaLabel={format(strings.PrivacyReplaceAria, f.match, f.placeholder, label)}
                  onClick={() => replace(f)}
                  disabled={disabled}
                />
                {f.kind === 'crn' && onMoveToField && moveToFieldLabel && (
                  <DefaultButton
                    text={moveToFieldLabel}
                    ariaLabel={format(strings.PrivacyMoveAria, moveToFieldLabel, f.match)}
                    onClick={() => move(f)}
                    disabled={disabled}
                    styles={{ root: { marginLeft: 8 } }}
                  />
                )}
                <ActionButton
                  text={strings.PrivacyShowInText}
                  ariaLabel={format(strings.PrivacyShowInTextAria, f.match, label)}
                  onClick={() => select(f)}
                />
              </div>
            );
            return (
              <li key={f.kind + ':' + f.start + ':' + f.end}>
                <MessageBar
                  messageBarType={blocking ? MessageBarType.error : MessageBarType.warning}
                  isMultiline={true}
                  role="none"
                  delayedRender={false}
                  actions={actions}
                >
                  <strong>{blocking ? strings.PrivacyMustRemove : strings.PrivacyCheck}</strong>{' '}
                  {privacyMessage(f.kind)}
                  <span className={classes.snippet} data-testid="privacy-snippet">
                    {f.start > CONTEXT_CHARS ? '…' : ''}
                    {before}
                    <mark className={blocking ? classes.mark : classes.markWarn}>{f.match}</mark>
                    {after}
                    {f.end + CONTEXT_CHARS < shownValue.length ? '…' : ''}
                  </span>
                </MessageBar>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
};
