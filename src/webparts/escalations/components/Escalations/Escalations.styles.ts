import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the web part's frame. */
export interface IEscalationsClassNames {
  columns: string;
  board: string;
  detail: string;
  summary: string;
  announcer: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IEscalationsClassNames =>
  mergeStyleSets({
    // Board and detail side by side where there is room, one under the other in a narrow column or Teams tab.
    columns: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing.m, alignItems: 'flex-start' },
    board: { flex: '1 1 380px', minWidth: 0 },
    detail: { flex: '1 1 420px', minWidth: 0 },
    summary: { color: theme.semanticColors.bodySubtext },
    announcer: hiddenContentStyle
  })
);
