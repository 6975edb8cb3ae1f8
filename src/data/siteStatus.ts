import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users';
import '@pnp/sp/security';
import { IBasePermissions, PermissionKind } from '@pnp/sp/security';
import { httpStatus } from './errors';
import { LIST, SCHEMA_VERSION, SCHEMA_VERSION_KEY } from './schema';
import { SettingsFields } from './columns';

/** Whether the site is ready for the app. */
export type SiteState = 'ready' | 'missing' | 'outdated';

/** Result of {@link readSchemaVersion}. */
export interface ISiteStatus {
  /** `missing`: never set up; `outdated`: set up by an older version of the app; `ready`: good to go. */
  state: SiteState;
  /** Schema version recorded on the site (0 when none). */
  siteVersion: number;
  /** Schema version this build of the app needs. */
  requiredVersion: number;
}

/** A site owner, for the "ask a site owner" message. */
export interface ISiteOwner {
  /** Display name. */
  title: string;
  /** Email address ('' when SharePoint has none). */
  email: string;
}

/**
 * Reads the schema version recorded in TPS Settings with exactly one GET
 * (`items?$filter=Title eq 'SchemaVersion'&$select=Value&$top=1`). A missing list (404) means version 0.
 */
export async function readSchemaVersion(sp: SPFI, requiredVersion: number = SCHEMA_VERSION): Promise<ISiteStatus> {
  let siteVersion: number = 0;
  try {
    const rows: Array<{ [field: string]: string | undefined }> = await sp.web.lists
      .getByTitle(LIST.settings)
      .items.filter(SettingsFields.Title + " eq '" + SCHEMA_VERSION_KEY + "'")
      .select(SettingsFields.Value)
      .top(1)();
    siteVersion = rows.length > 0 ? parseInt(rows[0][SettingsFields.Value] || '0', 10) || 0 : 0;
  } catch (err) {
    if (httpStatus(err) !== 404) {
      throw err;
    }
  }
  const state: SiteState = siteVersion === 0 ? 'missing' : siteVersion < requiredVersion ? 'outdated' : 'ready';
  return { state, siteVersion, requiredVersion };
}

/** The members of the site's owners group, for "ask a site owner (…) to set up the site". */
export async function readSiteOwners(sp: SPFI): Promise<ISiteOwner[]> {
  const users: Array<{ Title: string; Email: string | undefined }> = await sp.web.associatedOwnerGroup.users.select(
    'Title',
    'Email'
  )();
  return users.map((u) => ({ title: u.Title, email: u.Email || '' }));
}

/**
 * True when the current user may manage the web (what Set up site needs). In SharePoint the web parts read
 * this from the page context instead; the local workbench calls this.
 */
export async function canManageSite(sp: SPFI): Promise<boolean> {
  const perms: IBasePermissions = await sp.web.getCurrentUserEffectivePermissions();
  return sp.web.hasPermissions(perms, PermissionKind.ManageWeb);
}
