import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import '@pnp/sp/security';
import { ISchema, LIST, SCHEMA_VERSION_KEY } from '../schema';
import { httpStatus } from '../errors';

/** A list as it exists on the site. */
export interface IExistingList {
  /** List title. */
  title: string;
  /** Item-level read security. */
  readSecurity: number;
  /** Item-level write security. */
  writeSecurity: number;
  /** Columns by internal name. */
  fields: Map<string, IExistingField>;
}

/** A column as it exists on the site. */
export interface IExistingField {
  /** Internal name. */
  internalName: string;
  /** SharePoint TypeAsString, e.g. `Text`, `Choice`, `MultiChoice`, `User`. */
  typeAsString: string;
  /** Choices for Choice/MultiChoice. */
  choices: string[];
  /** Whether the column is indexed. */
  indexed: boolean;
  /** Whether unique values are enforced. */
  unique: boolean;
}

/** A permission level as it exists on the site. */
export interface IExistingRole {
  /** Role definition id. */
  id: number;
  /** Name. */
  name: string;
  /** SP.RoleType (0 for custom roles). */
  roleTypeKind: number;
  /** Base permissions as numbers. */
  high: number;
  /** Base permissions as numbers. */
  low: number;
}

/** What `ensureSite` read from the site before deciding what to change. */
export interface ISiteState {
  /** Our lists that exist, by title. */
  lists: Map<string, IExistingList>;
  /** Site groups by title → id. */
  groups: Map<string, number>;
  /** Permission levels. */
  roles: IExistingRole[];
  /** Role assignments on the web: principal id → role definition ids. */
  assignments: Map<number, number[]>;
  /** Work type keys already in the Work Types list. */
  workTypeKeys: string[];
  /** The SchemaVersion row in TPS Settings, when present. */
  versionRow: { id: number; value: number } | undefined;
}

interface IRawField {
  InternalName: string;
  TypeAsString: string;
  Choices?: string[] | { results: string[] };
  Indexed?: boolean;
  EnforceUniqueValues?: boolean;
}

interface IRawRole {
  Id: number;
  Name: string;
  RoleTypeKind: number;
  BasePermissions: { High: string | number; Low: string | number };
}

interface IRawAssignment {
  PrincipalId: number;
  RoleDefinitionBindings?: Array<{ Id: number }> | { results: Array<{ Id: number }> };
}

function arrayOf<T>(v: T[] | { results: T[] } | undefined): T[] {
  if (!v) {
    return [];
  }
  return Array.isArray(v) ? v : v.results || [];
}

/** Reads everything `ensureSite` compares against the schema. GETs only. */
export async function readSiteState(sp: SPFI, schema: ISchema): Promise<ISiteState> {
  const wanted: string[] = schema.lists.map((l) => l.title);
  const rawLists: Array<{ Title: string; ReadSecurity: number; WriteSecurity: number }> =
    await sp.web.lists.select('Title', 'ReadSecurity', 'WriteSecurity')();
  const lists: Map<string, IExistingList> = new Map<string, IExistingList>();
  for (const l of rawLists) {
    if (wanted.indexOf(l.Title) < 0) {
      continue;
    }
    const rawFields: IRawField[] = await sp.web.lists.getByTitle(l.Title).fields
      .select('InternalName', 'TypeAsString', 'Choices', 'Indexed', 'EnforceUniqueValues')();
    const fields: Map<string, IExistingField> = new Map<string, IExistingField>();
    for (const f of rawFields) {
      fields.set(f.InternalName, {
        internalName: f.InternalName,
        typeAsString: f.TypeAsString,
        choices: arrayOf(f.Choices),
        indexed: !!f.Indexed,
        unique: !!f.EnforceUniqueValues
      });
    }
    lists.set(l.Title, { title: l.Title, readSecurity: l.ReadSecurity || 1, writeSecurity: l.WriteSecurity || 1, fields });
  }

  const rawGroups: Array<{ Id: number; Title: string }> = await sp.web.siteGroups.select('Id', 'Title')();
  const groups: Map<string, number> = new Map<string, number>();
  for (const g of rawGroups) {
    groups.set(g.Title, g.Id);
  }

  const rawRoles: IRawRole[] = await sp.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind', 'BasePermissions')();
  const roles: IExistingRole[] = rawRoles.map((r) => ({
    id: r.Id,
    name: r.Name,
    roleTypeKind: r.RoleTypeKind,
    high: Number(r.BasePermissions ? r.BasePermissions.High : 0),
    low: Number(r.BasePermissions ? r.BasePermissions.Low : 0)
  }));

  const rawAssignments: IRawAssignment[] = await sp.web.roleAssignments
    .select('PrincipalId', 'RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')();
  const assignments: Map<number, number[]> = new Map<number, number[]>();
  for (const a of rawAssignments) {
    assignments.set(a.PrincipalId, arrayOf(a.RoleDefinitionBindings).map((b) => b.Id));
  }

  let workTypeKeys: string[] = [];
  if (lists.has(LIST.workTypes) && lists.get(LIST.workTypes)!.fields.has('WorkTypeKey')) {
    const rows: Array<{ WorkTypeKey: string | undefined }> = await sp.web.lists.getByTitle(LIST.workTypes).items
      .select('WorkTypeKey').top(5000)();
    workTypeKeys = rows.map((r) => (r.WorkTypeKey || '').toUpperCase()).filter((k) => !!k);
  }

  let versionRow: { id: number; value: number } | undefined;
  if (lists.has(LIST.settings) && lists.get(LIST.settings)!.fields.has('Value')) {
    try {
      const rows: Array<{ Id: number; Value: string | undefined }> = await sp.web.lists.getByTitle(LIST.settings).items
        .filter("Title eq '" + SCHEMA_VERSION_KEY + "'").select('Id', 'Value').top(1)();
      if (rows.length > 0) {
        versionRow = { id: rows[0].Id, value: parseInt(rows[0].Value || '0', 10) || 0 };
      }
    } catch (err) {
      if (httpStatus(err) !== 404) {
        throw err;
      }
    }
  }

  return { lists, groups, roles, assignments, workTypeKeys, versionRow };
}
