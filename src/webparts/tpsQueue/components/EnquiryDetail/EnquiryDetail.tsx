import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'TpsQueueWebPartStrings';
import { useServices } from '../../../../shared/services';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { format } from '../../../../shared/text/format';
import { isConflictError, toUserMessage } from '../../../../data/errors';
import type { IEnquiry } from '../../../../data/stores/types';
import { canDo } from '../../../../domain/enquiryLifecycle';
import { formatCrn } from '../../../../domain/crn';
import type { WorkType } from '../../../../domain/workTypes';
import { actorOf, clockOf, isTooLong, MAX_LENGTH, stateOf } from '../../model';
import { workTypeTitle } from '../../../../domain/workTypes';
import { claim, release, takeOver } from '../../actions';
import type { IFinaliseProgress } from '../../actions';
import { phaseText } from '../QueueList/QueueList';
import { useNow } from '../../../../shared/hooks/useNow';
import { ActionError } from './ActionError';
import type { ActionArea, RunAction } from './ActionError';
import { FinaliseForm } from './FinaliseForm';
import { EscalateForm } from './EscalateForm';
import { useIsMounted } from '../../../../shared/hooks/useIsMounted';

/** Props of {@link EnquiryDetail}. */
export interface IEnquiryDetailProps {
  enquiry: IEnquiry;
  /** The enquiry changed (claimed, taken over, finalised...): the new copy and what to announce. */
  onChanged: (next: IEnquiry, message: string) => void;
  /** Someone else has it now (a lost claim): what to announce. */
  onLost: (message: string) => void;
  /** A newer copy was read (after a conflict): show it without closing the panel or losing what was typed. */
  onRefreshed: (next: IEnquiry) => void;
  onClose: () => void;
  /** Work types for the title and the guideline clock (the Work Types list, or the built-in ones until read). */
  workTypes: ReadonlyArray<WorkType>;
  /** This enquiry's finalise progress, kept by the queue (not the panel) so the mail goes once per enquiry. */
  finaliseProgress: IFinaliseProgress;
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

/** The claimant's site user id for the Assignee person: resolving, known, or not found (claim resolves it then). */
type ClaimId = { kind: 'resolving' } | { kind: 'ready'; id: number } | { kind: 'unknown' };

/** One enquiry and every action on it; what the TPSO typed survives any failed action. */
export const EnquiryDetail: React.FC<IEnquiryDetailProps> = (props) => {
  const { enquiry, onChanged, onLost, onRefreshed, onClose, workTypes, finaliseProgress } = props;
  const { data, user } = useServices();
  const actor = React.useMemo(() => actorOf(user), [user]);
  const now: Date = useNow(30000);
  const [busy, setBusy] = React.useState<string>('');
  const [error, setError] = React.useState<{ area: ActionArea; message: string } | undefined>(undefined);
  const [reason, setReason] = React.useState<string>('');
  const state = stateOf(enquiry);
  const mayClaim: boolean = canDo(state, 'claim', actor);
  const mine: boolean = canDo(state, 'resolve', actor);
  const [claimId, setClaimId] = React.useState<ClaimId>(() => (mayClaim ? { kind: 'resolving' } : { kind: 'unknown' }));
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const mounted = useIsMounted();

  React.useEffect(() => {
    if (headingRef.current) {
      headingRef.current.focus();
    }
  }, []);

  // A claimable enquiry prepares the claim (the person id for the Assignee column, cached by the store) so the
  // claim itself is one request; Claim waits for it, so no claim lands without the person the officer sees.
  React.useEffect(() => {
    if (!mayClaim || claimId.kind === 'ready') {
      return;
    }
    setClaimId({ kind: 'resolving' });
    data.enquiries.resolveUserId(user.login).then((id) => {
      if (mounted.current) {
        setClaimId(id === undefined ? { kind: 'unknown' } : { kind: 'ready', id });
      }
    }).catch(() => {
      if (mounted.current) {
        setClaimId({ kind: 'unknown' });
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mayClaim, data, user.login]);

  const run: RunAction = async (label, area, action) => {
    setBusy(label);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      if (mounted.current) {
        setError({ area, message: toUserMessage(err) });
      }
    } finally {
      if (mounted.current) {
        setBusy('');
      }
    }
  };
  const errorIn = (area: ActionArea): string | undefined => (error && error.area === area ? error.message : undefined);
  // A failure whose form is gone (a conflict showed someone else has it now) is still said, here.
  const orphaned: string | undefined = error && error.area !== 'claim' && !mine ? error.message : undefined;

  const onClaim = (): Promise<void> => run(strings.Claiming, 'claim', async () => {
    try {
      const next = await claim(data, enquiry, actor, claimId.kind === 'ready' ? claimId.id : undefined);
      onChanged(next, format(strings.Claimed, next.id));
    } catch (err) {
      if (isConflictError(err)) {
        onLost(format(strings.ClaimLost, enquiry.id, err.editorTitle || strings.AnotherTpso));
        return;
      }
      throw err;
    }
  });

  const reasonTooLong: boolean = isTooLong(reason, MAX_LENGTH.takeOverReason);
  const onRelease = (): Promise<void> => run(strings.Releasing, 'takeOver', async () => {
    const next = await release(data, enquiry, actor);
    onChanged(next, format(strings.Released, next.id));
  });

  const onTakeOver = (): Promise<void> => run(strings.TakingOver, 'takeOver', async () => {
    const next = await takeOver(data, enquiry, actor, reason);
    onChanged(next, format(strings.TookOver, next.id, enquiry.authorName || enquiry.requesterKey));
  });

  const clock = clockOf(enquiry, now, workTypes);
  const disabled: boolean = !!busy;
  const preparing: boolean = claimId.kind === 'resolving';

  return (
    <section className={classes.panel} aria-labelledby={'enquiry-heading-' + enquiry.id}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center">
          <h3 id={'enquiry-heading-' + enquiry.id} ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>
            {format(strings.DetailHeading, enquiry.id, workTypeTitle(workTypes, enquiry.workType))}
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

        {mayClaim && (
          <Stack tokens={{ childrenGap: 8 }}>
            <ActionError message={errorIn('claim')} />
            <Stack horizontal={true} verticalAlign="center" tokens={{ childrenGap: 8 }}>
              <PrimaryButton text={strings.Claim} onClick={() => { onClaim().catch(() => undefined); }} disabled={disabled || preparing} />
              {preparing && <Spinner size={SpinnerSize.xSmall} label={strings.ClaimPreparing} labelPosition="right" />}
            </Stack>
          </Stack>
        )}
        {!mine && <ActionError message={orphaned} />}
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
                <PrivacyTextField label={strings.TakeOverReason} value={reason} onChange={setReason} disabled={disabled}
                  errorMessage={reasonTooLong ? format(strings.TooLong, MAX_LENGTH.takeOverReason, reason.trim().length) : undefined} />
                <ActionError message={errorIn('takeOver')} />
                <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
                  <DefaultButton text={strings.TakeOver} onClick={() => { onTakeOver().catch(() => undefined); }} disabled={disabled || reasonTooLong} />
                  <DefaultButton text={strings.Release} onClick={() => { onRelease().catch(() => undefined); }} disabled={disabled} />
                </Stack>
              </Stack>
            )}
            {enquiry.status === 'TakenOver' && (
              <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>
                {format(strings.OfficerFree, enquiry.authorName || enquiry.requesterKey)}
              </MessageBar>
            )}
            <FinaliseForm enquiry={enquiry} workTypes={workTypes} progress={finaliseProgress} disabled={disabled} run={run}
              error={errorIn('finalise')} onChanged={onChanged} onRefreshed={onRefreshed} section={classes.section} />
            <EscalateForm enquiry={enquiry} now={now} disabled={disabled} run={run} error={errorIn('escalate')}
              onChanged={onChanged} section={classes.section} />
          </Stack>
        )}
      </Stack>
    </section>
  );
};
