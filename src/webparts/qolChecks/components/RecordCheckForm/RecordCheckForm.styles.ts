import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the record form, from the section's theme. */
export interface IRecordCheckFormClassNames {
  root: string;
  fieldset: string;
  legend: string;
  outcome: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IRecordCheckFormClassNames => {
  const { semanticColors: colors, palette } = theme;
  return mergeStyleSets({
    root: { border: `1px solid ${palette.neutralTertiaryAlt}`, borderRadius: 4, padding: 12 },
    fieldset: { border: `1px solid ${palette.neutralLight}`, borderRadius: 2, margin: 0, padding: '8px 12px' },
    legend: { fontWeight: 600, padding: '0 4px', color: colors.bodyText },
    // The computed outcome reads as a status line: bold text with a rule, never colour alone.
    outcome: {
      fontWeight: 600,
      borderLeft: `3px solid ${palette.themePrimary}`,
      paddingLeft: 8,
      color: colors.bodyText
    }
  });
});
