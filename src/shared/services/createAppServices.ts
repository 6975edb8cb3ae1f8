import type { SPFI } from '@pnp/sp';
import type { GraphFI } from '@pnp/graph';
import { readSchemaVersion, readSiteOwners } from '../../data/siteStatus';
import { ensureSite } from '../../data/ensureSite';
import type { HostKind, IAppServices, ICurrentUser } from './IAppServices';

export interface ICreateAppServicesOptions {
  sp: SPFI;
  graph?: GraphFI;
  user: ICurrentUser;
  host: HostKind;
  canManageSite: () => Promise<boolean>;
}

/** Builds the services of one web part from its PnPjs roots: the same code for SharePoint, Teams and the workbench. */
export function createAppServices(options: ICreateAppServicesOptions): IAppServices {
  const { sp } = options;
  return {
    ...options,
    setup: {
      readSchemaVersion: () => readSchemaVersion(sp),
      ensureSite: (onProgress) => ensureSite(sp, { onProgress }),
      readSiteOwners: () => readSiteOwners(sp)
    }
  };
}
