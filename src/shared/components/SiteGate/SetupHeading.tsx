import * as React from 'react';
import * as strings from 'BoutiqueSharedStrings';
import { format } from '../../text/format';
import type { ISchemaStatus } from '../../services';
import { Text } from '@fluentui/react/lib/Text';

/** Says whether the site is missing Boutique TPS or has an older version of it. */
export const SetupHeading: React.FC<{ status: ISchemaStatus }> = ({ status }) => (
  <Text as="h2" variant="large" block={true}>
    {status.state === 'outdated'
      ? format(strings.SetupOutdatedTitle, status.siteVersion, status.requiredVersion)
      : strings.SetupMissingTitle}
  </Text>
);
