import * as React from 'react';
import * as strings from 'BoutiqueSharedStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Link } from '@fluentui/react/lib/Link';
import type { ILinkStyles } from '@fluentui/react/lib/Link';
import type { ISchemaStatus, ISiteOwner } from '../../services';

// The theme's link blue fails contrast on the warning background: keep the text colour, underline the link.
const LINK_STYLES: Partial<ILinkStyles> = {
  root: {
    color: 'inherit',
    textDecoration: 'underline',
    selectors: { ':hover, :active, :active:hover': { color: 'inherit' } }
  }
};

/** What everyone else sees: who can set the site up. */
export const AskOwner: React.FC<{ status: ISchemaStatus; owners: ISiteOwner[] }> = ({ status, owners }) => (
  <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
    {status.state === 'outdated' ? strings.AskOwnerOutdated : strings.AskOwnerMissing}{' '}
    {owners.length === 0
      ? strings.AskOwnerNoNames
      : owners.map((owner, index) => (
          <React.Fragment key={owner.email || owner.title}>
            {index > 0 ? `, ` : ''}
            {owner.email ? (
              <Link href={`mailto:${owner.email}`} styles={LINK_STYLES}>
                {owner.title}
              </Link>
            ) : (
              owner.title
            )}
          </React.Fragment>
        ))}
  </MessageBar>
);
