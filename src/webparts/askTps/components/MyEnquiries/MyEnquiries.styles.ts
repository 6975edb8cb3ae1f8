import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of "My enquiries" (the cards take their colours from the theme themselves). */
export interface IMyEnquiriesClassNames {
  list: string;
  item: string;
  /** The live region: read by screen readers, not shown. */
  announcer: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IMyEnquiriesClassNames =>
  mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: { marginBottom: theme.spacing.s1 },
    announcer: hiddenContentStyle
  })
);
