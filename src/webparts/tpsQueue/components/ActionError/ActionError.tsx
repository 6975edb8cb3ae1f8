import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { IActionErrorProps } from './IActionErrorProps';

/** A failure next to the button that caused it; the alert region is always there, so it is announced. */
export const ActionError: React.FC<IActionErrorProps> = ({ message }) => (
  <div role="alert">
    {message && (
      <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
        {message}
      </MessageBar>
    )}
  </div>
);
