import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'EscalationsWebPartStrings';
import { WebPartShell } from '../../../../shared/components/WebPartShell';
import type { IEscalationsProps } from './IEscalationsProps';

/** Root of the TPS Escalations web part: mounted unchanged in SharePoint, Teams, the local workbench and tests. */
export const Escalations: React.FC<IEscalationsProps> = ({ services }) => (
  <WebPartShell services={services} title={strings.Title}>
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="xLarge" block={true}>{strings.Title}</Text>
      <Text block={true}>{strings.EmptyState}</Text>
    </Stack>
  </WebPartShell>
);
