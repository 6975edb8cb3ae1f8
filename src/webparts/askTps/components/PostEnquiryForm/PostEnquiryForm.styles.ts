import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the posting form, from the section's theme (sections can be dark: no colour literals). */
export interface IPostEnquiryFormClassNames {
  /** The references fieldset: no frame of its own, like the other fields. */
  fieldset: string;
  legend: string;
  /** A field's error line, for groups that have no errorMessage of their own. */
  fieldError: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IPostEnquiryFormClassNames =>
  mergeStyleSets({
    fieldset: { border: 0, margin: 0, padding: 0, minWidth: 0 },
    legend: { fontWeight: 600, padding: '5px 0', color: theme.semanticColors.bodyText },
    // The colour Fluent's own field errors use, so every error on the form reads the same.
    fieldError: { display: 'block', marginTop: 4, color: theme.semanticColors.errorText }
  })
);
