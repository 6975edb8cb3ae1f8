import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'EscalationsWebPartStrings';
import type { IFeedback, IFeedbackReview } from '../../../../data/stores/types';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { useSaveAction } from '../../../../shared/hooks/useSaveAction';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import { reviewFeedback } from '../../actions';
import type { IFeedbackActor } from '../../actions';
import { getClassNames } from '../TeamFeedback/TeamFeedback.styles';
import { FEEDBACK_WORDS } from '../TeamFeedback/feedbackWords';
import type { IFeedbackReviewProps } from './IFeedbackReviewProps';

/** One flag: what the officer said, the reviewer's reason (kept as typed if the save fails), confirm or decline. */
const FlagItem: React.FC<{
  item: IFeedback;
  actor: IFeedbackActor;
  onReviewed: (flag: IFeedback, review: IFeedbackReview) => void;
  onAnnounce: (t: string) => void;
}> = ({ item, actor, onReviewed, onAnnounce }) => {
  const { data } = useServices();
  const classes = getClassNames(useTheme());
  const [reason, setReason] = React.useState<string>('');
  const [blocked, setBlocked] = React.useState<boolean>(false);
  const action = useSaveAction();
  const headingId: string = 'flag-' + item.id;
  const review = (verdict: 'confirm' | 'decline'): void => {
    action
      .run(async () => {
        const done: IFeedbackReview = await reviewFeedback(data, item, verdict, reason, actor, FEEDBACK_WORDS);
        onReviewed(item, done);
        onAnnounce(
          format(verdict === 'confirm' ? strings.FeedbackConfirmedAnnounce : strings.FeedbackDeclinedAnnounce, item.id)
        );
      })
      .catch(() => undefined);
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
            strings.FeedbackAwaiting
          )}
        </Text>
        <p className={classes.text}>{item.detail}</p>
        <PrivacyTextField
          label={strings.FeedbackReviewReason}
          value={reason}
          onChange={setReason}
          multiline={true}
          rows={2}
          required={true}
          description={strings.FeedbackReviewReasonHelp}
          onValidityChange={setBlocked}
        />
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
          <PrimaryButton
            text={strings.FeedbackConfirm}
            disabled={action.busy || blocked}
            onClick={() => review('confirm')}
          />
          <DefaultButton
            text={strings.FeedbackDecline}
            disabled={action.busy || blocked}
            onClick={() => review('decline')}
          />
        </Stack>
        {action.error && <MessageBar messageBarType={MessageBarType.error}>{action.error}</MessageBar>}
      </Stack>
    </li>
  );
};

/**
 * Flags waiting for a reviewer (seed 004 feedback protocol): a Team Leader or Senior Practitioner checks each
 * against the references and confirms or declines it; a flag counts against no one until confirmed.
 */
export const FeedbackReview: React.FC<IFeedbackReviewProps> = ({
  items,
  onShow,
  error,
  actor,
  onReviewed,
  onAnnounce
}) => {
  const classes = getClassNames(useTheme());
  if (items === undefined && onShow) {
    return <DefaultButton text={strings.FeedbackShowReview} onClick={onShow} />;
  }
  if (items === undefined) {
    return <Spinner label={strings.FeedbackLoading} />;
  }
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text block={true}>{strings.FeedbackReviewIntro}</Text>
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      {items.length === 0 ? (
        <Text block={true}>{strings.FeedbackReviewEmpty}</Text>
      ) : (
        <ul className={classes.list}>
          {items.map((f) => (
            <FlagItem key={f.id} item={f} actor={actor} onReviewed={onReviewed} onAnnounce={onAnnounce} />
          ))}
        </ul>
      )}
    </Stack>
  );
};
