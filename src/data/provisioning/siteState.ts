import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/views';
import {
  IListDefinition,
  ISchema,
  LIST,
  SCHEMA_VERSION_KEY,
  SITE_MEMBERS,
  SITE_OWNERS,
  SITE_VISITORS
} from '../schema';
import { httpStatus } from '../errors';
import { CommonFields, ResourceFields, SettingsFields, WorkTypeFields } from '../columns';

/** A list as it exists on the site. */
export interface IExistingList {
  /** List title. */
  title: string;
  /** Item-level read security. */
  readSecurity: number;
  /** Item-level write security. */
  writeSecurity: number;
  /** Whether the list has its own permissions instead of inheriting the web's. */
  hasUniqueRoleAssignments: boolean;
  /** The list's own role assignments (principal id → role definition ids); read only for unique lists with declared permissions. */
  assignments: Map<number, number[]>;
  /** Columns by internal name. */
  fields: Map<string, IExistingField>;
  /** Items in the list (SharePoint's ItemCount). */
  itemCount: number;
  /** Internal names of the columns in the list's default view; `undefined` when SharePoint would not say. */
  defaultViewFields: string[] | undefined;
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
  /** Site user id of the person running set-up (whose direct grant breaking inheritance makes is removed). */
  currentUserId: number | undefined;
  /** Id of the site's owners group; read only when the schema grants it something on a list. */
  ownersGroupId: number | undefined;
  /** Ids of the site's members and visitors groups; read only when the schema grants them something on a list. */
  siteGroupIds: Map<string, number>;
  /** Work type keys already in the Work Types list. */
  workTypeKeys: string[];
  /** Resource keys already in the TPS Resources list (upper-case). */
  resourceKeys: string[];
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

interface IRawList {
  Title: string;
  ReadSecurity: number;
  WriteSecurity: number;
  HasUniqueRoleAssignments?: boolean;
  ItemCount?: number;
}

function arrayOf<T>(v: T[] | { results: T[] } | undefined): T[] {
  if (!v) {
    return [];
  }
  return Array.isArray(v) ? v : v.results || [];
}

/** Role assignments as principal id → role definition ids. */
function assignmentMap(raw: IRawAssignment[]): Map<number, number[]> {
  const out: Map<number, number[]> = new Map<number, number[]>();
  for (const a of raw) {
    out.set(
      a.PrincipalId,
      arrayOf(a.RoleDefinitionBindings).map((b) => b.Id)
    );
  }
  return out;
}

async function readFields(sp: SPFI, title: string): Promise<Map<string, IExistingField>> {
  const rawFields: IRawField[] = await sp.web.lists
    .getByTitle(title)
    .fields.select('InternalName', 'TypeAsString', 'Choices', 'Indexed', 'EnforceUniqueValues')();
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
  return fields;
}

/** A list's own role assignments; only worth a request when it has them and the schema manages them. */
async function readListAssignments(sp: SPFI, raw: IRawList, def: IListDefinition): Promise<Map<number, number[]>> {
  if (!raw.HasUniqueRoleAssignments || !def.permissions) {
    return new Map<number, number[]>();
  }
  const rows: IRawAssignment[] = await sp.web.lists
    .getByTitle(raw.Title)
    .roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id')
    .expand('RoleDefinitionBindings')();
  return assignmentMap(rows);
}

/**
 * The columns of a list's default view (`defaultView/viewfields`, whose `Items` are internal names). `undefined`
 * when SharePoint does not answer: set-up then tries to add each column, a step the app can run without.
 */
async function readDefaultViewFields(sp: SPFI, def: IListDefinition): Promise<string[] | undefined> {
  if (!def.defaultViewFields || def.defaultViewFields.length === 0) {
    return [];
  }
  try {
    const raw: { Items?: string[] | { results: string[] } } = await sp.web.lists
      .getByTitle(def.title)
      .defaultView.fields();
    return arrayOf(raw.Items);
  } catch {
    return undefined;
  }
}

async function readLists(sp: SPFI, schema: ISchema): Promise<Map<string, IExistingList>> {
  const rawLists: IRawList[] = await sp.web.lists.select(
    'Title',
    'ReadSecurity',
    'WriteSecurity',
    'HasUniqueRoleAssignments',
    'ItemCount'
  )();
  const lists: Map<string, IExistingList> = new Map<string, IExistingList>();
  for (const l of rawLists) {
    const def: IListDefinition | undefined = schema.lists.filter((d) => d.title === l.Title)[0];
    if (!def) {
      continue;
    }
    lists.set(l.Title, {
      title: l.Title,
      readSecurity: l.ReadSecurity || 1,
      writeSecurity: l.WriteSecurity || 1,
      hasUniqueRoleAssignments: !!l.HasUniqueRoleAssignments,
      assignments: await readListAssignments(sp, l, def),
      fields: await readFields(sp, l.Title),
      itemCount: l.ItemCount || 0,
      defaultViewFields: await readDefaultViewFields(sp, def)
    });
  }
  return lists;
}

/** The owners group's id, when some list grants the site owners a level (one GET, only then). */
async function readOwnersGroupId(sp: SPFI, schema: ISchema): Promise<number | undefined> {
  const needed: boolean = schema.lists.some(
    (l) => !!l.permissions && l.permissions.grants.some((g) => g.principal === SITE_OWNERS)
  );
  if (!needed) {
    return undefined;
  }
  const owners: { Id: number } = await sp.web.associatedOwnerGroup.select('Id')();
  return owners.Id;
}

/** The site's members and visitors groups' ids, when some list grants them a level (one GET each, only then). */
async function readSiteGroupIds(sp: SPFI, schema: ISchema): Promise<Map<string, number>> {
  const out: Map<string, number> = new Map<string, number>();
  const granted = (p: string): boolean =>
    schema.lists.some((l) => !!l.permissions && l.permissions.grants.some((g) => g.principal === p));
  if (granted(SITE_MEMBERS)) {
    out.set(SITE_MEMBERS, (await sp.web.associatedMemberGroup.select('Id')()).Id);
  }
  if (granted(SITE_VISITORS)) {
    out.set(SITE_VISITORS, (await sp.web.associatedVisitorGroup.select('Id')()).Id);
  }
  return out;
}

/** Reads everything `ensureSite` compares against the schema. GETs only. */
export async function readSiteState(sp: SPFI, schema: ISchema): Promise<ISiteState> {
  const lists: Map<string, IExistingList> = await readLists(sp, schema);

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
    .select('PrincipalId', 'RoleDefinitionBindings/Id')
    .expand('RoleDefinitionBindings')();
  const assignments: Map<number, number[]> = assignmentMap(rawAssignments);
  const ownersGroupId: number | undefined = await readOwnersGroupId(sp, schema);
  const me: { Id: number } = await sp.web.currentUser.select('Id')();
  const siteGroupIds: Map<string, number> = await readSiteGroupIds(sp, schema);

  let workTypeKeys: string[] = [];
  if (lists.has(LIST.workTypes) && lists.get(LIST.workTypes)!.fields.has(WorkTypeFields.WorkTypeKey)) {
    const rows: Array<{ [field: string]: string | undefined }> = await sp.web.lists
      .getByTitle(LIST.workTypes)
      .items.select(WorkTypeFields.WorkTypeKey)
      .top(5000)();
    workTypeKeys = rows.map((r) => (r[WorkTypeFields.WorkTypeKey] || '').toUpperCase()).filter((k) => !!k);
  }

  let resourceKeys: string[] = [];
  if (lists.has(LIST.resources) && lists.get(LIST.resources)!.fields.has(ResourceFields.ResourceKey)) {
    const rows: Array<{ [field: string]: string | undefined }> = await sp.web.lists
      .getByTitle(LIST.resources)
      .items.select(ResourceFields.ResourceKey)
      .top(5000)();
    resourceKeys = rows.map((r) => (r[ResourceFields.ResourceKey] || '').toUpperCase()).filter((k) => !!k);
  }

  let versionRow: { id: number; value: number } | undefined;
  if (lists.has(LIST.settings) && lists.get(LIST.settings)!.fields.has(SettingsFields.Value)) {
    try {
      const rows: Array<{ Id: number; [field: string]: string | number | undefined }> = await sp.web.lists
        .getByTitle(LIST.settings)
        .items.filter(SettingsFields.Title + " eq '" + SCHEMA_VERSION_KEY + "'")
        .select(CommonFields.Id, SettingsFields.Value)
        .top(1)();
      if (rows.length > 0) {
        versionRow = { id: rows[0].Id, value: parseInt(String(rows[0][SettingsFields.Value] || '0'), 10) || 0 };
      }
    } catch (err) {
      if (httpStatus(err) !== 404) {
        throw err;
      }
    }
  }

  return {
    lists,
    groups,
    roles,
    assignments,
    currentUserId: me.Id,
    ownersGroupId,
    siteGroupIds,
    workTypeKeys,
    resourceKeys,
    versionRow
  };
}
