import * as React from 'react';
import * as strings from 'QolChecksWebPartStrings';
import { percent } from '../../model';
import type { IQolTally } from '../../model';
import type { IQolSummaryClassNames } from './QolSummary.styles';

/** Props of {@link TallyTable}. */
export interface ITallyTableProps {
  /** Caption (also the table's name for screen readers). */
  caption: string;
  /** Header of the first column ("Officer", "Work type"). */
  keyHeader: string;
  tallies: IQolTally[];
  nameOf(key: string): string;
  classes: IQolSummaryClassNames;
  testId: string;
}

/** One summary table: a row per officer or work type, the numbers a Team Leader reads. */
export const TallyTable: React.FC<ITallyTableProps> = ({ caption, keyHeader, tallies, nameOf, classes, testId }) => {
  const headers: string[] = [
    strings.ColDone,
    strings.ColCorrect,
    strings.ColNonCritical,
    strings.ColCritical,
    strings.ColErrorRate,
    strings.ColSendBackOpen,
    strings.ColFeedbackOpen
  ];
  return (
    // The scroll box is focusable so a keyboard can scroll a wide table in a narrow column (axe: scrollable-region-focusable).
    <div className={classes.scroll} tabIndex={0} role="group" aria-label={caption}>
      <table className={classes.table} data-testid={testId}>
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={classes.head}>
              {keyHeader}
            </th>
            {headers.map((h) => (
              <th key={h} scope="col" className={classes.head}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tallies.map((t) => (
            <tr key={t.key}>
              <th scope="row" className={classes.head}>
                {nameOf(t.key)}
              </th>
              {[t.done, t.correct, t.nonCritical, t.critical].map((n, i) => (
                <td key={i} className={classes.number}>
                  {n}
                </td>
              ))}
              <td className={classes.number}>{percent(t.errorRate)}</td>
              <td className={classes.number}>{t.sendBackOpen}</td>
              <td className={classes.number}>{t.feedbackOpen}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
