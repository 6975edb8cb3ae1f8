import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the quality summary, from the section's theme (the chart's bars too: no colour literals). */
export interface IQolSummaryClassNames {
  table: string;
  cell: string;
  head: string;
  number: string;
  scroll: string;
  bar: string;
  track: string;
  chartText: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IQolSummaryClassNames => {
  const { semanticColors: colors, palette } = theme;
  const cell = { padding: '4px 8px', borderBottom: `1px solid ${palette.neutralLight}`, textAlign: 'left' as const };
  return mergeStyleSets({
    // Narrow columns and Teams tabs scroll the table sideways rather than squeeze it; focusable so keys can scroll.
    scroll: { overflowX: 'auto', maxWidth: '100%' },
    table: { borderCollapse: 'collapse', minWidth: 480, color: colors.bodyText },
    cell,
    head: { ...cell, fontWeight: 600 },
    number: { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
    bar: { fill: palette.themePrimary },
    track: { fill: palette.neutralLighter, stroke: palette.neutralTertiaryAlt },
    chartText: { fill: colors.bodyText, fontSize: theme.fonts.small.fontSize }
  });
});
