import { InjectHeaders, Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { spfi, SPBrowser } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';

interface IDigest {
  value: string;
  expires: number;
}

/** Digests per persona and site: a request digest is one user's (SharePoint, and the local SharePoint, refuse another's). */
const digests = new Map<string, IDigest>();

/**
 * The persona's own request digest on every write. PnPjs caches digests per web URL for the whole process (a page
 * has one user); a Node process acting as several personas must not hand one persona's digest to another, so this
 * runs first and sets X-RequestDigest, which PnPjs's own digest step then leaves alone.
 */
export function PersonaDigest(siteUrl: string, login: string): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth(async (url, init) => {
      const headers = (init.headers ?? {}) as Record<string, string>;
      if (/get/i.test(init.method ?? 'GET') || headers['X-RequestDigest'] || headers['X-PnPjs-NoDigest']) {
        return [url, init];
      }
      const key = `${login.toLowerCase()}|${siteUrl.toLowerCase()}`;
      let digest = digests.get(key);
      if (!digest || digest.expires < Date.now()) {
        const r = await fetch(`${siteUrl}/_api/contextinfo`, {
          method: 'POST',
          headers: { Accept: 'application/json', 'X-Local-User': login }
        });
        const info = (await r.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
        digest = { value: info.FormDigestValue, expires: Date.now() + (info.FormDigestTimeoutSeconds - 60) * 1000 };
        digests.set(key, digest);
      }
      init.headers = { ...headers, 'X-RequestDigest': digest.value };
      return [url, init];
    });
    return instance;
  };
}

/** A PnPjs root acting as one persona against the local SharePoint (Node: the identity travels in a header). */
export function localSpAs(siteUrl: string, login: string): SPFI {
  return spfi(siteUrl).using(
    PersonaDigest(siteUrl, login),
    SPBrowser({ baseUrl: siteUrl }),
    InjectHeaders({ 'X-Local-User': login })
  );
}
