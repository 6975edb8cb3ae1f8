import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import type { IDetailsRowStyles } from '@fluentui/react/lib/DetailsList';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import type { GuidelinePhase } from '../../../../domain/guidelineClock';

/** Class names of the queue list, from the section's theme (sections can be dark: no colour literals). */
export type IQueueListClassNames = { [phase in GuidelinePhase]: string };

function phase(
  background: string,
  color: string
): { background: string; color: string; fontWeight: number; padding: string; borderRadius: number } {
  return { background, color, fontWeight: 600, padding: '0 4px', borderRadius: 2 };
}

/**
 * The guideline phase as a chip in the theme's own message colours: its background and text come as a pair, so it
 * reads the same on a white, neutral, soft or strong section (a green or red text alone vanishes on a dark one).
 */
export const getClassNames = memoizeFunction((theme: ITheme): IQueueListClassNames => {
  const { semanticColors: colors } = theme;
  return mergeStyleSets({
    under5: phase(colors.successBackground, colors.messageText),
    fiveToTen: phase(colors.warningBackground, colors.messageText),
    overGuideline: phase(colors.errorBackground, colors.messageText)
  });
});

/**
 * Rows in the section's own text colours, without Fluent's fade-in. DetailsRow paints its text in
 * `palette.neutralSecondary` (on a strong section a pale grey on the theme colour, below AA) and fades each row in
 * from low opacity (`AnimationClassNames.fadeIn400`: while it runs the text is faint on every section, and axe
 * measured it there); hovered rows use the section's standout background with its body text.
 */
export const getRowStyles = memoizeFunction((theme: ITheme): Partial<IDetailsRowStyles> => {
  const { semanticColors: colors } = theme;
  return {
    root: {
      animationName: 'none',
      color: colors.bodyText,
      selectors: { ':hover': { background: colors.bodyStandoutBackground, color: colors.bodyText } }
    }
  };
});
