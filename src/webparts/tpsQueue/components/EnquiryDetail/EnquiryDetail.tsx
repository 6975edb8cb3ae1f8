import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'TpsQueueWebPartStrings';
import { useServices } from '../../../../shared/services';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { format } from '../../../../shared/text/format';
import { isConflictError, toUserMessage } from '../../../../data/errors';
import type { IEnquiry } from '../../../../data/stores/types';
import { canDo } from '../../../../domain/enquiryLifecycle';
import { ESCALATION_CATEGORIES, isEscalationCategory } from '../../../../domain/escalationCategories';
import { parseReferences, referenceUrl } from '../../../../domain/references';
import { formatCrn } from '../../../../domain/crn';
import { actorOf, clockOf, newRequestKey, stateOf, workTypeTitle } from '../../queueModel';
import { claim, deadlinesFor, escalate, finalise, release, takeOver } from '../../queueActions';
import type { IFinaliseProgress } from '../../queueActions';
import { phaseText, useNow } from '../QueueList/QueueList';

/** Props of {@link EnquiryDetail}. */
export interface IEnquiryDetailProps {
  enquiry: IEnquiry;
  /** The enquiry changed (claimed, taken over, finalised...): the new copy and what to announce. */
  onChanged: (next: IEnquiry, message: string) => void;
  /** Someone else has it now (a lost claim): what to announce. */
  onLost: (message: string) => void;
  onClose: () => void;
}

const classes = mergeStyleSets({
  panel: { border: '1px solid #8a8886', borderRadius: 2, padding: 12 },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 16, rowGap: 4, margin: 0 },
  term: { fontWeight: 600 },
  detail: { margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
  section: { borderTop: '1px solid #c8c6c4', paddingTop: 8 }
});

function timeOf(d: Date | undefined): string {
  return d ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
}

/** One enquiry and every action on it; what the TPSO typed survives any failed action. */
export const EnquiryDetail: React.FC<IEnquiryDetailProps> = ({ enquiry, onChanged, onLost, onClose }) => {
  const { data, user } = useServices();
  const actor = React.useMemo(() => actorOf(user), [user]);
  const now: Date = useNow(30000);
  const [busy, setBusy] = React.useState<string>('');
  const [error, setError] = React.useState<string>('');
  const [reason, setReason] = React.useState<string>('');
  const [refs, setRefs] = React.useState<string>('');
  const [comment, setComment] = React.useState<string>('');
  const [urgentQol, setUrgentQol] = React.useState<boolean>(false);
  const [showEscalate, setShowEscalate] = React.useState<boolean>(false);
  const [category, setCategory] = React.useState<string>('');
  const [referredToIct, setReferredToIct] = React.useState<boolean>(false);
  const [ictIncident, setIctIncident] = React.useState<string>('');
  const [nnuReference, setNnuReference] = React.useState<string>('');
  const [docRecorded, setDocRecorded] = React.useState<boolean>(false);
  const [summary, setSummary] = React.useState<string>('');
  const escalationKey = React.useRef<string>(newRequestKey('esc'));
  const finaliseProgress = React.useRef<IFinaliseProgress>({ mailSent: false });
  const assigneeId = React.useRef<number | undefined>(undefined);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const mounted = React.useRef<boolean>(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  const state = stateOf(enquiry);
  const mayClaim: boolean = canDo(state, 'claim', actor);
  const mine: boolean = canDo(state, 'resolve', actor);

  // Opening a waiting enquiry prepares the claim (the person id for the Assignee column), so the claim itself
  // is one request.
  React.useEffect(() => {
    if (headingRef.current) {
      headingRef.current.focus();
    }
    if (mayClaim) {
      data.enquiries.resolveUserId(user.login).then((id) => { assigneeId.current = id; }).catch(() => undefined);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const run = async (label: string, action: () => Promise<void>): Promise<void> => {
    setBusy(label);
    setError('');
    try {
      await action();
    } catch (err) {
      if (mounted.current) {
        setError(toUserMessage(err));
      }
    } finally {
      if (mounted.current) {
        setBusy('');
      }
    }
  };

  const onClaim = (): Promise<void> => run(strings.Claiming, async () => {
    try {
      const next = await claim(data, enquiry, actor, assigneeId.current);
      onChanged(next, format(strings.Claimed, next.id));
    } catch (err) {
      if (isConflictError(err)) {
        onLost(format(strings.ClaimLost, enquiry.id, err.editorTitle || strings.AnotherTpso));
        return;
      }
      throw err;
    }
  });

  const onRelease = (): Promise<void> => run(strings.Releasing, async () => {
    const next = await release(data, enquiry, actor);
    onChanged(next, format(strings.Released, next.id));
  });

  const onTakeOver = (): Promise<void> => run(strings.TakingOver, async () => {
    const next = await takeOver(data, enquiry, actor, reason);
    onChanged(next, format(strings.TookOver, next.id, enquiry.authorName || enquiry.requesterKey));
  });

  const onFinalise = (): Promise<void> => run(strings.Finalising, async () => {
    const next = await finalise(data, enquiry, actor, { referencesGiven: refs, comment, notify: !urgentQol }, finaliseProgress.current);
    onChanged(next, format(urgentQol ? strings.FinalisedNoMail : strings.Finalised, next.id, enquiry.authorName || enquiry.requesterKey));
  });

  const onEscalate = (): Promise<void> => run(strings.Escalating, async () => {
    const result = await escalate(data, enquiry, actor, {
      category: isEscalationCategory(category) ? category : '',
      referredToIct, ictIncident, nnuReference, docRecorded, summary, requestKey: escalationKey.current
    });
    onChanged(result.enquiry, format(strings.EscalatedDone, result.enquiry.id,
      result.escalation.dueAt ? result.escalation.dueAt.toLocaleString() : ''));
  });

  const clock = clockOf(enquiry, now);
  const parsedRefs = parseReferences(refs);
  const categoryOptions: IDropdownOption[] = ESCALATION_CATEGORIES.map((c) => ({ key: c.key, text: c.title }));
  const preview = isEscalationCategory(category) ? deadlinesFor(enquiry, category, referredToIct, now) : undefined;
  const disabled: boolean = !!busy;

  return (
    <section className={classes.panel} aria-labelledby={'enquiry-heading-' + enquiry.id}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center">
          <h3 id={'enquiry-heading-' + enquiry.id} ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>
            {format(strings.DetailHeading, enquiry.id, workTypeTitle(enquiry.workType))}
          </h3>
          <DefaultButton text={strings.Close} onClick={onClose} />
        </Stack>
        <dl className={classes.facts}>
          <dt className={classes.term}>{strings.ColStatus}</dt>
          <dd className={classes.detail}>{enquiry.status}{enquiry.assigneeKey ? ' · ' + (enquiry.assigneeName || enquiry.assigneeKey) : ''}</dd>
          <dt className={classes.term}>{strings.ColReason}</dt>
          <dd className={classes.detail}>{enquiry.reason}</dd>
          <dt className={classes.term}>{strings.Question}</dt>
          <dd className={classes.detail}>{enquiry.question}</dd>
          <dt className={classes.term}>{strings.ColOnHold}</dt>
          <dd className={classes.detail}>{enquiry.customerOnHold ? strings.Yes : strings.No}</dd>
          <dt className={classes.term}>{strings.ColOfficer}</dt>
          <dd className={classes.detail}>{enquiry.authorName || enquiry.requesterKey}</dd>
          <dt className={classes.term}>{strings.ColWaited}</dt>
          <dd className={classes.detail}>{format(strings.WaitedMinutes, clock.elapsedMinutes)} · {phaseText(clock.phase)}</dd>
          <dt className={classes.term}>{strings.ReferencesChecked}</dt>
          <dd className={classes.detail}>{enquiry.referencesChecked.length > 0 ? enquiry.referencesChecked.join(', ') : strings.NoneRecorded}
            {enquiry.referencesRead ? ' · ' + format(strings.ReferencesRead, enquiry.referencesRead) : ''}</dd>
          {enquiry.crn && <dt className={classes.term}>{strings.Crn}</dt>}
          {enquiry.crn && <dd className={classes.detail}>{formatCrn(enquiry.crn)}</dd>}
          {enquiry.takenOverAt && <dt className={classes.term}>{strings.TakenOverLabel}</dt>}
          {enquiry.takenOverAt && <dd className={classes.detail}>{format(strings.TakenOverFacts, timeOf(enquiry.takenOverAt), enquiry.takeOverReason || '')}</dd>}
          {enquiry.referencesGiven && <dt className={classes.term}>{strings.ReferencesGiven}</dt>}
          {enquiry.referencesGiven && <dd className={classes.detail}>{enquiry.referencesGiven}</dd>}
          {enquiry.resolution && <dt className={classes.term}>{strings.Comments}</dt>}
          {enquiry.resolution && <dd className={classes.detail}>{enquiry.resolution}</dd>}
        </dl>

        {busy && <Spinner size={SpinnerSize.small} label={busy} ariaLive="polite" />}
        <div role="alert">
          {error && <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{error}</MessageBar>}
        </div>

        {mayClaim && (
          <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.Claim} onClick={() => { onClaim().catch(() => undefined); }} disabled={disabled} />
          </Stack>
        )}
        {!mayClaim && !mine && (enquiry.status === 'Claimed' || enquiry.status === 'TakenOver') && (
          <Text block={true}>{format(strings.HeldByOther, enquiry.assigneeName || enquiry.assigneeKey || strings.AnotherTpso)}</Text>
        )}

        {mine && (
          <Stack tokens={{ childrenGap: 12 }}>
            {enquiry.status === 'Claimed' && (
              <Stack tokens={{ childrenGap: 8 }} className={classes.section}>
                <h4 style={{ margin: 0 }}>{strings.TakeOverHeading}</h4>
                {clock.suggestTakeOver
                  ? <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>{strings.SuggestTakeOver}</MessageBar>
                  : <Text block={true} variant="small">{strings.TakeOverHelp}</Text>}
                <PrivacyTextField label={strings.TakeOverReason} value={reason} onChange={setReason} disabled={disabled} />
                <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
                  <DefaultButton text={strings.TakeOver} onClick={() => { onTakeOver().catch(() => undefined); }} disabled={disabled} />
                  <DefaultButton text={strings.Release} onClick={() => { onRelease().catch(() => undefined); }} disabled={disabled} />
                </Stack>
              </Stack>
            )}
            {enquiry.status === 'TakenOver' && (
              <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>
                {format(strings.OfficerFree, enquiry.authorName || enquiry.requesterKey)}
              </MessageBar>
            )}

            <Stack tokens={{ childrenGap: 8 }} className={classes.section}>
              <h4 style={{ margin: 0 }}>{strings.FinaliseHeading}</h4>
              <TextField
                label={strings.ReferencesGiven}
                description={strings.ReferencesGivenHelp}
                value={refs}
                onChange={(_e, v) => setRefs(v || '')}
                errorMessage={parsedRefs.invalid.length > 0 ? format(strings.ReferencesInvalid, parsedRefs.invalid.join(', ')) : undefined}
                disabled={disabled}
                required={true}
              />
              {parsedRefs.valid.length > 0 && (
                <ul aria-label={strings.ReferenceLinks} style={{ margin: 0 }}>
                  {parsedRefs.valid.map((n) => (
                    <li key={n}><Link href={referenceUrl(n)} target="_blank" rel="noreferrer">{n}</Link></li>
                  ))}
                </ul>
              )}
              <PrivacyTextField label={strings.Comments} value={comment} onChange={setComment} multiline={true} rows={4}
                required={true} disabled={disabled} description={strings.CommentsHelp} />
              <Checkbox label={strings.UrgentQol} checked={urgentQol} onChange={(_e, v) => setUrgentQol(!!v)} disabled={disabled} />
              <Text block={true} variant="small">{urgentQol ? strings.NoMailHelp : strings.MailHelp}</Text>
              <Stack horizontal={true}>
                <PrimaryButton text={urgentQol ? strings.FinaliseNoMail : strings.FinaliseAndNotify}
                  onClick={() => { onFinalise().catch(() => undefined); }} disabled={disabled} />
              </Stack>
            </Stack>

            <Stack tokens={{ childrenGap: 8 }} className={classes.section}>
              <h4 style={{ margin: 0 }}>{strings.EscalateHeading}</h4>
              <DefaultButton
                text={showEscalate ? strings.HideEscalate : strings.ShowEscalate}
                aria-expanded={showEscalate}
                onClick={() => setShowEscalate(!showEscalate)}
              />
              {showEscalate && (
                <Stack tokens={{ childrenGap: 8 }}>
                  <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
                    <div>{strings.EscalateGuidanceTime}</div>
                    <div>{strings.EscalateGuidanceWebforms}</div>
                    <div>{strings.EscalateGuidanceIct}</div>
                  </MessageBar>
                  <Dropdown label={strings.Category} required={true} options={categoryOptions} selectedKey={category || undefined}
                    onChange={(_e, o) => setCategory(o ? String(o.key) : '')} disabled={disabled} placeholder={strings.ChooseCategory} />
                  <Checkbox label={strings.ReferredToIct} checked={referredToIct} onChange={(_e, v) => setReferredToIct(!!v)} disabled={disabled} />
                  {referredToIct && (
                    <TextField label={strings.IctIncident} value={ictIncident} required={true}
                      onChange={(_e, v) => setIctIncident(v || '')} disabled={disabled} />
                  )}
                  <TextField label={strings.NnuReference} value={nnuReference} onChange={(_e, v) => setNnuReference(v || '')} disabled={disabled} />
                  <PrivacyTextField label={strings.EscalationSummary} value={summary} onChange={setSummary} multiline={true} rows={4}
                    required={true} disabled={disabled} />
                  <Checkbox label={strings.DocRecorded} checked={docRecorded} onChange={(_e, v) => setDocRecorded(!!v)} disabled={disabled} />
                  {preview && <Text block={true}>{format(strings.DeadlinePreview, preview.label, preview.dueAt.toLocaleString())}</Text>}
                  <Stack horizontal={true}>
                    <PrimaryButton text={strings.Escalate} onClick={() => { onEscalate().catch(() => undefined); }} disabled={disabled} />
                  </Stack>
                </Stack>
              )}
            </Stack>
          </Stack>
        )}
      </Stack>
    </section>
  );
};
