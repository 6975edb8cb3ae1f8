import { spfi } from '@pnp/sp';
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

/**
 * The workbench's stand-in for the SPFx context: the same createAppServices the web parts use, over PnPjs's
 * browser behaviour pointed at the local SharePoint. Identity travels in the localUser cookie.
 */
export function createLocalServices(origin: string, siteUrl: string, persona: IPersona): IAppServices {
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
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
