import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of an officer's check list, from the section's theme. */
export interface IMyChecksClassNames {
  list: string;
  item: string;
  heading: string;
  meta: string;
  feedback: string;
  open: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IMyChecksClassNames => {
  const { semanticColors: colors, palette } = theme;
  return mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: { border: `1px solid ${palette.neutralTertiaryAlt}`, borderRadius: 4, padding: 12, marginBottom: 8 },
    heading: { margin: 0, fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    meta: { color: colors.bodySubtext },
    feedback: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', margin: '4px 0' },
    // What the officer still has to do stands out by weight and a rule in the theme's accent, not by colour alone.
    open: { fontWeight: 600, borderLeft: `3px solid ${palette.themePrimary}`, paddingLeft: 6 }
  });
});
