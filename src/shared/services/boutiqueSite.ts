/**
 * Which SharePoint site holds the Boutique TPS lists. On the boutique site's own pages it is the page's site; in
 * Teams it is not: a personal app is hosted by the tenant's root site and a channel tab by the team's site. So a
 * web part property can name the site, and otherwise, in Teams, the tenant property (storage entity)
 * {@link BOUTIQUE_SITE_ENTITY} set once by an admin. Pure: the web part base reads the inputs.
 */

/** Tenant property an admin sets to the boutique site's URL (Set-PnPStorageEntity -Key BoutiqueTpsSiteUrl ...). */
export const BOUTIQUE_SITE_ENTITY: string = 'BoutiqueTpsSiteUrl';

/** Where the chosen site came from (shown to no one; kept for diagnostics and tests). */
export type BoutiqueSiteSource = 'property' | 'tenant' | 'host';

/** What decides the site. */
export interface IBoutiqueSiteInput {
  /** The web part's "Boutique TPS site" property ('' when not set). */
  property: string | undefined;
  /** The tenant property's value ('' or undefined when not set or not read). */
  tenant: string | undefined;
  /** The URL of the web hosting the page or tab. */
  hostWebUrl: string;
}

/** Trims a URL and its trailing slashes. */
function clean(url: string | undefined): string {
  return (url || '').trim().replace(/\/+$/, '');
}

/** '' when `value` is empty or an absolute https URL of a site; otherwise what is wrong, in plain words. */
export function siteUrlProblem(value: string | undefined): string {
  const url: string = clean(value);
  if (!url) {
    return '';
  }
  if (!/^https:\/\/[^/\s]+(\/[^\s?#]*)?$/i.test(url)) {
    return 'Enter the full address of the site, starting with https://, for example https://contoso.sharepoint.com/sites/boutique';
  }
  if (/\/(_layouts|lists|sitepages|shared%20documents)\b/i.test(url)) {
    return 'Enter the address of the site itself, not of a page or list in it.';
  }
  return '';
}

/** The site to use: a valid property first, then a valid tenant property, else the host web. */
export function chooseBoutiqueSite(input: IBoutiqueSiteInput): { url: string; source: BoutiqueSiteSource } {
  if (clean(input.property) && !siteUrlProblem(input.property)) {
    return { url: clean(input.property), source: 'property' };
  }
  if (clean(input.tenant) && !siteUrlProblem(input.tenant)) {
    return { url: clean(input.tenant), source: 'tenant' };
  }
  return { url: clean(input.hostWebUrl), source: 'host' };
}

/** True when two site URLs name the same site (case and trailing slashes aside). */
export function sameSite(a: string, b: string): boolean {
  return clean(a).toLowerCase() === clean(b).toLowerCase();
}
