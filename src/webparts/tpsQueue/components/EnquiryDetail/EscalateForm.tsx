import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import * as strings from 'TpsQueueWebPartStrings';
import { useServices } from '../../../../shared/services';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { format } from '../../../../shared/text/format';
import type { IEnquiry } from '../../../../data/stores/types';
import { newRequestKey } from '../../../../data/requestKey';
import { ESCALATION_CATEGORIES, isEscalationCategory } from '../../../../domain/escalationCategories';
import { actorOf, ictIncidentProblem, MAX_LENGTH, nnuReferenceProblem, normaliseIctIncident,
  pickedDateAsInstant, startOfToday } from '../../model';
import { deadlinesFor, escalate, usesEped } from '../../actions';
import type { IDeadlineFacts } from '../../actions';
import { ActionError } from './ActionError';
import type { RunAction } from './ActionError';
import { EpedPicker } from './EpedPicker';

/** Props of {@link EscalateForm}. */
export interface IEscalateFormProps {
  enquiry: IEnquiry;
  now: Date;
  disabled: boolean;
  run: RunAction;
  error: string | undefined;
  onChanged: (next: IEnquiry, message: string) => void;
  section: string;
}

function ictMessage(problem: ReturnType<typeof ictIncidentProblem>, length: number): string | undefined {
  switch (problem) {
    case 'missing': return strings.IctIncidentMissing;
    case 'tooLong': return format(strings.TooLong, MAX_LENGTH.ictIncident, length);
    case 'shape': return strings.IctIncidentShape;
    default: return undefined;
  }
}

/**
 * Escalate to an SSO (seed 002 item 8): category, ICT incident and NNU reference, entitlement and EPED for a
 * system issue referred to ICT, the DOC confirmation and a summary; the deadline the domain rules give is shown
 * before the TPSO confirms. Every field is checked here first, so nothing reaches SharePoint to be refused.
 */
export const EscalateForm: React.FC<IEscalateFormProps> = ({ enquiry, now, disabled, run, error, onChanged, section }) => {
  const { data, user } = useServices();
  const actor = React.useMemo(() => actorOf(user), [user]);
  const [show, setShow] = React.useState<boolean>(false);
  const [category, setCategory] = React.useState<string>('');
  const [referredToIct, setReferredToIct] = React.useState<boolean>(false);
  const [affectsEntitlement, setAffectsEntitlement] = React.useState<boolean>(false);
  const [eped, setEped] = React.useState<Date | undefined>(undefined);
  const [ictIncident, setIctIncident] = React.useState<string>('');
  const [ictTouched, setIctTouched] = React.useState<boolean>(false);
  const [nnuReference, setNnuReference] = React.useState<string>('');
  const [docRecorded, setDocRecorded] = React.useState<boolean>(false);
  const [summary, setSummary] = React.useState<string>('');
  const [tried, setTried] = React.useState<boolean>(false);
  const requestKey = React.useRef<string>(newRequestKey('esc'));

  const facts: IDeadlineFacts = { referredToIct, affectsEntitlement, eped: eped ? pickedDateAsInstant(eped) : undefined };
  const chosen = isEscalationCategory(category) ? category : '';
  const ictProblem = referredToIct ? ictIncidentProblem(ictIncident) : undefined;
  const nnuProblem = nnuReferenceProblem(nnuReference, now);
  const problems = {
    category: !chosen,
    ict: ictProblem,
    nnu: nnuProblem,
    summary: !summary.trim(),
    doc: !docRecorded
  };
  const invalid: boolean = problems.category || !!problems.ict || !!problems.nnu || problems.summary || problems.doc;
  // The length is said as soon as it is passed; the rest once the TPSO leaves the field or tries to escalate.
  const showIct: boolean = ictProblem === 'tooLong' || (ictProblem === 'shape' && (ictTouched || tried)) || (ictProblem === 'missing' && tried);
  const ictError: string | undefined = showIct ? ictMessage(ictProblem, normaliseIctIncident(ictIncident).length) : undefined;
  const nnuError: string | undefined = nnuProblem === 'tooLong' ? format(strings.TooLong, MAX_LENGTH.nnuReference, nnuReference.trim().length)
    : nnuProblem === 'privacy' && tried ? strings.NnuPrivacy : undefined;
  const preview = chosen ? deadlinesFor(enquiry, chosen, facts, now) : undefined;
  const entitlementAsked: boolean = chosen === 'SystemIssue' && referredToIct;

  const onEscalate = (): void => {
    if (invalid) {
      setTried(true);
      return;
    }
    run(strings.Escalating, 'escalate', async () => {
      const result = await escalate(data, enquiry, actor, {
        category: chosen, referredToIct, affectsEntitlement: usesEped(chosen, facts), eped: usesEped(chosen, facts) ? facts.eped : undefined,
        ictIncident, nnuReference, docRecorded, summary, requestKey: requestKey.current
      });
      onChanged(result.enquiry, format(strings.EscalatedDone, result.enquiry.id,
        result.escalation.dueAt ? result.escalation.dueAt.toLocaleString() : ''));
    }).catch(() => undefined);
  };

  const categoryOptions: IDropdownOption[] = ESCALATION_CATEGORIES.map((c) => ({ key: c.key, text: c.title }));
  return (
    <Stack tokens={{ childrenGap: 8 }} className={section}>
      <h4 style={{ margin: 0 }}>{strings.EscalateHeading}</h4>
      <DefaultButton text={show ? strings.HideEscalate : strings.ShowEscalate} aria-expanded={show} onClick={() => setShow(!show)} />
      {show && (
        <Stack tokens={{ childrenGap: 8 }}>
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
            <div>{strings.EscalateGuidanceTime}</div>
            <div>{strings.EscalateGuidanceWebforms}</div>
            <div>{strings.EscalateGuidanceIct}</div>
          </MessageBar>
          <Dropdown label={strings.Category} required={true} options={categoryOptions} selectedKey={category || undefined}
            onChange={(_e, o) => setCategory(o ? String(o.key) : '')} disabled={disabled} placeholder={strings.ChooseCategory}
            errorMessage={tried && problems.category ? strings.CategoryMissing : undefined} />
          <Checkbox label={strings.ReferredToIct} checked={referredToIct} onChange={(_e, v) => setReferredToIct(!!v)} disabled={disabled} />
          {referredToIct && (
            <TextField label={strings.IctIncident} value={ictIncident} required={true} description={strings.IctIncidentHelp}
              onChange={(_e, v) => setIctIncident(v || '')} disabled={disabled} autoComplete="off" spellCheck={false}
              onBlur={() => { setIctTouched(true); if (!ictIncidentProblem(ictIncident)) setIctIncident(normaliseIctIncident(ictIncident)); }}
              errorMessage={ictError} />
          )}
          {entitlementAsked && (
            <Checkbox label={strings.AffectsEntitlement} checked={affectsEntitlement} onChange={(_e, v) => setAffectsEntitlement(!!v)}
              disabled={disabled} ariaDescribedBy={'tps-entitlement-help-' + enquiry.id} />
          )}
          {entitlementAsked && <Text id={'tps-entitlement-help-' + enquiry.id} block={true} variant="small">{strings.AffectsEntitlementHelp}</Text>}
          {entitlementAsked && affectsEntitlement && (
            <EpedPicker value={eped} onChange={setEped} disabled={disabled} minDate={startOfToday(now)} />
          )}
          <PrivacyTextField label={strings.NnuReference} value={nnuReference} onChange={setNnuReference} disabled={disabled}
            description={strings.NnuReferenceHelp} errorMessage={nnuError} />
          <PrivacyTextField label={strings.EscalationSummary} value={summary} onChange={setSummary} multiline={true} rows={4}
            required={true} disabled={disabled} errorMessage={tried && problems.summary ? strings.SummaryMissing : undefined} />
          <Checkbox label={strings.DocRecorded} checked={docRecorded} onChange={(_e, v) => setDocRecorded(!!v)} disabled={disabled} />
          {tried && problems.doc && <Text block={true} variant="small" style={{ color: '#a4262c' }}>{strings.DocMissing}</Text>}
          {preview && <Text block={true}>{format(strings.DeadlinePreview, preview.label, preview.dueAt.toLocaleString())}</Text>}
          <ActionError message={tried && invalid ? strings.EscalateFix : error} />
          <Stack horizontal={true}>
            <PrimaryButton text={strings.Escalate} onClick={onEscalate} disabled={disabled} />
          </Stack>
        </Stack>
      )}
    </Stack>
  );
};
