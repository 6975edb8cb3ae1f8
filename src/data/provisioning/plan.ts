/**
 * The set-up planner: compares the site as read (siteState.ts) with the schema and returns the steps that make
 * them equal, in an order SharePoint Online accepts. Over 300 lines: lists, fields, views, permission levels, groups,
 * list permissions, work types and resources each have their planner here; a candidate to split by resource.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import '@pnp/sp/security';
import '@pnp/sp/views';
import { DEFAULT_WORK_TYPES, WorkType } from '../../domain/workTypes';
import {
  IFieldDefinition,
  IGroupDefinition,
  IListDefinition,
  IListGrant,
  IRoleDefinitionSpec,
  ISchema,
  LIST,
  RoleType,
  SCHEMA_VERSION_KEY,
  SITE_MEMBERS,
  SITE_OWNERS,
  SITE_VISITORS
} from '../schema';
import { ResourceFields, WorkTypeFields } from '../columns';
import { DEFAULT_RESOURCES } from '../../domain/resources';
import { createField, IFieldPatch, TYPE_AS_STRING, updateField } from './fieldActions';
import { IExistingField, IExistingList, IExistingRole, ISiteState } from './siteState';
import { isThresholdError } from '../errors';

/** One change `ensureSite` will make, with the label shown while it runs. */
export interface IProvisioningAction {
  /** Progress label, e.g. `Adding field Enquiries.RequestKey`. */
  label: string;
  /** Makes the change. */
  run: () => Promise<void>;
  /**
   * Set on a step the app can run without: when it fails, set-up goes on and reports it. Says in plain words why it
   * failed and what that means for people using the app.
   */
  nonBlocking?: (err: unknown) => string;
}

/** SharePoint Online's list view threshold. */
const LIST_VIEW_THRESHOLD: number = 5000;

/** Ids learned while running (groups and roles created by earlier actions). */
interface IRunContext {
  groups: Map<string, number>;
  roles: Map<string, number>;
}

/** Unsigned 32-bit OR, so bit 31 does not turn the number negative. */
function or32(a: number, b: number): number {
  return (a | b) >>> 0;
}

/** Base permissions of a built-in role plus extra PermissionKind bits. */
export function withPermissions(
  base: { high: number; low: number },
  extra: ReadonlyArray<number>
): { high: number; low: number } {
  let high: number = base.high >>> 0;
  let low: number = base.low >>> 0;
  for (const p of extra) {
    const bit: number = p - 1;
    if (bit >= 0 && bit < 32) {
      low = or32(low, 1 << bit);
    } else if (bit >= 32 && bit < 64) {
      high = or32(high, 1 << (bit - 32));
    }
  }
  return { high, low };
}

/** Base permissions without the given PermissionKind bits. */
export function withoutPermissions(
  base: { high: number; low: number },
  removed: ReadonlyArray<number>
): { high: number; low: number } {
  const bits: { high: number; low: number } = withPermissions({ high: 0, low: 0 }, removed);
  // eslint-disable-next-line no-bitwise
  return { high: (base.high & ~bits.high) >>> 0, low: (base.low & ~bits.low) >>> 0 };
}

function roleByType(roles: IExistingRole[], type: RoleType): IExistingRole | undefined {
  for (const r of roles) {
    if (r.roleTypeKind === type) {
      return r;
    }
  }
  return undefined;
}

function roleByName(roles: IExistingRole[], name: string): IExistingRole | undefined {
  for (const r of roles) {
    if (r.name === name) {
      return r;
    }
  }
  return undefined;
}

/** The id of a permission level the schema names (built-in type or custom name), when the site has it already. */
function existingRoleId(state: ISiteState, role: RoleType | string): number | undefined {
  const r: IExistingRole | undefined =
    typeof role === 'string' ? roleByName(state.roles, role) : roleByType(state.roles, role);
  return r ? r.id : undefined;
}

/** A permission level's name, for progress labels. */
function roleLabel(state: ISiteState, role: RoleType | string): string {
  if (typeof role === 'string') {
    return role;
  }
  const r: IExistingRole | undefined = roleByType(state.roles, role);
  return r ? r.name : String(role);
}

/** A permission level's id when an action runs: existing, or made by an earlier action. */
function runRoleId(state: ISiteState, ctx: IRunContext, role: RoleType | string): number {
  let id: number | undefined = existingRoleId(state, role);
  if (id === undefined && typeof role === 'string') {
    id = ctx.roles.get(role);
  }
  if (id === undefined) {
    throw new Error('Permission level ' + roleLabel(state, role) + ' not found');
  }
  return id;
}

function missingChoices(wanted: ReadonlyArray<string> | undefined, existing: string[]): string[] {
  return (wanted || []).filter((c) => existing.indexOf(c) < 0);
}

/**
 * Why adding an index to an existing column failed, in plain words. SharePoint Online may refuse to index a column of
 * a list already past the 5,000-item list view threshold (building the index is itself an operation over the
 * threshold; Microsoft's "Add an index to a list or library column" and the large-list guidance on Microsoft Learn,
 * microsoft-365/community/large-lists-large-libraries-in-sharepoint: index before a list reaches 5,000 items).
 */
function indexFailure(
  list: IListDefinition,
  existing: IExistingList | undefined,
  name: string
): (err: unknown) => string {
  return (err: unknown): string => {
    const big: boolean = !!existing && existing.itemCount > LIST_VIEW_THRESHOLD;
    const why: string =
      big || isThresholdError(err)
        ? list.title + ' holds more than 5,000 items, and SharePoint Online does not add an index to a list that large.'
        : 'SharePoint did not add the index.';
    return (
      why +
      ' People can keep working; searches that filter on ' +
      name +
      ' may be refused once the list is ' +
      'over 5,000 items. A site owner can add the index in the list settings (Indexed columns) when the list is smaller, ' +
      'or ask the SharePoint administrator.'
    );
  };
}

function planField(
  sp: SPFI,
  list: IListDefinition,
  f: IFieldDefinition,
  existingList: IExistingList | undefined
): IProvisioningAction[] {
  const existing: IExistingField | undefined = existingList ? existingList.fields.get(f.internalName) : undefined;
  const name: string = list.title + '.' + f.internalName;
  const actions: IProvisioningAction[] = [];
  if (!existing) {
    actions.push({ label: 'Adding field ' + name, run: () => createField(sp, list.title, f) });
    if (f.unique) {
      actions.push({
        label: 'Making field ' + name + ' unique',
        run: () => updateField(sp, list.title, f, { Indexed: true, EnforceUniqueValues: true })
      });
    }
    return actions;
  }
  if (TYPE_AS_STRING[f.type].indexOf(existing.typeAsString) < 0) {
    throw new Error(
      'Field ' +
        name +
        ' exists as ' +
        existing.typeAsString +
        ' but the schema needs ' +
        f.type +
        '. Rename or delete the column, then run Set up site again.'
    );
  }
  if ((f.indexed || f.unique) && !existing.indexed) {
    // its own step: on a list past the threshold SharePoint Online may refuse it, and the app runs without it
    actions.push({
      label: 'Indexing field ' + name,
      run: () => updateField(sp, list.title, f, { Indexed: true }),
      nonBlocking: indexFailure(list, existingList, name)
    });
  }
  const patch: IFieldPatch = {};
  const labels: string[] = [];
  if (f.unique && !existing.unique) {
    patch.Indexed = true;
    patch.EnforceUniqueValues = true;
    labels.push('enforcing unique values');
  }
  if (!f.unique && existing.unique) {
    // an older set-up made it unique; SharePoint Online refuses that with item-level security
    patch.EnforceUniqueValues = false;
    labels.push('no longer unique');
  }
  const extra: string[] = missingChoices(f.choices, existing.choices);
  if (extra.length > 0) {
    patch.Choices = existing.choices.concat(extra);
    labels.push('adding choices ' + extra.join(', '));
  }
  if (labels.length > 0) {
    actions.push({
      label: 'Updating field ' + name + ' (' + labels.join('; ') + ')',
      run: () => updateField(sp, list.title, f, patch)
    });
  }
  return actions;
}

/** What a missing column in a list's default view means, in plain words. */
function viewFailure(list: IListDefinition): (err: unknown) => string {
  return (): string =>
    'SharePoint did not add the column to the default view of ' +
    list.title +
    '. People can keep ' +
    "working; a site owner can add it from the list's own screen (Add column > Show or hide columns).";
}

/**
 * Adds the columns people need to the list's default view: SharePoint Online shows no column created over REST in
 * any view. Only adds, so columns an owner added or removed by hand stay as they are once present.
 */
function planViewFields(sp: SPFI, list: IListDefinition, existing: IExistingList | undefined): IProvisioningAction[] {
  const shown: string[] | undefined = existing ? existing.defaultViewFields : [];
  return (list.defaultViewFields || [])
    .filter((f) => !shown || shown.indexOf(f) < 0)
    .map((f) => ({
      label: 'Showing ' + list.title + '.' + f + ' in the default view',
      run: async () => {
        await sp.web.lists.getByTitle(list.title).defaultView.fields.add(f);
      },
      nonBlocking: viewFailure(list)
    }));
}

function planList(sp: SPFI, list: IListDefinition, existing: IExistingList | undefined): IProvisioningAction[] {
  const actions: IProvisioningAction[] = [];
  if (!existing) {
    actions.push({
      label: 'Creating list ' + list.title,
      run: async () => {
        await sp.web.lists.add(list.title, list.description, 100, false);
      }
    });
  }
  // Columns first: a unique RequestKey left by an older set-up must be plain before item-level security is set,
  // which SharePoint Online refuses on a list with a unique column.
  for (const f of list.fields) {
    actions.push(...planField(sp, list, f, existing));
  }
  const read: number = list.readSecurity || 1;
  const write: number = list.writeSecurity || 1;
  if (!existing ? read !== 1 || write !== 1 : existing.readSecurity !== read || existing.writeSecurity !== write) {
    actions.push({
      label: 'Setting item-level security on ' + list.title,
      run: async () => {
        await sp.web.lists.getByTitle(list.title).update({ ReadSecurity: read, WriteSecurity: write });
      }
    });
  }
  actions.push(...planViewFields(sp, list, existing));
  return actions;
}

function planRole(sp: SPFI, spec: IRoleDefinitionSpec, state: ISiteState, ctx: IRunContext): IProvisioningAction[] {
  const base: IExistingRole | undefined = roleByType(state.roles, spec.basedOn);
  if (!base) {
    throw new Error('The site has no built-in permission level of type ' + spec.basedOn);
  }
  const removed: ReadonlyArray<number> = spec.removedPermissions || [];
  const perms: { high: number; low: number } = withoutPermissions(
    withPermissions(base, spec.extraPermissions),
    removed
  );
  const existing: IExistingRole | undefined = roleByName(state.roles, spec.name);
  if (!existing) {
    return [
      {
        label: 'Creating permission level ' + spec.name,
        run: async () => {
          const r: { data: { Id: number } } = await sp.web.roleDefinitions.add(
            spec.name,
            spec.description,
            spec.order,
            { High: perms.high, Low: perms.low }
          );
          ctx.roles.set(spec.name, r.data.Id);
        }
      }
    ];
  }
  ctx.roles.set(spec.name, existing.id);
  const has: { high: number; low: number } = withPermissions(existing, []);
  const needs: { high: number; low: number } = withoutPermissions(
    withPermissions(existing, spec.extraPermissions),
    removed
  );
  if (has.high === needs.high && has.low === needs.low) {
    return [];
  }
  return [
    {
      label: 'Updating permission level ' + spec.name,
      run: async () => {
        await sp.web.roleDefinitions
          .getById(existing.id)
          .update({ BasePermissions: { High: needs.high, Low: needs.low } });
      }
    }
  ];
}

function planGroup(sp: SPFI, g: IGroupDefinition, state: ISiteState, ctx: IRunContext): IProvisioningAction[] {
  const actions: IProvisioningAction[] = [];
  const groupId: number | undefined = state.groups.get(g.title);
  if (groupId === undefined) {
    actions.push({
      label: 'Creating group ' + g.title,
      run: async () => {
        const data: { Id: number } = await sp.web.siteGroups.add({ Title: g.title, Description: g.description });
        ctx.groups.set(g.title, data.Id);
      }
    });
  } else {
    ctx.groups.set(g.title, groupId);
  }
  const roleId: number | undefined = existingRoleId(state, g.role);
  const assigned: number[] = groupId !== undefined ? state.assignments.get(groupId) || [] : [];
  if (groupId === undefined || roleId === undefined || assigned.indexOf(roleId) < 0) {
    actions.push({
      label: 'Granting ' + roleLabel(state, g.role) + ' to ' + g.title,
      run: async () => {
        const pid: number | undefined = ctx.groups.get(g.title);
        if (pid === undefined) {
          throw new Error('Group ' + g.title + ' not found');
        }
        await sp.web.roleAssignments.add(pid, runRoleId(state, ctx, g.role));
      }
    });
  }
  // A level the schema no longer gives the group (officers' Contribute before version 4, which deletes) goes.
  for (const rid of assigned.filter(
    (id) => id !== roleId && state.roles.some((r) => r.id === id && r.roleTypeKind !== RoleType.Reader)
  )) {
    const name: string = (state.roles.filter((r) => r.id === rid)[0] || { name: String(rid) }).name;
    actions.push({
      label: 'Removing ' + name + ' from ' + g.title,
      run: async () => {
        await sp.web.roleAssignments.remove(runPrincipalId(state, ctx, g.title), rid);
      }
    });
  }
  return actions;
}

/** Who a list-level grant names, for progress labels. */
function principalLabel(p: string): string {
  return p === SITE_OWNERS
    ? 'site owners'
    : p === SITE_MEMBERS
      ? 'site members'
      : p === SITE_VISITORS
        ? 'site visitors'
        : p;
}

/** A principal's id now, when it exists already (a group made in this run does not yet). */
function principalIdNow(state: ISiteState, p: string): number | undefined {
  return p === SITE_OWNERS ? state.ownersGroupId : (state.siteGroupIds.get(p) ?? state.groups.get(p));
}

/** A principal's id when an action runs (groups made by earlier actions included). */
function runPrincipalId(state: ISiteState, ctx: IRunContext, p: string): number {
  const id: number | undefined =
    p === SITE_OWNERS ? state.ownersGroupId : (state.siteGroupIds.get(p) ?? ctx.groups.get(p));
  if (id === undefined) {
    throw new Error((p === SITE_OWNERS ? 'The site owners group' : 'Group ' + p) + ' not found');
  }
  return id;
}

/** The principals whose access to a list with its own permissions the schema decides: its groups and the owners. */
function managedPrincipals(schema: ISchema): string[] {
  const siteGroups: string[] = [SITE_MEMBERS, SITE_VISITORS].filter((p) =>
    schema.lists.some((l) => !!l.permissions && l.permissions.grants.some((g) => g.principal === p))
  );
  return [SITE_OWNERS as string].concat(
    siteGroups,
    schema.groups.map((g) => g.title)
  );
}

/**
 * Grants a principal's missing levels on a list and takes away the ones the schema does not give it (for example
 * a group's level copied there by hand when inheritance was broken).
 */
function planPrincipalOnList(
  sp: SPFI,
  list: IListDefinition,
  p: string,
  has: number[],
  state: ISiteState,
  ctx: IRunContext
): IProvisioningAction[] {
  const grants: IListGrant[] = (list.permissions ? list.permissions.grants : []).filter((g) => g.principal === p);
  const wanted: Array<number | undefined> = grants.map((g) => existingRoleId(state, g.role));
  const actions: IProvisioningAction[] = grants
    .filter((g, i) => {
      const rid: number | undefined = wanted[i];
      return rid === undefined || has.indexOf(rid) < 0;
    })
    .map((g) => ({
      label: 'Granting ' + roleLabel(state, g.role) + ' on ' + list.title + ' to ' + principalLabel(p),
      run: async () => {
        await sp.web.lists
          .getByTitle(list.title)
          .roleAssignments.add(runPrincipalId(state, ctx, p), runRoleId(state, ctx, g.role));
      }
    }));
  for (const rid of has.filter((id) => wanted.indexOf(id) < 0)) {
    const name: string = (state.roles.filter((r) => r.id === rid)[0] || { name: String(rid) }).name;
    actions.push({
      label: 'Removing ' + name + ' on ' + list.title + ' from ' + principalLabel(p),
      run: async () => {
        await sp.web.lists.getByTitle(list.title).roleAssignments.remove(runPrincipalId(state, ctx, p), rid);
      }
    });
  }
  return actions;
}

/**
 * Gives a list its own permissions when the schema declares them. Inheritance is broken without copying the web's
 * assignments (SharePoint then leaves only the caller, with Full Control), so no group keeps web-level access it
 * should not have here; then each managed principal gets exactly its declared levels.
 */
function planListPermissions(
  sp: SPFI,
  schema: ISchema,
  list: IListDefinition,
  state: ISiteState,
  ctx: IRunContext
): IProvisioningAction[] {
  if (!list.permissions) {
    return [];
  }
  const existing: IExistingList | undefined = state.lists.get(list.title);
  const unique: boolean = !!existing && existing.hasUniqueRoleAssignments;
  const actions: IProvisioningAction[] = [];
  if (!unique) {
    actions.push({
      label: 'Breaking permission inheritance on ' + list.title,
      run: async () => {
        await sp.web.lists.getByTitle(list.title).breakRoleInheritance(false, true);
      }
    });
  }
  for (const p of managedPrincipals(schema)) {
    const pid: number | undefined = principalIdNow(state, p);
    const has: number[] = existing && unique && pid !== undefined ? existing.assignments.get(pid) || [] : [];
    actions.push(...planPrincipalOnList(sp, list, p, has, state, ctx));
  }
  return actions;
}

/**
 * Breaking inheritance without copying leaves the person who ran set-up with their own Full Control on the list
 * (SharePoint Online does this: SP.SecurableObject.breakRoleInheritance, copyRoleAssignments false). Once the site
 * owners group holds Full Control there (granted by an earlier step), that direct grant goes, so only groups hold
 * roles on lists with customer work. Run last, after every step that still works on the list.
 */
function planCallerGrantRemoval(sp: SPFI, list: IListDefinition, state: ISiteState): IProvisioningAction[] {
  if (!list.permissions || state.currentUserId === undefined) {
    return [];
  }
  const existing: IExistingList | undefined = state.lists.get(list.title);
  const willBreak: boolean = !existing || !existing.hasUniqueRoleAssignments;
  const holds: boolean =
    !!existing && existing.hasUniqueRoleAssignments && (existing.assignments.get(state.currentUserId) || []).length > 0;
  if (!willBreak && !holds) {
    return [];
  }
  const userId: number = state.currentUserId;
  const fullControl: number | undefined = existingRoleId(state, RoleType.Administrator);
  const roleIds: number[] = holds ? existing!.assignments.get(userId)! : fullControl !== undefined ? [fullControl] : [];
  return [
    {
      label: 'Removing your own direct access to ' + list.title + ' (the site owners group holds Full Control)',
      run: async () => {
        for (const rid of roleIds) {
          await sp.web.lists.getByTitle(list.title).roleAssignments.remove(userId, rid);
        }
      }
    }
  ];
}

function planWorkTypes(sp: SPFI, state: ISiteState, seed: ReadonlyArray<WorkType>): IProvisioningAction[] {
  return seed
    .filter((wt) => state.workTypeKeys.indexOf(wt.key.toUpperCase()) < 0)
    .map((wt) => ({
      label: 'Adding work type ' + wt.title,
      run: async () => {
        await sp.web.lists.getByTitle(LIST.workTypes).items.add({
          [WorkTypeFields.Title]: wt.title,
          [WorkTypeFields.WorkTypeKey]: wt.key,
          [WorkTypeFields.Active]: wt.active,
          [WorkTypeFields.GuidelineMinutes]: wt.guidelineMinutes
        });
      }
    }));
}

/**
 * Seeds the TPS Resources keys the app knows (URLs blank: the owner fills them in) while the site is below the
 * version that brought the list, so a resource an owner deletes afterwards does not come back.
 */
function planResources(sp: SPFI, state: ISiteState): IProvisioningAction[] {
  return DEFAULT_RESOURCES.filter((r) => state.resourceKeys.indexOf(r.key.toUpperCase()) < 0).map((r) => ({
    label: 'Adding resource ' + r.title,
    run: async () => {
      await sp.web.lists.getByTitle(LIST.resources).items.add({
        [ResourceFields.Title]: r.title,
        [ResourceFields.ResourceKey]: r.key,
        [ResourceFields.Url]: r.url,
        [ResourceFields.Places]: r.places.slice()
      });
    }
  }));
}

function planVersion(sp: SPFI, state: ISiteState, version: number): IProvisioningAction[] {
  const row: { id: number; value: number } | undefined = state.versionRow;
  if (row && row.value >= version) {
    return [];
  }
  return [
    {
      label: 'Recording schema version ' + version,
      run: async () => {
        const items = sp.web.lists.getByTitle(LIST.settings).items;
        if (row) {
          await items.getById(row.id).update({ Value: String(version) });
        } else {
          await items.add({ Title: SCHEMA_VERSION_KEY, Value: String(version) });
        }
      }
    }
  ];
}

/**
 * Compares the site with the schema and returns the changes to make, in order: lists and fields, permission
 * levels, groups and their permissions, lists' own permissions, seed work types, and last the schema version.
 * Empty when the site already matches.
 */
export function planProvisioning(
  sp: SPFI,
  schema: ISchema,
  state: ISiteState,
  seedWorkTypes: ReadonlyArray<WorkType> = DEFAULT_WORK_TYPES
): IProvisioningAction[] {
  const ctx: IRunContext = { groups: new Map<string, number>(), roles: new Map<string, number>() };
  const actions: IProvisioningAction[] = [];
  for (const l of schema.lists) {
    actions.push(...planList(sp, l, state.lists.get(l.title)));
  }
  for (const r of schema.roles) {
    actions.push(...planRole(sp, r, state, ctx));
  }
  for (const g of schema.groups) {
    actions.push(...planGroup(sp, g, state, ctx));
  }
  for (const l of schema.lists) {
    actions.push(...planListPermissions(sp, schema, l, state, ctx));
  }
  let hasWorkTypes: boolean = false;
  for (const l of schema.lists) {
    hasWorkTypes = hasWorkTypes || l.title === LIST.workTypes;
  }
  // Seed only while the site has never finished a setup: afterwards the owner keeps the list (an owner who
  // deletes a work type must not see it come back; inactive ones stay as they are).
  if (hasWorkTypes && !state.versionRow) {
    actions.push(...planWorkTypes(sp, state, seedWorkTypes));
  }
  const resources: IListDefinition | undefined = schema.lists.filter((l) => l.title === LIST.resources)[0];
  if (resources && (!state.versionRow || state.versionRow.value < resources.addedInVersion)) {
    actions.push(...planResources(sp, state));
  }
  for (const l of schema.lists) {
    actions.push(...planCallerGrantRemoval(sp, l, state));
  }
  // write the version only when there is something to change or the stored version is behind
  actions.push(...planVersion(sp, state, schema.version));
  return actions;
}
