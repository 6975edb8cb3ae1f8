import { spfi, SPFx } from '@pnp/sp';
import { graphfi, SPFx as GraphSPFx } from '@pnp/graph';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { SPPermission } from '@microsoft/sp-page-context';
import { createAppServices } from '../services/createAppServices';
import type { IAppServices } from '../services/IAppServices';

/**
 * Builds a web part's services from its SPFx context. Called in onInit, once per web part context:
 * a module-level SPFI would go stale after SharePoint's in-page navigation (pnpjs #3210, #3334).
 */
export function createSpfxServices(context: WebPartContext): IAppServices {
  const sp = spfi().using(SPFx(context));
  const graph = graphfi().using(GraphSPFx(context));
  const pageUser = context.pageContext.user;
  // The page context already knows the user's rights: no request needed to decide who may set up the site.
  const canManage = context.pageContext.web.permissions.hasPermission(SPPermission.manageWeb);
  return createAppServices({
    sp,
    graph,
    user: { login: pageUser.loginName.toLowerCase(), displayName: pageUser.displayName, email: pageUser.email },
    host: context.sdks.microsoftTeams ? 'Teams' : 'SharePoint',
    canManageSite: () => Promise.resolve(canManage)
  });
}
