import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the Ask TPS layout (no colours: the parts take theirs from the section's theme). */
export interface IAskTpsClassNames {
  columns: string;
  form: string;
  list: string;
}

export const getClassNames = memoizeFunction((): IAskTpsClassNames =>
  mergeStyleSets({
    columns: { display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' },
    form: { flex: '3 1 340px', minWidth: 0, maxWidth: '100%' },
    list: { flex: '2 1 300px', minWidth: 0, maxWidth: '100%' }
  })
);
