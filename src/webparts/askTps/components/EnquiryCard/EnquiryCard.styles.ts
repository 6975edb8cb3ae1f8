import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { getColorFromString, getContrastRatio } from '@fluentui/react/lib/Color';
import type { EnquiryStatus } from '../../../../domain/enquiryValues';

/** Class names of an enquiry card, from the section's theme (sections can be dark: no colour literals). */
export type IEnquiryCardClassNames = { [status in EnquiryStatus]: string } & {
  /** The card: on the section's own background, framed by a border. */
  card: string;
  title: string;
  /** The status line of a status this version does not know. */
  other: string;
  meta: string;
  question: string;
  label: string;
  /** The answer, marked by a bar in the theme's success colour. */
  answer: string;
  answerText: string;
};

/** WCAG 2.1 AA for normal text (1.4.3). */
const AA_TEXT: number = 4.5;

/**
 * `preferred` when it reaches AA against the section background, otherwise the body text colour: the theme's
 * success and accent colours read well on white, neutral and soft sections but not on a strong (dark) one.
 */
export function readableOn(theme: ITheme, preferred: string): string {
  const fg = getColorFromString(preferred);
  const bg = getColorFromString(theme.semanticColors.bodyBackground);
  return fg && bg && getContrastRatio(fg, bg) >= AA_TEXT ? preferred : theme.semanticColors.bodyText;
}

export const getClassNames = memoizeFunction((theme: ITheme): IEnquiryCardClassNames => {
  const { semanticColors: colors, palette } = theme;
  const status = (color: string): { color: string; fontWeight: number } => ({
    color: readableOn(theme, color),
    fontWeight: 600
  });
  return mergeStyleSets({
    card: {
      border: `1px solid ${palette.neutralTertiaryAlt}`,
      borderRadius: 4,
      padding: 12,
      background: 'transparent'
    },
    title: { fontWeight: 600, margin: 0 },
    Waiting: status(colors.bodyText),
    Claimed: status(colors.link),
    TakenOver: status(colors.link),
    Resolved: status(colors.successText),
    Escalated: status(palette.purple),
    Withdrawn: status(colors.bodySubtext),
    other: status(colors.bodyText),
    meta: { color: colors.bodySubtext },
    question: { overflowWrap: 'anywhere' },
    label: { fontWeight: 600 },
    answer: { borderLeft: `3px solid ${colors.successIcon}`, paddingLeft: 8 },
    answerText: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }
  });
});
