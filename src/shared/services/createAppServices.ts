import type { SPFI } from '@pnp/sp';
import type { GraphFI } from '@pnp/graph';
import { createDataServices } from '../../data/services';
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
  const data = createDataServices({ sp: options.sp, graph: options.graph, currentUserLogin: options.user.login });
  return {
    ...options,
    data,
    setup: {
      readSchemaVersion: () => data.status.readSchemaVersion(),
      ensureSite: async (onProgress) => (await data.ensureSite({ onProgress })).warnings,
      readSiteOwners: () => data.status.readSiteOwners()
    }
  };
}
