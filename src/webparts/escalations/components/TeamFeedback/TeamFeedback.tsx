import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'EscalationsWebPartStrings';
import type { IFeedbackReview } from '../../../../data/stores/types';
import { awaitsTeamLeader } from '../../../../domain/feedbackLifecycle';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import { closeFeedback } from '../../actions';
import type { IFeedbackActor } from '../../actions';
import { useSaveAction } from '../../../../shared/hooks/useSaveAction';
import type { ITeamFeedbackProps } from './ITeamFeedbackProps';
import { getClassNames } from './TeamFeedback.styles';
import { FEEDBACK_WORDS } from './feedbackWords';

/** One confirmed flag: what the officer said, why it was confirmed, and, while open, what was done. */
const ConfirmedItem: React.FC<{
  item: IFeedbackReview;
  actor: IFeedbackActor;
  onClosed: (r: IFeedbackReview) => void;
  onAnnounce: (t: string) => void;
}> = ({ item, actor, onClosed, onAnnounce }) => {
  const { data } = useServices();
  const classes = getClassNames(useTheme());
  const [outcome, setOutcome] = React.useState<string>('');
  const [blocked, setBlocked] = React.useState<boolean>(false);
  const action = useSaveAction();
  const headingId: string = 'feedback-' + item.feedbackId;
  const open: boolean = awaitsTeamLeader(item.status);
  const close = async (): Promise<void> => {
    await action.run(async () => {
      onClosed(await closeFeedback(data, item, actor, outcome, FEEDBACK_WORDS));
      onAnnounce(format(strings.FeedbackClosedAnnounce, item.feedbackId));
    });
  };
  return (
    <li className={classes.item} aria-labelledby={headingId}>
      <Stack tokens={{ childrenGap: 6 }}>
        <Text as="h4" id={headingId} variant="mediumPlus" block={true}>
          {format(strings.FeedbackAbout, item.tpsoKey, item.enquiryId)}
        </Text>
        <Text block={true} className={classes.meta}>
          {format(
            strings.FeedbackMeta,
            item.raisedByKey,
            item.created ? item.created.toLocaleString('en-AU') : '',
            open ? strings.FeedbackConfirmed : strings.FeedbackClosed
          )}
        </Text>
        <p className={classes.text}>{item.detail}</p>
        <p className={classes.text}>
          {format(
            strings.FeedbackReviewedBy,
            item.reviewedByKey,
            item.reviewedAt ? item.reviewedAt.toLocaleString('en-AU') : '',
            item.reviewNote
          )}
        </p>
        {open ? (
          <>
            <PrivacyTextField
              label={strings.FeedbackOutcome}
              value={outcome}
              onChange={setOutcome}
              multiline={true}
              rows={2}
              required={true}
              description={strings.FeedbackOutcomeHelp}
              onValidityChange={setBlocked}
            />
            <div>
              <PrimaryButton
                text={strings.FeedbackClose}
                disabled={action.busy || blocked}
                onClick={() => {
                  close().catch(() => undefined);
                }}
              />
            </div>
            {action.error && <MessageBar messageBarType={MessageBarType.error}>{action.error}</MessageBar>}
          </>
        ) : (
          <p className={classes.text}>
            <strong>{strings.FeedbackOutcome}: </strong>
            {item.outcome}
          </p>
        )}
      </Stack>
    </li>
  );
};

/**
 * Confirmed flags about the Team Leader's TPSOs (seed 004 feedback protocol: only a flag a reviewer confirmed
 * reaches the TPSO's Team Leader), the ones still to act on first.
 */
export const TeamFeedback: React.FC<ITeamFeedbackProps> = ({ items, onShow, error, actor, onClosed, onAnnounce }) => {
  const classes = getClassNames(useTheme());
  if (items === undefined && onShow) {
    return <DefaultButton text={strings.FeedbackShowTeam} onClick={onShow} />;
  }
  if (items === undefined) {
    return <Spinner label={strings.FeedbackLoading} />;
  }
  const sorted: IFeedbackReview[] = items
    .slice()
    .sort((a, b) => Number(!awaitsTeamLeader(a.status)) - Number(!awaitsTeamLeader(b.status)));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      {sorted.length === 0 ? (
        <Text block={true}>{strings.FeedbackEmpty}</Text>
      ) : (
        <ul className={classes.list}>
          {sorted.map((r) => (
            <ConfirmedItem key={r.id} item={r} actor={actor} onClosed={onClosed} onAnnounce={onAnnounce} />
          ))}
        </ul>
      )}
    </Stack>
  );
};
