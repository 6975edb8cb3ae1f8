import { spfi, SPFx } from '@pnp/sp';
import '@pnp/sp/webs';
import { graphfi, SPFx as GraphSPFx } from '@pnp/graph';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { SPPermission } from '@microsoft/sp-page-context';
import { canManageSite } from '../../data/siteStatus';
import { createAppServices } from '../services/createAppServices';
import type { IAppServices } from '../services/IAppServices';
import { BOUTIQUE_SITE_ENTITY, sameSite } from '../services/boutiqueSite';

/**
 * Builds a web part's services from its SPFx context for the given Boutique TPS site. Called in onInit, once per
 * web part context: a module-level SPFI would go stale after SharePoint's in-page navigation (pnpjs #3210, #3334).
 */
export function createSpfxServices(context: WebPartContext, siteUrl: string): IAppServices {
  const sp = spfi(siteUrl).using(SPFx(context));
  const graph = graphfi().using(GraphSPFx(context));
  const pageUser = context.pageContext.user;
  const onHostSite: boolean = sameSite(siteUrl, context.pageContext.web.absoluteUrl);
  // On the boutique site's own pages the page context already knows the user's rights (no request); elsewhere
  // (Teams) ask that site, which the site gate does only when the site needs setting up.
  const canManage: boolean = context.pageContext.web.permissions.hasPermission(SPPermission.manageWeb);
  return createAppServices({
    sp,
    graph,
    user: { login: pageUser.loginName.toLowerCase(), displayName: pageUser.displayName, email: pageUser.email },
    host: context.sdks.microsoftTeams ? 'Teams' : 'SharePoint',
    canManageSite: onHostSite ? () => Promise.resolve(canManage) : () => canManageSite(sp)
  });
}

/**
 * The tenant property naming the boutique site (set once by an admin for Teams), or undefined when it is not set
 * or cannot be read: then the host site is used and its site gate says what is missing.
 */
export async function readTenantBoutiqueSite(context: WebPartContext): Promise<string | undefined> {
  try {
    const entity = await spfi().using(SPFx(context)).web.getStorageEntity(BOUTIQUE_SITE_ENTITY);
    return entity && entity.Value ? entity.Value : undefined;
  } catch {
    return undefined;
  }
}
