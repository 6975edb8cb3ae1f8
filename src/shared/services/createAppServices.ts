import type { SPFI } from '@pnp/sp';
import type { GraphFI } from '@pnp/graph';
import { readSchemaVersion, readSiteOwners } from '../../data/siteStatus';
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
      // Provisioning runs once per site, by an owner: load it on demand so no one else downloads it.
      ensureSite: async (onProgress) => {
        const provisioning = await import(/* webpackChunkName: 'boutique-site-setup' */ '../../data/ensureSite');
        await provisioning.ensureSite(sp, { onProgress });
      },
      readSiteOwners: () => readSiteOwners(sp)
    }
  };
}
