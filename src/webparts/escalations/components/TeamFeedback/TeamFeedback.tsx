import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'EscalationsWebPartStrings';
import type { IFeedback } from '../../../../data/stores/types';
import { isFeedbackOpen } from '../../../../domain/feedback';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import { closeFeedback } from '../../actions';
import type { FeedbackProblemWords } from '../../actions';
import { useSaveAction } from '../../../../shared/hooks/useSaveAction';
import type { ITeamFeedbackProps } from './ITeamFeedbackProps';
import { getClassNames } from './TeamFeedback.styles';

const WORDS: FeedbackProblemWords = {
  alreadyClosed: strings.FeedbackAlreadyClosed,
  notYours: strings.FeedbackNotYours,
  outcomeMissing: strings.FeedbackOutcomeMissing,
  outcomeTooLong: strings.FeedbackOutcomeTooLong,
  outcomePrivacy: strings.FeedbackOutcomePrivacy
};

/** One feedback item: what the officer said, and, while open, what was done (kept as typed if the save fails). */
const FeedbackItem: React.FC<{
  item: IFeedback;
  onClosed: (f: IFeedback) => void;
  onAnnounce: (t: string) => void;
}> = ({ item, onClosed, onAnnounce }) => {
  const { data, user } = useServices();
  const classes = getClassNames(useTheme());
  const [outcome, setOutcome] = React.useState<string>('');
  const [blocked, setBlocked] = React.useState<boolean>(false);
  const action = useSaveAction();
  const headingId: string = 'feedback-' + item.id;
  const close = async (): Promise<void> => {
    await action.run(async () => {
      const closed = await closeFeedback(
        data,
        item,
        { key: user.login.toLowerCase(), displayName: user.displayName },
        outcome,
        WORDS
      );
      onClosed(closed);
      onAnnounce(format(strings.FeedbackClosedAnnounce, item.id));
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
            isFeedbackOpen(item.status) ? strings.FeedbackOpen : strings.FeedbackClosed
          )}
        </Text>
        <p className={classes.text}>{item.detail}</p>
        {isFeedbackOpen(item.status) ? (
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

/** The feedback officers flagged about the Team Leader's TPSOs (seed 004 feedback protocol), open ones first. */
export const TeamFeedback: React.FC<ITeamFeedbackProps> = ({ items, error, onClosed, onAnnounce }) => {
  const classes = getClassNames(useTheme());
  if (items === undefined) {
    return <Spinner label={strings.FeedbackLoading} />;
  }
  const sorted: IFeedback[] = items
    .slice()
    .sort((a, b) => Number(!isFeedbackOpen(a.status)) - Number(!isFeedbackOpen(b.status)));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      {sorted.length === 0 ? (
        <Text block={true}>{strings.FeedbackEmpty}</Text>
      ) : (
        <ul className={classes.list}>
          {sorted.map((f) => (
            <FeedbackItem key={f.id} item={f} onClosed={onClosed} onAnnounce={onAnnounce} />
          ))}
        </ul>
      )}
    </Stack>
  );
};
