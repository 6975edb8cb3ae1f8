import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the urgent queue, from the section's theme. */
export interface IUrgentQueueClassNames {
  list: string;
  item: string;
  title: string;
  meta: string;
  clock: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IUrgentQueueClassNames => {
  const { semanticColors: colors, palette } = theme;
  return mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: {
      border: `1px solid ${palette.neutralTertiaryAlt}`,
      borderLeft: `4px solid ${palette.themePrimary}`,
      borderRadius: 4,
      padding: 8,
      marginBottom: 8,
      display: 'flex',
      flexWrap: 'wrap',
      gap: 8,
      alignItems: 'center',
      justifyContent: 'space-between'
    },
    title: { fontWeight: 600, overflowWrap: 'anywhere', color: colors.bodyText },
    meta: { color: colors.bodySubtext },
    clock: { fontVariantNumeric: 'tabular-nums', fontWeight: 600, color: colors.bodyText }
  });
});
