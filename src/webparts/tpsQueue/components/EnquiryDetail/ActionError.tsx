import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';

/** What an action of the panel is, so its error shows next to its own button. */
export type ActionArea = 'claim' | 'takeOver' | 'finalise' | 'escalate';

/** Runs an action with the panel's busy state; its failure is shown in `area`. */
export type RunAction = (label: string, area: ActionArea, action: () => Promise<void>) => Promise<void>;

/** A failure next to the button that caused it; the alert region is always there, so it is announced. */
export const ActionError: React.FC<{ message: string | undefined }> = ({ message }) => (
  <div role="alert">
    {message && <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{message}</MessageBar>}
  </div>
);
