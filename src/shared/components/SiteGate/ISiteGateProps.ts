import type * as React from 'react';

export interface ISiteGateProps {
  /** The web part's content, shown once the site's schema is current. */
  children: React.ReactNode;
}
