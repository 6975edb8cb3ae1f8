import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the escalation detail, from the section's theme. */
export interface IEscalationDetailClassNames {
  root: string;
  heading: string;
  section: string;
  label: string;
  text: string;
  history: string;
  entry: string;
  meta: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IEscalationDetailClassNames => {
  const { semanticColors: colors, palette } = theme;
  return mergeStyleSets({
    root: { border: `1px solid ${palette.neutralTertiaryAlt}`, borderRadius: 4, padding: 12 },
    heading: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    section: { borderTop: `1px solid ${palette.neutralLight}`, paddingTop: 8, marginTop: 8 },
    label: { fontWeight: 600 },
    text: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', margin: 0 },
    history: { listStyle: 'none', margin: 0, padding: 0 },
    entry: { borderLeft: `3px solid ${palette.neutralTertiaryAlt}`, paddingLeft: 8, marginBottom: 8 },
    meta: { color: colors.bodySubtext }
  });
});
