import * as React from 'react';
import * as strings from 'BoutiqueSharedStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { ISetupWarning } from '../../services';
import { format } from '../../text/format';

/** The set-up steps SharePoint did not make though set-up went on, each with why, for the site owner. */
export const SetupWarnings: React.FC<{ warnings: ISetupWarning[] }> = ({ warnings }) => (
  <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
    {strings.SetupWarnings}
    <ul>
      {warnings.map((w) => (
        <li key={w.step}>{format(strings.SetupWarningStep, w.step, w.reason)}</li>
      ))}
    </ul>
  </MessageBar>
);
