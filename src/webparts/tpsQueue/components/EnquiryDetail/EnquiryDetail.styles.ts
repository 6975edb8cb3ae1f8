import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Class names of the enquiry panel, from the section's theme (sections can be dark: no colour literals). */
export interface IEnquiryDetailClassNames {
  panel: string;
  heading: string;
  /** One part of the panel (take over, finalise, escalate), ruled off from the one above. */
  section: string;
}

export const getClassNames = memoizeFunction((theme: ITheme): IEnquiryDetailClassNames => {
  const { palette } = theme;
  return mergeStyleSets({
    panel: { border: `1px solid ${palette.neutralSecondaryAlt}`, borderRadius: 2, padding: 12 },
    heading: { margin: 0 },
    section: { borderTop: `1px solid ${palette.neutralTertiaryAlt}`, paddingTop: 8 }
  });
});
