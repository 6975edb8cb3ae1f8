import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the web part's frame. */
export interface IQolChecksClassNames {
  announcer: string;
  intro: string;
  recorded: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IQolChecksClassNames =>
  mergeStyleSets({
    announcer: hiddenContentStyle,
    intro: { color: theme.semanticColors.bodyText, maxWidth: 720 },
    recorded: { margin: 0, paddingLeft: theme.spacing.l1 }
  })
);
