import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';

/** A PnPjs root acting as one persona against the local SharePoint (Node: the identity travels in a header). */
export function localSpAs(siteUrl: string, login: string): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Local-User': login }));
}
