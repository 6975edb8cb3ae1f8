import type { SPFI } from '@pnp/sp';
import type { GraphFI } from '@pnp/graph';
import type { IDataServices } from '../../data/services';

/** Who is signed in, as the web part sees them. */
export interface ICurrentUser {
  /** Login (e-mail form), lower-case: the key stored in indexed *Key columns. */
  login: string;
  displayName: string;
  email: string;
}

/** Where the web part is running: changes nothing in the data, only a few layout hints. */
export type HostKind = 'SharePoint' | 'Teams' | 'Local';

/** The site's provisioning state as read in one request. */
export interface ISchemaStatus {
  state: 'ready' | 'missing' | 'outdated';
  siteVersion: number;
  requiredVersion: number;
}

/** One step of "Set up this site", for the progress indicator. */
export interface ISetupProgress {
  label: string;
  done: number;
  total: number;
}

/** A site owner to name when someone without rights meets an unprovisioned site. */
export interface ISiteOwner {
  title: string;
  email: string;
}

/** A set-up step that failed without stopping set-up (the app runs without it). */
export interface ISetupWarning {
  /** The step, e.g. `Indexing field Enquiries.ResolvedDayKey`. */
  step: string;
  /** Why, and what it means for people, in plain words. */
  reason: string;
}

/** What the site gate needs: read the version, set the site up, name who can. */
export interface ISiteSetup {
  readSchemaVersion(): Promise<ISchemaStatus>;
  /** Sets up or upgrades the site; resolves with the steps that failed without stopping it (none: `[]`). */
  ensureSite(onProgress: (progress: ISetupProgress) => void): Promise<ISetupWarning[] | void>;
  readSiteOwners(): Promise<ISiteOwner[]>;
}

/**
 * Everything a web part's React tree gets from its host. Built once per web part context
 * (SharePoint, Teams or the local workbench) and handed down through ServicesContext, so
 * components never construct services or import @microsoft/sp-*.
 */
export interface IAppServices {
  sp: SPFI;
  graph?: GraphFI;
  user: ICurrentUser;
  host: HostKind;
  /** True when the user may provision the site (ManageWeb). In SharePoint this comes from the page context. */
  canManageSite: () => Promise<boolean>;
  setup: ISiteSetup;
  /** The stores and mailer, built once for this web part context. */
  data: IDataServices;
}
