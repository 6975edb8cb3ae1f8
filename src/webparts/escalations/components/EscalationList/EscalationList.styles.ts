import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { readableOn } from '../../../askTps/components/EnquiryCard/EnquiryCard.styles';

/** Class names of the board's list, from the section's theme (sections can be dark: no colour literals). */
export interface IEscalationListClassNames {
  list: string;
  row: string;
  selected: string;
  title: string;
  due: string;
  overdue: string;
  dueToday: string;
  badge: string;
  meta: string;
  summary: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IEscalationListClassNames => {
  const { semanticColors: colors, palette } = theme;
  return mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0 },
    row: {
      border: `1px solid ${palette.neutralTertiaryAlt}`,
      borderRadius: 4,
      padding: 8,
      marginBottom: theme.spacing.s1
    },
    selected: { borderColor: colors.inputBorderHovered, borderWidth: 2 },
    title: { fontWeight: 600, margin: 0, fontSize: theme.fonts.medium.fontSize },
    due: { fontWeight: 600 },
    overdue: { color: readableOn(theme, colors.errorText) },
    dueToday: { color: readableOn(theme, colors.warningText) },
    badge: { border: '1px solid currentColor', borderRadius: 2, padding: '0 4px', marginRight: 6, fontWeight: 600 },
    meta: { color: colors.bodySubtext },
    summary: { overflowWrap: 'anywhere', margin: '4px 0' }
  });
});
