import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'TpsQueueWebPartStrings';
import { WebPartShell } from '../../../../shared/components/WebPartShell';
import { QueueApp } from '../QueueApp';
import type { ITpsQueueProps } from './ITpsQueueProps';

/** Root of the TPS Queue web part: mounted unchanged in SharePoint, Teams, the local workbench and tests. */
export const TpsQueue: React.FC<ITpsQueueProps> = ({ services }) => (
  <WebPartShell services={services} title={strings.Title}>
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="xLarge" block={true}>{strings.Title}</Text>
      <QueueApp />
    </Stack>
  </WebPartShell>
);
