import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'AskTpsWebPartStrings';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import { formatTime, toUserMessage } from '../../../../data/errors';
import type { IEnquiry } from '../../../../data/stores/types';
import { guidelinePhase } from '../../../../domain/guidelineClock';
import type { GuidelineClock } from '../../../../domain/guidelineClock';
import { guidelineMinutesFor, workTypeTitle } from '../../../../domain/workTypes';
import { parseReferences } from '../../../../domain/references';
import { ReferenceLinks } from '../../../../shared/components/ReferenceLinks';
import { minutesBetween } from '../../model/myEnquiries';
import { FlagAnswer } from './FlagAnswer';
import type { IEnquiryCardProps } from './IMyEnquiriesProps';
import { useIsMounted } from '../../../../shared/hooks/useIsMounted';

const STATUS_COLOURS: { [status: string]: string } = {
  Waiting: '#8a5a00',
  Claimed: '#0b5a9c',
  TakenOver: '#0b5a9c',
  Resolved: '#0b6a0b',
  Escalated: '#6b2e8a',
  Withdrawn: '#555555'
};

/** The status line: "Claimed by Tom Peer". */
export function statusText(e: IEnquiry): string {
  const who: string = e.assigneeName || strings.SomeoneTps;
  switch (e.status) {
    case 'Waiting': return strings.StatusWaiting;
    case 'Claimed': return format(strings.StatusClaimed, who);
    case 'TakenOver': return format(strings.StatusTakenOver, who);
    case 'Resolved': return format(strings.StatusResolved, who);
    case 'Escalated': return strings.StatusEscalated;
    case 'Withdrawn': return strings.StatusWithdrawn;
    default: return e.status;
  }
}

/** "waiting 3 min", "waited 2 min before it was claimed", "answered after 9 min" (empty when unknown). */
function timing(e: IEnquiry, now: Date, guideline: number): { text: string; over: boolean } {
  if (!e.created) {
    return { text: '', over: false };
  }
  if (e.status === 'Waiting') {
    const clock: GuidelineClock = guidelinePhase({ createdAt: e.created, now, guidelineMinutes: guideline });
    return { text: format(strings.WaitedMinutes, clock.elapsedMinutes), over: clock.phase === 'overGuideline' };
  }
  if (e.status === 'Claimed' || e.status === 'TakenOver') {
    const waited: number | undefined = minutesBetween(e.created, e.claimedAt);
    return { text: waited === undefined ? '' : format(strings.WaitedBeforeClaim, waited), over: false };
  }
  if (e.status === 'Resolved') {
    const took: number | undefined = minutesBetween(e.created, e.resolvedAt);
    return { text: took === undefined ? '' : format(strings.AnsweredAfter, took), over: false };
  }
  return { text: '', over: false };
}

function postedAt(d: Date | undefined, now: Date): string {
  if (!d) {
    return '';
  }
  const sameDay: boolean = d.toDateString() === now.toDateString();
  return sameDay ? formatTime(d) : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' }) + ' ' + formatTime(d);
}

function excerpt(text: string, max: number): string {
  const t: string = (text || '').replace(/\s+/g, ' ').trim();
  return t.length > max ? t.substring(0, max - 1) + '…' : t;
}

type WithdrawState = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'working' } | { kind: 'failed'; message: string };

/** One enquiry of "My enquiries", with Withdraw (before a claim) and Flag answer as incorrect (once answered). */
export const EnquiryCard: React.FC<IEnquiryCardProps> = ({ enquiry: e, workTypes, now, onChanged, onStale }) => {
  const { data } = useServices();
  const [withdraw, setWithdraw] = React.useState<WithdrawState>({ kind: 'idle' });
  const [flagging, setFlagging] = React.useState<boolean>(false);
  const mounted = useIsMounted();
  const title: string = workTypeTitle(workTypes, e.workType);
  const time = timing(e, now, guidelineMinutesFor(workTypes, e.workType));
  const refs: string[] = parseReferences(e.referencesGiven).valid;
  const headingId: string = 'ask-tps-enquiry-' + e.id;

  const doWithdraw = (): void => {
    setWithdraw({ kind: 'working' });
    data.enquiries.update(e.id, { status: 'Withdrawn', clear: ['crn'] }, e.etag).then((item) => {
      if (mounted.current) {
        setWithdraw({ kind: 'idle' });
      }
      onChanged(item);
    }).catch((error) => {
      if (mounted.current) {
        setWithdraw({ kind: 'failed', message: toUserMessage(error) });
      }
      onStale();
    });
  };

  return (
    <article
      aria-labelledby={headingId}
      style={{ border: '1px solid #c8c6c4', borderRadius: 4, padding: 12, background: '#ffffff' }}
      data-enquiry-id={e.id}
    >
      <Stack tokens={{ childrenGap: 6 }}>
        <Stack horizontal={true} wrap={true} horizontalAlign="space-between" tokens={{ childrenGap: 8 }}>
          <Text as="h4" variant="mediumPlus" id={headingId} style={{ fontWeight: 600, margin: 0 }}>{title}</Text>
          <Text variant="medium" style={{ color: STATUS_COLOURS[e.status] || '#323130', fontWeight: 600 }} data-status={e.status}>
            {statusText(e)}
          </Text>
        </Stack>
        <Text variant="small" block={true} style={{ color: '#605e5c' }}>
          {format(strings.PostedAt, postedAt(e.created, now))}
          {time.text ? ' · ' + time.text : ''}
          {time.over ? ' · ' + format(strings.OverGuideline, guidelineMinutesFor(workTypes, e.workType)) : ''}
          {e.customerOnHold && e.status === 'Waiting' ? ' · ' + strings.CustomerOnHoldBadge : ''}
        </Text>
        <Text block={true} style={{ overflowWrap: 'anywhere' }}>
          <span style={{ fontWeight: 600 }}>{strings.QuestionHeading}: </span>{excerpt(e.question, 200)}
        </Text>
        {e.status === 'Resolved' && (e.resolution || refs.length > 0) && (
          <div style={{ borderLeft: '3px solid #0b6a0b', paddingLeft: 8 }}>
            {e.resolution && (
              <Text block={true} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                <span style={{ fontWeight: 600 }}>{strings.ResolutionHeading}: </span>{e.resolution}
              </Text>
            )}
            <ReferenceLinks label={strings.ReferencesGivenLabel} numbers={refs} />
          </div>
        )}

        {withdraw.kind === 'failed' && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true} role="alert" delayedRender={false}
            onDismiss={() => setWithdraw({ kind: 'idle' })} dismissButtonAriaLabel={strings.FlagCancel}>
            <strong>{strings.WithdrawFailed}</strong> {withdraw.message}
          </MessageBar>
        )}

        {e.status === 'Waiting' && withdraw.kind !== 'confirm' && withdraw.kind !== 'working' && (
          <Stack horizontal={true}>
            <DefaultButton text={strings.Withdraw} onClick={() => setWithdraw({ kind: 'confirm' })}
              ariaDescription={title} />
          </Stack>
        )}
        {e.status === 'Waiting' && (withdraw.kind === 'confirm' || withdraw.kind === 'working') && (
          <Stack tokens={{ childrenGap: 6 }}>
            <Text block={true}>{strings.WithdrawConfirm}</Text>
            <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
              <PrimaryButton text={withdraw.kind === 'working' ? strings.Withdrawing : strings.WithdrawYes}
                disabled={withdraw.kind === 'working'} onClick={doWithdraw} />
              <DefaultButton text={strings.WithdrawNo} disabled={withdraw.kind === 'working'}
                onClick={() => setWithdraw({ kind: 'idle' })} />
            </Stack>
          </Stack>
        )}

        {e.status === 'Resolved' && e.assigneeKey && !flagging && (
          <Stack horizontal={true}>
            <DefaultButton text={strings.FlagAnswer} onClick={() => setFlagging(true)} ariaDescription={title} />
          </Stack>
        )}
        {e.status === 'Resolved' && e.assigneeKey && flagging && (
          <FlagAnswer enquiry={e} onClose={() => setFlagging(false)} />
        )}
      </Stack>
    </article>
  );
};
