import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'QolChecksWebPartStrings';
import { format } from '../../../../shared/text/format';
import { outcomeWords } from '../words';
import { getClassNames } from '../MyChecks/MyChecks.styles';
import type { IMyUrgentRequestsProps } from './IMyUrgentRequestsProps';

/**
 * An officer's urgent QOL requests: waiting, or checked with the outcome. No mail tells them (urgent QOL goes
 * without "Finalise and notify"): this list, live, is where they see it; the check itself is in their checks below.
 */
export const MyUrgentRequests: React.FC<IMyUrgentRequestsProps> = ({ rows }) => {
  const classes = getClassNames(useTheme());
  if (rows.length === 0) {
    return null; // eslint-disable-line @rushstack/no-new-null
  }
  return (
    <ul className={classes.list} aria-label={strings.MyUrgentHeading} data-testid="qol-my-urgent">
      {rows.map(({ request, result }) => {
        const what: string = format(
          strings.CheckLine,
          request.workType || '',
          request.activityRef || '',
          request.created ? request.created.toLocaleString() : ''
        );
        return (
          <li key={request.id} className={classes.item}>
            <Text block={true}>
              {result
                ? format(strings.MyUrgentDone, what) + ' (' + outcomeWords(result.outcome) + ')'
                : format(strings.MyUrgentWaiting, what)}
            </Text>
          </li>
        );
      })}
    </ul>
  );
};
