import type * as React from 'react';
import type { IAppServices } from '../../services';

export interface IWebPartShellProps {
  services: IAppServices;
  /** Accessible name of the web part's region (its title). */
  title: string;
  /** The lowest Boutique TPS schema version this web part runs on (see SiteGate). */
  minimumSchemaVersion?: number;
  children: React.ReactNode;
}

/** What every web part's root component receives from its host (SharePoint, Teams or the local workbench). */
export interface IWebPartRootProps {
  services: IAppServices;
}
