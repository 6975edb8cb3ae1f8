import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the Team Leader's feedback list, from the section's theme. */
export interface ITeamFeedbackClassNames {
  list: string;
  item: string;
  meta: string;
  text: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): ITeamFeedbackClassNames =>
  mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: { border: `1px solid ${theme.palette.neutralTertiaryAlt}`, borderRadius: 4, padding: 12, marginBottom: 8 },
    meta: { color: theme.semanticColors.bodySubtext },
    text: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', margin: 0 }
  })
);
