import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'AskTpsWebPartStrings';
import { format } from '../../../../shared/text/format';
import { guidelineMinutesFor, workTypeTitle } from '../../../../domain/workTypes';
import { readReferences } from '../../../../domain/references';
import type { TypedReference } from '../../../../domain/references';
import { isEnquiryStatus } from '../../../../domain/enquiryValues';
import { ReferenceLinks } from '../../../../shared/components/ReferenceLinks';
import { escalatedSteps, excerpt, flagReview, postedAt, statusText, timing } from '../../model';
import type { IFlagReview } from '../../model';
import { EscalatedGuidance } from '../EscalatedGuidance';
import { useWithdraw } from '../../hooks/useWithdraw';
import { FlagAnswer } from '../FlagAnswer';
import type { IEnquiryCardProps } from './IEnquiryCardProps';
import { getClassNames } from './EnquiryCard.styles';

/** What the officer reads about their flag (seed 004 feedback protocols: reviewed before it counts). */
const FLAG_WORDS: { readonly [o in IFlagReview['outcome']]: string } = {
  inReview: strings.FlagInReview,
  confirmed: strings.FlagConfirmed,
  declined: strings.FlagDeclined
};

/**
 * One enquiry of "My enquiries", with Withdraw (before a claim) and Flag answer as incorrect (once answered); after
 * an escalation, what the officer does now; a flagged answer's review state.
 */
export const EnquiryCard: React.FC<IEnquiryCardProps> = (props) => {
  const { enquiry: e, workTypes, now, onChanged, onStale, resources, flag, onFlagged } = props;
  const classes = getClassNames(useTheme());
  const withdraw = useWithdraw(e, onChanged, onStale);
  const [flagging, setFlagging] = React.useState<boolean>(false);
  const title: string = workTypeTitle(workTypes, e.workType);
  const guideline: number = guidelineMinutesFor(workTypes, e.workType);
  const time = timing(e, now, guideline);
  // Typed references (seed 002 item 1); older items' text of OB numbers reads as OB references.
  const refs: TypedReference[] = readReferences(e.referencesGiven);
  const headingId: string = 'ask-tps-enquiry-' + e.id;
  const asking: boolean = withdraw.state.kind === 'confirm' || withdraw.state.kind === 'working';
  const answered: boolean = e.status === 'Resolved' && !!e.assigneeKey;
  const review: IFlagReview | undefined = flag ? flagReview(flag) : undefined;

  return (
    <article aria-labelledby={headingId} className={classes.card} data-enquiry-id={e.id}>
      <Stack tokens={{ childrenGap: 6 }}>
        <Stack horizontal={true} wrap={true} horizontalAlign="space-between" tokens={{ childrenGap: 8 }}>
          <Text as="h4" variant="mediumPlus" id={headingId} className={classes.title}>
            {title}
          </Text>
          <Text
            variant="medium"
            className={isEnquiryStatus(e.status) ? classes[e.status] : classes.other}
            data-status={e.status}
          >
            {statusText(e)}
          </Text>
        </Stack>
        <Text variant="small" block={true} className={classes.meta}>
          {format(strings.PostedAt, postedAt(e.created, now))}
          {time.text ? ' · ' + time.text : ''}
          {time.over ? ' · ' + format(strings.OverGuideline, guideline) : ''}
          {e.customerOnHold && e.status === 'Waiting' ? ' · ' + strings.CustomerOnHoldBadge : ''}
          {e.stopPayment ? ' · ' + strings.StopPaymentBadge : ''}
        </Text>
        <Text block={true} className={classes.question}>
          <span className={classes.label}>{strings.QuestionHeading}: </span>
          {excerpt(e.question, 200)}
        </Text>
        {e.status === 'Resolved' && (e.resolution || refs.length > 0) && (
          <div className={classes.answer}>
            {e.resolution && (
              <Text block={true} className={classes.answerText}>
                <span className={classes.label}>{strings.ResolutionHeading}: </span>
                {e.resolution}
              </Text>
            )}
            <ReferenceLinks label={strings.ReferencesGivenLabel} numbers={[]} references={refs} />
          </div>
        )}

        <EscalatedGuidance steps={escalatedSteps(e)} resources={resources} idPrefix={headingId} />

        {review && (
          <Text block={true} variant="small" data-testid="flag-review" data-outcome={review.outcome}>
            {FLAG_WORDS[review.outcome]}
            {review.reason ? ' ' + format(strings.FlagDeclinedReason, review.reason) : ''}
          </Text>
        )}

        {withdraw.state.kind === 'failed' && (
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline={true}
            role="alert"
            delayedRender={false}
            onDismiss={withdraw.cancel}
            dismissButtonAriaLabel={strings.FlagCancel}
          >
            <strong>{strings.WithdrawFailed}</strong> {withdraw.state.message}
          </MessageBar>
        )}

        {e.status === 'Waiting' && !asking && (
          <Stack horizontal={true}>
            <DefaultButton text={strings.Withdraw} onClick={withdraw.ask} ariaDescription={title} />
          </Stack>
        )}
        {e.status === 'Waiting' && asking && (
          <Stack tokens={{ childrenGap: 6 }}>
            <Text block={true}>{strings.WithdrawConfirm}</Text>
            <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
              <PrimaryButton
                text={withdraw.state.kind === 'working' ? strings.Withdrawing : strings.WithdrawYes}
                disabled={withdraw.state.kind === 'working'}
                onClick={withdraw.confirm}
              />
              <DefaultButton
                text={strings.WithdrawNo}
                disabled={withdraw.state.kind === 'working'}
                onClick={withdraw.cancel}
              />
            </Stack>
          </Stack>
        )}

        {answered && !flagging && !review && (
          <Stack horizontal={true}>
            <DefaultButton text={strings.FlagAnswer} onClick={() => setFlagging(true)} ariaDescription={title} />
          </Stack>
        )}
        {answered && flagging && <FlagAnswer enquiry={e} onClose={() => setFlagging(false)} onSent={onFlagged} />}
      </Stack>
    </article>
  );
};
