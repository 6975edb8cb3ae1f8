import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the urgent request form, from the section's theme. */
export interface IRequestUrgentFormClassNames {
  root: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IRequestUrgentFormClassNames =>
  mergeStyleSets({
    root: { border: `1px solid ${theme.palette.neutralTertiaryAlt}`, borderRadius: 4, padding: 12 }
  })
);
