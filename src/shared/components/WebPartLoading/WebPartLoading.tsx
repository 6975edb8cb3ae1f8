import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import * as strings from 'BoutiqueSharedStrings';
import type { IWebPartLoadingProps } from './IWebPartLoadingProps';

/**
 * What a web part shows while its code loads: the same padding and spinner as the site gate's first state, which
 * replaces it, so the page does not jump. It lives in the first bundle, so it stays this small.
 */
export const WebPartLoading: React.FC<IWebPartLoadingProps> = ({ failed }) => (
  <div style={{ padding: 4 }}>
    {failed ? (
      <p role="alert">{strings.WebPartLoadFailed}</p>
    ) : (
      <Spinner size={SpinnerSize.medium} label={strings.WebPartLoading} ariaLive="polite" />
    )}
  </div>
);
