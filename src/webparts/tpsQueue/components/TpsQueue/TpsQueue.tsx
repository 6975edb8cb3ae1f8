import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'TpsQueueWebPartStrings';
import { WebPartShell } from '../../../../shared/components/WebPartShell';
import { QueueApp } from '../QueueApp';
import type { ITpsQueueProps } from './ITpsQueueProps';

/** The lowest schema version this web part runs on. */
// Version 4: the Enquiry Handling list holds what TPS staff decide (the queue's Mine and Resolved today read it).
// Version 5: typed references in the ReferencesList Note column.
const MINIMUM_SCHEMA_VERSION: number = 5;

/** Root of the TPS Queue web part: mounted unchanged in SharePoint, Teams, the local workbench and tests. */
export const TpsQueue: React.FC<ITpsQueueProps> = ({ services }) => (
  <WebPartShell services={services} title={strings.Title} minimumSchemaVersion={MINIMUM_SCHEMA_VERSION}>
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="xLarge" block={true}>
        {strings.Title}
      </Text>
      <QueueApp />
    </Stack>
  </WebPartShell>
);
