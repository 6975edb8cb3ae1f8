/** The web and the site: `contextinfo` (request digest), `web` (read, update Title/Description), `web/title`, `site`. */
import { P } from './accessChecks';
import { nowIso } from './dates';
import { entity, json, one, property } from './odataJson';
import { parseBody } from './requestBody';
import { DIGEST_SECONDS } from './requestDigest';
import type { SiteContext } from './siteContext';
import type { ICtx, ISpRequest, ISpResponse } from './types';

/** POST `contextinfo`: a fresh request digest for writes. */
export function contextInfo(site: SiteContext, ctx: ICtx): ISpResponse {
  const props = {
    FormDigestTimeoutSeconds: DIGEST_SECONDS,
    FormDigestValue: site.digest.make(ctx.user.id),
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: ctx.origin + ctx.sitePath,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.origin + ctx.sitePath
  };
  if (ctx.level === 'verbose') {
    return json(ctx, 200, {
      d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...props } }
    });
  }
  return json(
    ctx,
    200,
    ctx.level === 'minimal'
      ? { 'odata.metadata': `${ctx.origin}${ctx.sitePath}/_api/$metadata#SP.ContextWebInformation`, ...props }
      : props
  );
}

/** GET `site`. */
export function siteResponse(site: SiteContext, req: ISpRequest, ctx: ICtx): ISpResponse {
  return one(
    ctx,
    entity(ctx, 'SP.Site', 'site', {
      Id: site.meta('siteId'),
      Url: ctx.origin + ctx.sitePath,
      ServerRelativeUrl: ctx.sitePath
    }),
    200,
    {},
    req.query.get('$select')
  );
}

function webJson(site: SiteContext, ctx: ICtx): Record<string, unknown> {
  return entity(ctx, 'SP.Web', 'Web', {
    Id: site.meta('webId'),
    Title: site.meta('webTitle'),
    Description: site.meta('webDescription'),
    Url: ctx.origin + ctx.sitePath,
    ServerRelativeUrl: ctx.sitePath,
    Created: site.meta('created'),
    Language: 1033,
    WebTemplate: 'SITEPAGEPUBLISHING',
    Configuration: 0,
    LastItemModifiedDate: nowIso()
  });
}

/** `web` itself: GET, or MERGE of Title/Description (ManageLists). Undefined for any other method. */
export function webRoot(site: SiteContext, method: string, req: ISpRequest, ctx: ICtx): ISpResponse | undefined {
  if (method === 'GET') {
    return one(ctx, webJson(site, ctx), 200, {}, req.query.get('$select'));
  }
  if (method === 'MERGE') {
    site.access.demand(ctx.user, P.ManageLists);
    const b = parseBody(req.body);
    if (typeof b.Title === 'string') {
      site.db.prepare("INSERT OR REPLACE INTO meta(key,value) VALUES ('webTitle', ?)").run(b.Title);
    }
    if (typeof b.Description === 'string') {
      site.db.prepare("INSERT OR REPLACE INTO meta(key,value) VALUES ('webDescription', ?)").run(b.Description);
    }
    return { status: 204, headers: {} };
  }
  return undefined;
}

/** `web/title` and `web/allproperties` (always empty here). */
export function webProperty(site: SiteContext, name: string, ctx: ICtx): ISpResponse {
  if (name === 'allproperties') {
    return one(ctx, entity(ctx, 'SP.PropertyValues', 'Web/AllProperties', {}));
  }
  return property(ctx, 'Title', site.meta('webTitle'), 'Edm.String');
}
