import * as React from 'react';
import * as strings from 'BoutiqueSharedStrings';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { ISchemaStatus } from '../../services';
import { SetupHeading } from './SetupHeading';

/** What a site owner sees on an unprovisioned or older site. */
export const SetupPrompt: React.FC<{ status: ISchemaStatus; onSetup: () => void }> = ({ status, onSetup }) => (
  <Stack tokens={{ childrenGap: 12 }}>
    <SetupHeading status={status} />
    <Text block={true}>{strings.SetupExplain}</Text>
    <Stack horizontal={true}>
      <PrimaryButton onClick={onSetup}>{strings.SetupButton}</PrimaryButton>
    </Stack>
  </Stack>
);
