import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'QolChecksWebPartStrings';
import type { IQolResult } from '../../../../data/stores/types';
import { format } from '../../../../shared/text/format';
import { myCheckRows } from '../../model';
import type { IMyCheckRow } from '../../model';
import { useRespond } from '../../hooks/useRespond';
import { errorKindWords, outcomeWords, pillarWords } from '../words';
import type { IMyChecksProps } from './IMyChecksProps';
import { getClassNames } from './MyChecks.styles';

function refOf(r: IQolResult): string {
  return format(strings.CheckLine, r.workType, r.activityRef, r.checkedAt.toLocaleDateString());
}

/** An officer's own QOL checks: outcome, what failed, feedback, and the two things they can say back. */
export const MyChecks: React.FC<IMyChecksProps> = ({ results, responses, hasMore, onResponded, onAnnounce }) => {
  const classes = getClassNames(useTheme());
  const rows: IMyCheckRow[] = React.useMemo(() => myCheckRows(results, responses), [results, responses]);
  const { save, send } = useRespond(onResponded);

  if (rows.length === 0) {
    return <Text block={true}>{strings.NoChecksYet}</Text>;
  }
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text block={true}>{strings.MyChecksIntro}</Text>
      {save.error && <MessageBar messageBarType={MessageBarType.error}>{save.error}</MessageBar>}
      {hasMore && <MessageBar>{format(strings.MoreChecks, rows.length)}</MessageBar>}
      <ul className={classes.list} aria-label={strings.MyChecksHeading}>
        {rows.map((row) => {
          const r: IQolResult = row.result;
          return (
            <li key={r.id} className={classes.item} data-testid={`my-check-${r.checkId}`}>
              <h4 className={classes.heading}>{refOf(r)}</h4>
              <Text block={true}>
                {strings.OutcomeLabel}: {outcomeWords(r.outcome)}
                {r.sentBack ? ' · ' + strings.SentBack : ''}
              </Text>
              {r.pillarsFailed.length > 0 && (
                <Text block={true}>
                  {format(strings.PillarsFailedLine, r.pillarsFailed.map(pillarWords).join(', '))}
                </Text>
              )}
              {r.nonCriticalErrors.length > 0 && (
                <Text block={true}>
                  {format(strings.ErrorsLine, r.nonCriticalErrors.map(errorKindWords).join(', '))}
                </Text>
              )}
              {r.feedback && (
                <p className={classes.feedback}>
                  <span className={classes.meta}>{strings.FeedbackHeading}: </span>
                  {r.feedback}
                </p>
              )}
              {row.feedbackOpen && (
                <Text block={true} className={classes.open}>
                  {strings.AwaitingAck}
                </Text>
              )}
              {row.sendBackOpen && (
                <Text block={true} className={classes.open}>
                  {strings.AwaitingCorrection}
                </Text>
              )}
              {(row.feedbackOpen || row.sendBackOpen) && (
                <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }} style={{ marginTop: 8 }}>
                  {row.feedbackOpen && (
                    <DefaultButton
                      text={strings.Acknowledge}
                      disabled={save.busy}
                      ariaDescription={refOf(r)}
                      onClick={() => {
                        send(r, 'Acknowledged').then(
                          (ok) => {
                            if (ok) {
                              onAnnounce(format(strings.AckAnnouncement, refOf(r)));
                            }
                          },
                          () => undefined
                        );
                      }}
                    />
                  )}
                  {row.sendBackOpen && (
                    <DefaultButton
                      text={strings.ConfirmCorrected}
                      disabled={save.busy}
                      ariaDescription={refOf(r)}
                      onClick={() => {
                        send(r, 'Corrected').then(
                          (ok) => {
                            if (ok) {
                              onAnnounce(format(strings.CorrectedAnnouncement, refOf(r)));
                            }
                          },
                          () => undefined
                        );
                      }}
                    />
                  )}
                </Stack>
              )}
              {!row.feedbackOpen && r.outcome !== 'Correct' && (
                <Text block={true} className={classes.meta}>
                  {strings.Acknowledged}
                </Text>
              )}
              {r.sentBack && !row.sendBackOpen && (
                <Text block={true} className={classes.meta}>
                  {strings.Corrected}
                </Text>
              )}
            </li>
          );
        })}
      </ul>
    </Stack>
  );
};
