import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the privacy-guarded field, from the section's theme (sections can be dark: no colour literals). */
export interface IPrivacyTextFieldClassNames {
  list: string;
  summary: string;
  snippet: string;
  mark: string;
  markWarn: string;
  description: string;
  error: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IPrivacyTextFieldClassNames => {
  const { semanticColors: colors } = theme;
  return mergeStyleSets({
    list: { listStyle: 'none', margin: '4px 0 0', padding: 0, selectors: { '> li': { marginBottom: 4 } } },
    summary: { fontWeight: 600, marginTop: 4, minHeight: 0 },
    snippet: { display: 'block', marginTop: 2, wordBreak: 'break-word' },
    // A blocked span reads as an error, a warned one as a warning, in the theme's own message colours.
    mark: {
      background: colors.errorBackground,
      color: colors.messageText,
      outline: `1px solid ${colors.errorIcon}`,
      padding: '0 1px'
    },
    markWarn: {
      background: colors.warningBackground,
      color: colors.messageText,
      outline: `1px solid ${colors.warningIcon}`,
      padding: '0 1px'
    },
    description: { display: 'block', marginTop: 4, color: colors.bodySubtext },
    error: { display: 'block', marginTop: 4, color: colors.errorText }
  });
});
