import * as React from 'react';
import * as strings from 'BoutiqueSharedStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Link } from '@fluentui/react/lib/Link';
import type { ISchemaStatus, ISiteOwner } from '../../services';

/** What everyone else sees: who can set the site up. */
export const AskOwner: React.FC<{ status: ISchemaStatus; owners: ISiteOwner[] }> = ({ status, owners }) => (
  <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
    {status.state === 'outdated' ? strings.AskOwnerOutdated : strings.AskOwnerMissing}{' '}
    {owners.length === 0
      ? strings.AskOwnerNoNames
      : owners.map((owner, index) => (
        <React.Fragment key={owner.email || owner.title}>
          {index > 0 ? `, ` : ''}
          {owner.email ? <Link href={`mailto:${owner.email}`}>{owner.title}</Link> : owner.title}
        </React.Fragment>
      ))}
  </MessageBar>
);
