import { FontWeights, mergeStyleSets } from '@fluentui/react/lib/Styling';

/** Class names of the facts list: layout only (its text takes the section's colours). */
export const classNames: { facts: string; term: string; detail: string } = mergeStyleSets({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 16, rowGap: 4, margin: 0 },
  term: { fontWeight: FontWeights.semibold },
  detail: { margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }
});
