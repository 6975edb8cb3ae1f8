import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the escalation form, from the section's theme (no colour literals). */
export interface IEscalateFormClassNames {
  /** A message under a checkbox, in the theme's error colour (as Fluent's own field errors). */
  error: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IEscalateFormClassNames =>
  mergeStyleSets({
    error: { color: theme.semanticColors.errorText }
  })
);
