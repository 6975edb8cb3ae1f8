import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'AskTpsWebPartStrings';
import { WebPartShell } from '../../../../shared/components/WebPartShell';
import { AskTpsPosting } from '../AskTpsPosting';
import type { IAskTpsProps } from './IAskTpsProps';

/** Root of the Ask TPS web part: mounted unchanged in SharePoint, Teams, the local workbench and tests. */
export const AskTps: React.FC<IAskTpsProps> = ({ services }) => (
  <WebPartShell services={services} title={strings.Title}>
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="xLarge" block={true}>{strings.Title}</Text>
      <AskTpsPosting />
    </Stack>
  </WebPartShell>
);
