import { createTheme } from '@fluentui/react/lib/Styling';
import { getColorFromString, getContrastRatio } from '@fluentui/react/lib/Color';
import { getNeutralVariant, getSoftVariant, getStrongVariant } from '@fluentui/scheme-utilities';
import { readableOn } from './EnquiryCard.styles';

const site = createTheme({});
const SECTIONS = {
  white: site,
  neutral: getNeutralVariant(site),
  soft: getSoftVariant(site),
  strong: getStrongVariant(site)
};

describe('status colours', () => {
  it('reach AA (4.5:1) on every section background, falling back to the body text where the accent would not', () => {
    for (const [name, theme] of Object.entries(SECTIONS)) {
      for (const colour of [theme.semanticColors.successText, theme.semanticColors.link, theme.palette.purple]) {
        const used = readableOn(theme, colour);
        const ratio = getContrastRatio(
          getColorFromString(used)!,
          getColorFromString(theme.semanticColors.bodyBackground)!
        );
        expect({ name, colour, ok: ratio >= 4.5 }).toEqual({ name, colour, ok: true });
      }
    }
    expect(readableOn(site, site.semanticColors.successText)).toBe(site.semanticColors.successText);
    expect(readableOn(SECTIONS.strong, SECTIONS.strong.semanticColors.successText)).toBe(
      SECTIONS.strong.semanticColors.bodyText
    );
  });
});
