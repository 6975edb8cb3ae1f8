import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'QolChecksWebPartStrings';
import type { IQolCheck } from '../../../../data/stores/types';
import { URGENT_QOL_REASONS } from '../../../../domain/qol';
import { format } from '../../../../shared/text/format';
import { waitedWords } from '../../model';
import type { IUrgentRow } from '../../model';
import { useClaimUrgent } from '../../hooks/useUrgent';
import type { IUrgentQueueProps } from './IUrgentQueueProps';
import { getClassNames } from './UrgentQueue.styles';

function reasonWords(key: string | undefined): string {
  const r = URGENT_QOL_REASONS.filter((x) => x.key === key)[0];
  return r ? r.title : key || '';
}

function rowTitle(row: IUrgentRow): string {
  return format(
    strings.UrgentRow,
    row.request.workType || '',
    row.request.activityRef || '',
    reasonWords(row.request.urgentReason)
  );
}

/**
 * Urgent QOL requests for the checker's work types, oldest first, each with how long the officer has waited. One
 * checker wins a claim (the error names who won); the claimer records the result from here.
 */
export const UrgentQueue: React.FC<IUrgentQueueProps> = ({ rows, onClaimed, onLost, onRecord, onAnnounce }) => {
  const classes = getClassNames(useTheme());
  const { save, claim } = useClaimUrgent(onClaimed);

  const onClaim = (row: IUrgentRow): void => {
    claim(row.request).then(
      (ok) => {
        if (ok) {
          onAnnounce(format(strings.UrgentClaimedAnnouncement, rowTitle(row)));
        } else {
          onLost();
        }
      },
      () => undefined
    );
  };

  if (rows.length === 0) {
    return <Text block={true}>{strings.UrgentQueueEmpty}</Text>;
  }
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {save.error && (
        <MessageBar messageBarType={MessageBarType.warning} role="alert">
          {save.error}
        </MessageBar>
      )}
      <ul className={classes.list} aria-label={strings.UrgentQueueHeading} data-testid="qol-urgent-queue">
        {rows.map((row) => {
          const title: string = rowTitle(row);
          const claimedBy: string = row.claim ? row.claim.editorName || row.claim.checkerKey : '';
          return (
            <li key={row.request.id} className={classes.item} data-request-id={row.request.id}>
              <div>
                <Text block={true} className={classes.title}>
                  {title}
                </Text>
                <Text block={true} className={classes.clock}>
                  {format(strings.UrgentWaiting, waitedWords(row.waitedMs, strings.Minutes, strings.HoursMinutes))}
                </Text>
                {row.state === 'other' && (
                  <Text block={true} className={classes.meta}>
                    {format(strings.UrgentClaimedByOther, claimedBy)}
                  </Text>
                )}
                {row.state === 'mine' && (
                  <Text block={true} className={classes.meta}>
                    {strings.UrgentClaimedByMe}
                  </Text>
                )}
              </div>
              {row.state === 'waiting' && (
                <PrimaryButton
                  text={strings.UrgentClaim}
                  ariaDescription={title}
                  disabled={save.busy}
                  onClick={() => onClaim(row)}
                />
              )}
              {row.state === 'mine' && row.claim && (
                <DefaultButton
                  text={strings.UrgentRecord}
                  ariaDescription={title}
                  onClick={() => onRecord(row.claim as IQolCheck)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </Stack>
  );
};
