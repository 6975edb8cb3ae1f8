import * as React from 'react';
import * as strings from 'QolChecksWebPartStrings';
import { format } from '../../../../shared/text/format';
import { percent } from '../../model';
import type { IQolTally } from '../../model';
import type { IQolSummaryClassNames } from './QolSummary.styles';

/** Props of {@link QualityChart}. */
export interface IQualityChartProps {
  tallies: IQolTally[];
  /** Words for a tally's key (work type title). */
  nameOf(key: string): string;
  classes: IQolSummaryClassNames;
}

const ROW: number = 28;
const LABEL_W: number = 200;
const BAR_W: number = 240;

/**
 * Error rate per work type as horizontal bars. Hand-rolled SVG rather than a chart library: a dozen bars need none
 * of a library's scales or animation, and the libraries that work with React 17 and SPFx's webpack add 40–150 KB
 * gzip to a chunk; this is a few hundred bytes, takes the theme's colours and is exactly as accessible as we make it.
 * It is `role="img"` with a label, and every bar has a `<title>`; the table beside it holds the same numbers.
 */
export const QualityChart: React.FC<IQualityChartProps> = ({ tallies, nameOf, classes }) => {
  const height: number = tallies.length * ROW + 4;
  return (
    <svg
      role="img"
      aria-label={strings.ChartLabel}
      width="100%"
      viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${height}`}
      style={{ maxWidth: LABEL_W + BAR_W + 60 }}
      data-testid="qol-chart"
    >
      {tallies.map((t, i) => {
        const y: number = i * ROW + 2;
        const name: string = nameOf(t.key);
        const errors: number = t.nonCritical + t.critical;
        return (
          <g key={t.key}>
            <title>{format(strings.ChartBar, name, errors, t.done, percent(t.errorRate))}</title>
            <text x={0} y={y + ROW / 2 + 4} className={classes.chartText}>
              {name.length > 28 ? name.slice(0, 27) + '…' : name}
            </text>
            <rect x={LABEL_W} y={y + 4} width={BAR_W} height={ROW - 10} className={classes.track} />
            <rect
              x={LABEL_W}
              y={y + 4}
              width={Math.round(BAR_W * t.errorRate)}
              height={ROW - 10}
              className={classes.bar}
            />
            <text x={LABEL_W + BAR_W + 6} y={y + ROW / 2 + 4} className={classes.chartText}>
              {percent(t.errorRate)}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
