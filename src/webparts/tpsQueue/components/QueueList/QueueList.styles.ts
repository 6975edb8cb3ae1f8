import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import type { IDetailsRowStyles } from '@fluentui/react/lib/DetailsList';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import type { IStyleFunctionOrObject } from '@fluentui/react/lib/Utilities';
import type { IDetailsRowStyleProps } from '@fluentui/react/lib/DetailsList';
import type { GuidelinePhase } from '../../../../domain/guidelineClock';

/** Class names of the queue list, from the section's theme (sections can be dark: no colour literals). */
export type IQueueListClassNames = { [phase in GuidelinePhase]: string };

function phase(background: string, color: string): { background: string; color: string; fontWeight: number; padding: string; borderRadius: number } {
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
 * Rows without Fluent's fade-in (DetailsRow's `AnimationClassNames.fadeIn400`): until it ends a row's text is
 * faint, below AA contrast on every section, and axe measured it there (a third of the row text's contrast on a neutral section).
 */
export const rowStyles: IStyleFunctionOrObject<IDetailsRowStyleProps, IDetailsRowStyles> = {
  root: { animationName: 'none' }
};
