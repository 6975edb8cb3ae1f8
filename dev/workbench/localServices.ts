import { spfi, RequestDigest } from '@pnp/sp';
import { SPBrowser } from '@pnp/sp/behaviors/spbrowser';
import { graphfi } from '@pnp/graph';
import { GraphBrowser } from '@pnp/graph/behaviors/graphbrowser';
import { createAppServices } from '../../src/shared/services/createAppServices';
import type { IAppServices } from '../../src/shared/services/IAppServices';
import { canManageSite } from '../../src/data/siteStatus';

export interface IPersona {
  login: string;
  title: string;
  role: string;
  centre: string;
  timeZone: string;
}

/** What a SharePoint page carries for SPFx (its legacyPageContext), as the local SharePoint gives it to the workbench. */
export interface ILocalPageContext {
  formDigestValue: string;
  formDigestTimeoutSeconds: number;
}

/**
 * The request digest from the page, as PnPjs's SPFx behaviour takes it from `legacyPageContext.formDigestValue`:
 * so a first write or `$batch` costs no `contextinfo` request here either. Once it expires (a page left open), the
 * hook gives nothing and PnPjs asks `contextinfo`, as it does in SharePoint.
 */
function PageDigest(page: ILocalPageContext, siteUrl: string): ReturnType<typeof RequestDigest> {
  const issued: number = Number(page.formDigestValue.split(',')[1]) || Date.now();
  const expiration: Date = new Date(issued + (page.formDigestTimeoutSeconds - 15) * 1000);
  return RequestDigest((url: string) =>
    url.toLowerCase().indexOf(siteUrl.toLowerCase() + '/_api') === 0
      ? { value: page.formDigestValue, expiration }
      : undefined
  );
}

/**
 * The workbench's stand-in for the SPFx context: the same createAppServices the web parts use, over PnPjs's
 * browser behaviour pointed at the local SharePoint, with the page's digest first (as SPFx does). Identity travels
 * in the localUser cookie.
 */
export function createLocalServices(
  origin: string,
  siteUrl: string,
  persona: IPersona,
  page?: ILocalPageContext
): IAppServices {
  // The page digest's auth step must run before SPBrowser's (which would ask contextinfo), so it is added first.
  const sp = page
    ? spfi(siteUrl).using(PageDigest(page, siteUrl), SPBrowser({ baseUrl: siteUrl }))
    : spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
  const graphBase = `${origin}/graph/v1.0/`;
  const graph = graphfi(graphBase).using(GraphBrowser({ baseUrl: graphBase }));
  return createAppServices({
    sp,
    graph,
    user: { login: persona.login, displayName: persona.title, email: persona.login },
    host: 'Local',
    // SharePoint reads this from the page context; locally we ask the server once.
    canManageSite: () => canManageSite(sp)
  });
}
