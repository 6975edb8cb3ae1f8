import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the stop-payment steps, from the section's theme (no colour literals). */
export interface IStopPaymentStepsClassNames {
  box: string;
  steps: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IStopPaymentStepsClassNames =>
  mergeStyleSets({
    box: { border: `2px solid ${theme.semanticColors.errorIcon}`, borderRadius: 2, padding: 8 },
    steps: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'grid', rowGap: 4 }
  })
);
