import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'QolChecksWebPartStrings';
import { format } from '../../../../shared/text/format';
import type { IDirectedRow } from '../../model';
import { getClassNames } from '../MyChecks/MyChecks.styles';
import type { IDirectedChecksProps } from './IDirectedChecksProps';

function describe(row: IDirectedRow): string {
  const d = row.direction;
  const due: string = d.dueDate.toLocaleDateString();
  return d.officerKey
    ? format(strings.DirectedOfficer, d.checkCount, d.officerKey, due)
    : format(strings.DirectedWorkType, d.checkCount, d.workType || '', due);
}

/** What Team Leaders and SSOs directed to this TPSO (seed 000: "QOL check … as directed"), directed against done. */
export const DirectedChecks: React.FC<IDirectedChecksProps> = ({ rows }) => {
  const classes = getClassNames(useTheme());
  if (rows.length === 0) {
    return <Text block={true}>{strings.DirectedEmpty}</Text>;
  }
  return (
    <ul className={classes.list} aria-label={strings.DirectedHeading} data-testid="qol-directed">
      {rows.map((row) => {
        const text: string = describe(row);
        const progress: string = format(strings.DirectedProgress, row.done, row.direction.checkCount);
        return (
          <li key={row.direction.id} className={classes.item}>
            <Text block={true}>{text}</Text>
            <ProgressIndicator
              percentComplete={row.done / row.direction.checkCount}
              ariaValueText={progress}
              label={progress}
              description={row.overdue ? strings.DirectedOverdue : undefined}
            />
            {row.overdue && (
              <Text block={true} className={classes.open}>
                {strings.DirectedOverdue}
              </Text>
            )}
          </li>
        );
      })}
    </ul>
  );
};
