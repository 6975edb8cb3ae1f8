import * as React from 'react';
import { ServicesProvider } from '../../services';
import { SiteGate } from '../SiteGate';
import type { IWebPartShellProps } from './IWebPartShellProps';

/**
 * The frame every web part root shares: services for the tree, a labelled region, and the site gate
 * that checks the schema version before any content loads.
 */
export const WebPartShell: React.FC<IWebPartShellProps> = ({ services, title, minimumSchemaVersion, children }) => (
  <ServicesProvider services={services}>
    <section aria-label={title} data-host={services.host} style={{ padding: 4 }}>
      <SiteGate minimumSchemaVersion={minimumSchemaVersion}>{children}</SiteGate>
    </section>
  </ServicesProvider>
);
