import { createTheme } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { getNeutralVariant, getSoftVariant, getStrongVariant } from '@fluentui/scheme-utilities';

/** The section backgrounds a SharePoint page offers (Edit section > Section background). */
export type SectionBackground = 'none' | 'neutral' | 'soft' | 'strong';

export const SECTION_BACKGROUNDS: ReadonlyArray<{ key: SectionBackground; text: string }> = [
  { key: 'none', text: 'White' },
  { key: 'neutral', text: 'Neutral' },
  { key: 'soft', text: 'Soft' },
  { key: 'strong', text: 'Strong (dark)' }
];

// SharePoint builds a section's theme from the site theme with these same scheme-utilities variants and hands it
// to web parts that set supportsThemeVariants (BoutiqueWebPartBase passes it to Fluent's ThemeProvider).
const siteTheme: ITheme = createTheme({});
const THEMES: Record<SectionBackground, ITheme> = {
  none: siteTheme,
  neutral: getNeutralVariant(siteTheme),
  soft: getSoftVariant(siteTheme),
  strong: getStrongVariant(siteTheme)
};

/** The theme a web part in a section with this background is given. */
export function sectionTheme(background: SectionBackground): ITheme {
  return THEMES[background] || siteTheme;
}

/** Reads a `section` query value, defaulting to a white section. */
export function toSectionBackground(value: string | null): SectionBackground {
  return SECTION_BACKGROUNDS.some((s) => s.key === value) ? (value as SectionBackground) : 'none';
}
