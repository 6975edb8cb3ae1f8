/** The shapes every resource module of the local SharePoint shares: one request, one response, the caller, lists and fields. */

/** How much OData metadata the caller asked for in Accept (odata=verbose, minimalmetadata, nometadata). */
export type MetadataLevel = 'verbose' | 'minimal' | 'nometadata';

export interface IUser {
  id: number;
  login: string;
  title: string;
  email: string;
  isSiteAdmin: boolean;
}

export interface ISpRequest {
  method: string;
  /** Path after `_api/`, still URL-encoded, e.g. `web/lists/getByTitle('Work%20Types')/items(3)`. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string;
}

export interface ISpResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

/** Who is asking, and how the answer is shaped and addressed. */
export interface ICtx {
  user: IUser;
  level: MetadataLevel;
  /** e.g. http://127.0.0.1:4321 */
  origin: string;
  /** e.g. /sites/boutique */
  sitePath: string;
}

export interface IListRow {
  no: number;
  id: string;
  title: string;
  url_name: string;
  props: string;
  created: string;
  modified: string;
  unique_perms: number;
}
export interface IList {
  no: number;
  id: string;
  title: string;
  urlName: string;
  props: Record<string, unknown>;
  created: string;
  modified: string;
  /** The list has its own role assignments instead of the web's (HasUniqueRoleAssignments). */
  uniquePerms: boolean;
}

export interface IFieldRow {
  list_no: number;
  internal_name: string;
  id: string;
  type: string;
  props: string;
  sort: number;
}
export interface IField {
  listNo: number;
  internalName: string;
  id: string;
  type: string;
  sort: number;
  title: string;
  indexed: boolean;
  unique: boolean;
  required: boolean;
  maxLength?: number;
  choices?: string[];
  builtin?: boolean;
  props: Record<string, unknown>;
}
