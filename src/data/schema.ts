/**
 * The SharePoint schema of Boutique TPS: lists, fields, permission levels and groups.
 *
 * This is the single source of truth. `ensureSite` provisions it (creating and upgrading), the stores read and
 * write the field names declared here (spelled once, in `./columns`), and the local SharePoint provisions from it too. Every field and list
 * says in which schema version it appeared, so an older site is upgraded by adding what is missing.
 *
 * Rules kept here:
 * - every query filters first on an indexed Text or Choice column (the 5,000-item list view threshold);
 * - work types are stored as their key in an indexed Text column, never as a lookup;
 * - people are stored twice: a lower-case login in an indexed Text column (`...Key`, for filtering) and, where
 *   people pick or see a person, a User column for display;
 * - who may see a list is SharePoint's job, not the UI's: lists that not every group may read or write have their
 *   own permissions (`permissions`), and lists where officers see only their own items use item-level security.
 *
 * Long on purpose: it is the one place the whole contract stands (every list, field, permission level and group
 * with the version it came in), read top to bottom by whoever changes it; the column names live in ./columns.
 */

import { ESCALATION_CATEGORIES as DOMAIN_ESCALATION_CATEGORIES } from '../domain/escalationCategories';
import {
  ESCALATION_STATUSES as DOMAIN_ESCALATION_STATUSES,
  FINALISATION_REASONS as DOMAIN_FINALISATION_REASONS,
  WORK_COMPLETED_BY as DOMAIN_WORK_COMPLETED_BY
} from '../domain/escalationLifecycle';
import {
  FOUR_PILLARS,
  NON_CRITICAL_ERROR_KINDS,
  QOL_RESPONSE_KINDS,
  URGENT_QOL_REASONS,
  URGENT_REQUEST_KIND
} from '../domain/qol';
import { CENTRE_TIME_ZONE_NAMES } from '../domain/centres';
import { CONTACT_SOURCES as DOMAIN_CONTACT_SOURCES, TPS_OUTCOMES as DOMAIN_TPS_OUTCOMES } from '../domain/tpsOutcomes';
import {
  CommonFields,
  EnquiryFields,
  EscalationFields,
  FeedbackFields,
  FeedbackNoticeFields,
  FeedbackReviewFields,
  HandlingFields,
  QolCheckFields,
  QolDirectionFields,
  QolResponseFields,
  QolResultFields,
  ResourceFields,
  RosterFields,
  SettingsFields,
  WorkTypeFields
} from './columns';
import { FEEDBACK_STATUSES as DOMAIN_FEEDBACK_STATUSES, LEGACY_FEEDBACK_STATUSES } from '../domain/feedbackLifecycle';
import { RESOURCE_PLACES } from '../domain/resources';
import {
  ENQUIRY_REASONS as DOMAIN_ENQUIRY_REASONS,
  ENQUIRY_STATUSES as DOMAIN_ENQUIRY_STATUSES,
  REFERENCES_CHECKED as DOMAIN_REFERENCES_CHECKED
} from '../domain/enquiryValues';

/** Bump when the schema below changes; `ensureSite` writes it last into TPS Settings. */
export const SCHEMA_VERSION: number = 5;

/** The SharePoint column types the schema uses. */
export type FieldType = 'Text' | 'Note' | 'Choice' | 'MultiChoice' | 'Number' | 'DateTime' | 'Boolean' | 'User';

/** One column of a list. The internal name is also the title it is created with (no spaces). */
export interface IFieldDefinition {
  /** Internal (and REST) name, e.g. `RequestKey`. */
  internalName: string;
  /** SharePoint column type. */
  type: FieldType;
  /** Allowed values for Choice and MultiChoice; provisioning adds missing ones and never removes any. */
  choices?: ReadonlyArray<string>;
  /**
   * Maximum length: for Text columns SharePoint's own (at most 255); for Note columns the app's limit, which the UI
   * states and checks before saving (SharePoint's own limit for multi-line text is far higher).
   */
  maxLength?: number;
  /** Create an index on the column (needed to filter a list past 5,000 items). */
  indexed?: boolean;
  /**
   * Enforce unique values (implies `indexed`). Never on a list with item-level read security: SharePoint Online
   * refuses unique columns there ("Enforcing Uniqueness in Column Values", Microsoft: unique columns are not allowed
   * with item-level permissions), and provisioning turns it off where an older set-up left it on.
   */
  unique?: boolean;
  /** Required in SharePoint forms and REST writes. */
  required?: boolean;
  /** Schema version in which the column was introduced. */
  addedInVersion: number;
  /** What the column holds (shown as the column description). */
  description?: string;
}

/** SharePoint item-level read security: 1 = all items, 2 = only items the user created. */
export type ReadSecurity = 1 | 2;

/** SharePoint item-level write security: 1 = all items, 2 = only items the user created, 4 = none. */
export type WriteSecurity = 1 | 2 | 4;

/** The site's own owners group (its title differs from site to site, so it is found through the web). */
export const SITE_OWNERS = '(site owners)' as const;

/** The site's own members group (SharePoint gives it Edit on the web). */
export const SITE_MEMBERS = '(site members)' as const;

/** The site's own visitors group (SharePoint gives it Read on the web). */
export const SITE_VISITORS = '(site visitors)' as const;

/** Who a list-level grant is for: one of the schema's groups, or one of the site's own groups. */
export type ListPrincipal =
  (typeof GROUP)[keyof typeof GROUP] | typeof SITE_OWNERS | typeof SITE_MEMBERS | typeof SITE_VISITORS;

/** One permission level held on a list that has its own permissions. */
export interface IListGrant {
  /** A schema group title, or {@link SITE_OWNERS}. */
  principal: ListPrincipal;
  /** Either a built-in role type or the name of a custom role in `roles`. */
  role: RoleType | string;
}

/**
 * Unique permissions of one list: it stops inheriting the web's permissions and holds exactly these grants for
 * the schema's groups and the site owners (a schema group not named gets no access at all). Principals the
 * schema does not know, e.g. a person a site owner added by hand, are left alone.
 */
export interface IListPermissions {
  /** The grants. */
  grants: ReadonlyArray<IListGrant>;
  /** Schema version in which the list got its own permissions. */
  addedInVersion: number;
}

/** One custom list. The built-in Title column is always present and is not declared in `fields`. */
export interface IListDefinition {
  /** List title (also how the stores address it). */
  title: string;
  /** List description. */
  description: string;
  /** What the built-in Title column holds on this list. */
  titleMeaning: string;
  /** Item-level read security; omitted means SharePoint's default (1). */
  readSecurity?: ReadSecurity;
  /** Item-level write security; omitted means SharePoint's default (1). */
  writeSecurity?: WriteSecurity;
  /** Schema version in which the item-level security was set; omitted means with the list. */
  itemSecurityAddedInVersion?: number;
  /** The list's own permissions; omitted means it inherits the web's (the groups' web-level roles). */
  permissions?: IListPermissions;
  /**
   * Columns (internal names) set-up adds to the list's default view, so an owner keeping the list in SharePoint's
   * own screen sees them: SharePoint Online adds no column created over REST to any view. Set-up only adds.
   */
  defaultViewFields?: ReadonlyArray<string>;
  /** Schema version in which the list was introduced. */
  addedInVersion: number;
  /** The custom columns. */
  fields: ReadonlyArray<IFieldDefinition>;
}

/** SharePoint's built-in role types (SP.RoleType) that the schema builds on. */
export enum RoleType {
  /** Read */
  Reader = 2,
  /** Contribute */
  Contributor = 3,
  /** Edit */
  WebDesigner = 4,
  /** Full Control */
  Administrator = 5
}

/** A custom permission level: a built-in role plus extra permissions. */
export interface IRoleDefinitionSpec {
  /** Name shown in SharePoint, e.g. `TPS Contributor`. */
  name: string;
  /** Description shown in SharePoint. */
  description: string;
  /** The built-in role whose permissions it starts from. */
  basedOn: RoleType;
  /**
   * Extra SharePoint permissions, as PermissionKind numbers (e.g. 9 = CancelCheckout, shown as
   * "Override List Behaviors", which lets holders read and edit all items despite item-level security).
   */
  extraPermissions: ReadonlyArray<number>;
  /** PermissionKind numbers taken away from the built-in role (e.g. 4 = DeleteListItems). */
  removedPermissions?: ReadonlyArray<number>;
  /** Schema version in which `removedPermissions` were taken away; omitted means with the role. */
  removedInVersion?: number;
  /** Display order among permission levels. */
  order: number;
  /** Schema version in which it was introduced. */
  addedInVersion: number;
}

/** A SharePoint group and the permission level it holds on the web. */
export interface IGroupDefinition {
  /** Group title, e.g. `TPS Officers`. */
  title: string;
  /** Group description. */
  description: string;
  /** Either a built-in role type or the name of a custom role in `roles`. */
  role: RoleType | string;
  /** Schema version in which it was introduced. */
  addedInVersion: number;
}

/** The whole schema: what `ensureSite` makes the site look like. */
export interface ISchema {
  /** Version written to TPS Settings once the site matches. */
  version: number;
  /** Custom lists. */
  lists: ReadonlyArray<IListDefinition>;
  /** Custom permission levels. */
  roles: ReadonlyArray<IRoleDefinitionSpec>;
  /** Groups and their permission on the web. */
  groups: ReadonlyArray<IGroupDefinition>;
}

/** List titles, so stores never spell them twice. */
export const LIST = {
  settings: 'TPS Settings',
  workTypes: 'Work Types',
  roster: 'TPS Roster',
  enquiries: 'Enquiries',
  escalations: 'Escalations',
  qolChecks: 'QOL Checks',
  feedback: 'Feedback',
  qolResults: 'QOL Results',
  qolResponses: 'QOL Responses',
  handling: 'Enquiry Handling',
  feedbackNotices: 'Feedback Notices',
  resources: 'TPS Resources',
  qolDirections: 'QOL Directions',
  feedbackReviews: 'Feedback Reviews'
} as const;

/** Group titles (fixed in docs/CONTRACTS.md). */
export const GROUP = {
  serviceOfficers: 'Service Officers',
  tpsOfficers: 'TPS Officers',
  serviceSupportOfficers: 'Service Support Officers'
} as const;

/** Title of the TPS Settings row that holds the provisioned schema version. */
export const SCHEMA_VERSION_KEY: string = 'SchemaVersion';

/** Name of the custom permission level for TPSOs and SSOs. */
export const TPS_CONTRIBUTOR_ROLE: string = 'TPS Contributor';

/** SharePoint PermissionKind.CancelCheckout, shown in the UI as "Override List Behaviors". */
export const PERMISSION_OVERRIDE_LIST_BEHAVIORS: number = 9;

/**
 * SharePoint PermissionKind.DeleteListItems and DeleteVersions (SP.PermissionKind: 4 and 8). Nothing in this process
 * is ever deleted (an enquiry is withdrawn, an escalation finalised), and the version history is the audit trail:
 * no Boutique TPS group holds either; only site owners (Full Control) delete.
 */
export const PERMISSIONS_TO_DELETE: ReadonlyArray<number> = [4, 8];

/** Name of the permission level Service Officers (and TPSOs on Feedback) hold: Contribute without deleting. */
export const OFFICER_ROLE: string = 'Boutique Contributor';

/**
 * The Australian time zones of the Smart Centres (IANA names), from the domain's list. Australia/Canberra came
 * after the first seven (it keeps the ACT's holidays): provisioning only ever adds choices, so existing values stay.
 */
export const CENTRE_TIME_ZONES: ReadonlyArray<string> = CENTRE_TIME_ZONE_NAMES;

/** The centre time zone added in schema version 3. */
const CANBERRA: string = 'Australia/Canberra';

/** Roster roles. */
export const ROSTER_ROLES: ReadonlyArray<string> = ['TPSO', 'SSO', 'TeamLeader'];

/** Enquiry statuses (the enquiry lifecycle's states, from the domain). */
export const ENQUIRY_STATUSES: ReadonlyArray<string> = DOMAIN_ENQUIRY_STATUSES;

/** Reasons an officer may contact TPS (seed 001, and seed 002 item 4; from the domain). */
export const ENQUIRY_REASONS: ReadonlyArray<string> = DOMAIN_ENQUIRY_REASONS;

/** References an officer checks before contacting TPS (from the domain). */
export const REFERENCES_CHECKED: ReadonlyArray<string> = DOMAIN_REFERENCES_CHECKED;

/** Where a TPS contact came from (seed 002 item 7; from the domain). */
export const CONTACT_SOURCES: ReadonlyArray<string> = DOMAIN_CONTACT_SOURCES;

/** Outcomes other than an answer (seed 002 item 4, seed 001; from the domain). */
export const TPS_OUTCOMES: ReadonlyArray<string> = DOMAIN_TPS_OUTCOMES;

/** Escalation categories (seed 004). */
export const ESCALATION_CATEGORIES: ReadonlyArray<string> = DOMAIN_ESCALATION_CATEGORIES.map((c) => c.key);

/** Escalation statuses. */
export const ESCALATION_STATUSES: ReadonlyArray<string> = DOMAIN_ESCALATION_STATUSES;

/** Why an escalation was finalised (seed 004). */
export const FINALISATION_REASONS: ReadonlyArray<string> = DOMAIN_FINALISATION_REASONS.map((r) => r.key);

/** Who completes the work on the customer's record (seed 004). */
export const WORK_COMPLETED_BY: ReadonlyArray<string> = DOMAIN_WORK_COMPLETED_BY.map((w) => w.key);

/** QOL check outcomes. */
export const QOL_OUTCOMES: ReadonlyArray<string> = ['Correct', 'NonCriticalError', 'CriticalError'];

/** The Four Pillars a critical error fails. */
export const QOL_PILLARS: ReadonlyArray<string> = FOUR_PILLARS.map((p) => p.key);

/** Why a QOL check is urgent. */
export const QOL_URGENT_REASONS: ReadonlyArray<string> = URGENT_QOL_REASONS.map((r) => r.key);

/** Name of the permission level that lets TPS staff publish a QOL result to the one officer it is about. */
export const TPS_QOL_PUBLISHER_ROLE: string = 'TPS QOL Publisher';

/** SharePoint PermissionKind.ManagePermissions (break an item's inheritance, grant the officer Read). */
export const PERMISSION_MANAGE_PERMISSIONS: number = 26;

/** SharePoint PermissionKind.EnumeratePermissions (read an item's role assignments). */
export const PERMISSION_ENUMERATE_PERMISSIONS: number = 63;

/**
 * Feedback statuses: the two of versions 1 to 3, then the review lifecycle's (version 4, seed 004 feedback
 * protocols: a flag is confirmed or declined before it reaches the TPSO's team leader).
 */
export const FEEDBACK_STATUSES: ReadonlyArray<string> = LEGACY_FEEDBACK_STATUSES.concat(DOMAIN_FEEDBACK_STATUSES);

const V1: number = 1;
/** Version 2: per-list permissions (escalations, QOL checks, feedback, roster, work types). */
const V2: number = 2;
/**
 * Version 3: RequestKey indexed but not unique on lists with item-level security (SharePoint Online refuses both
 * together); Enquiries stops inheriting the web; the columns people need are in each list's default view; the
 * Australia/Canberra centre time zone choice.
 */
const V3: number = 3;
/**
 * Version 4: QOL checks as a whole loop (non-critical errors, month keys, officer results and responses); the
 * Escalations list's indexed centre key (the SSO board's "my centre") and who completes the work; the Enquiry
 * Handling list (what TPS staff decide, where only they write); no Boutique TPS group deletes (TPS Contributor
 * loses DeleteListItems, officers hold Boutique Contributor).
 */
const V4: number = 4;
/**
 * Version 5 (feedback and references): typed references in a Note column (`ReferencesList` on Enquiries and Enquiry
 * Handling; the 255-character `ReferencesGiven` stays and is read when the new one is empty); the Feedback Reviews
 * list (a flag's confirm or decline and the Team Leader's record, where officers cannot write);
 * and (QOL at scale) QOL Checks' indexed CheckerMonthKey, so a TPSO's first screen reads their own checks of
 * the month with everything else in one `$batch`; QOL Results in one folder per officer (no list change: folders are
 * made by the checker, see QolResultStore).
 */
const V5: number = 5;

/** Site owners keep full control of every list with its own permissions. */
const OWNERS_FULL_CONTROL: IListGrant = { principal: SITE_OWNERS, role: RoleType.Administrator };

/**
 * Work Types and TPS Roster: the site owner keeps them; every group reads them (Ask TPS reads work types and, as
 * the officer, the roster to find a TPSO's team leader; the TPS Queue reads the roster as the TPSO).
 */
function readOnlyForGroups(): IListPermissions {
  return {
    addedInVersion: V2,
    grants: [
      OWNERS_FULL_CONTROL,
      { principal: GROUP.serviceOfficers, role: RoleType.Reader },
      { principal: GROUP.tpsOfficers, role: RoleType.Reader },
      { principal: GROUP.serviceSupportOfficers, role: RoleType.Reader }
    ]
  };
}

/**
 * Escalations and QOL Checks: TPS staff only. Service Officers get no access at all, so they never see escalation
 * internals or the CRN kept for the work (the list does not even exist for them).
 */
function tpsStaffOnly(): IListPermissions {
  return {
    addedInVersion: V2,
    grants: [
      OWNERS_FULL_CONTROL,
      { principal: GROUP.tpsOfficers, role: TPS_CONTRIBUTOR_ROLE },
      { principal: GROUP.serviceSupportOfficers, role: TPS_CONTRIBUTOR_ROLE }
    ]
  };
}

/**
 * Feedback: anyone who gets an answer may flag it, but feedback about a TPSO is for their team leader only.
 * Item-level security (read and write own items) makes a plain Contribute level add and read only one's own
 * items; the Service Support Officers group (where team leaders are) holds TPS Contributor, whose Override List
 * Behaviors reads them all. Inheritance is broken as well because on the web TPS Officers hold TPS Contributor
 * too, which would let every TPSO read the feedback about their peers; here they get plain Contribute.
 */
function feedbackPermissions(): IListPermissions {
  return {
    addedInVersion: V2,
    grants: [
      OWNERS_FULL_CONTROL,
      { principal: GROUP.serviceOfficers, role: OFFICER_ROLE },
      { principal: GROUP.tpsOfficers, role: OFFICER_ROLE },
      { principal: GROUP.serviceSupportOfficers, role: TPS_CONTRIBUTOR_ROLE }
    ]
  };
}

/**
 * TPS Settings: the site owners keep it (a group member who could edit the SchemaVersion row could take the app
 * offline for everyone); every Boutique TPS group reads the schema version.
 */
function settingsPermissions(): IListPermissions {
  return { ...readOnlyForGroups(), addedInVersion: V3 };
}

/**
 * Enquiries: officers post and read their own (item-level security), TPS staff read and work them all through
 * Override List Behaviors. The list never inherits the web: the site's Members group holds Edit there, whose Manage
 * Lists reads every item whatever item-level security says (sp-dev-docs listtemplate-element-site.md: "Users with
 * the ManageLists permission can read and edit all items"), and its Visitors would read the list.
 */
function enquiryPermissions(): IListPermissions {
  return {
    addedInVersion: V3,
    grants: [
      OWNERS_FULL_CONTROL,
      { principal: GROUP.serviceOfficers, role: OFFICER_ROLE },
      { principal: GROUP.tpsOfficers, role: TPS_CONTRIBUTOR_ROLE },
      { principal: GROUP.serviceSupportOfficers, role: TPS_CONTRIBUTOR_ROLE }
    ]
  };
}

/**
 * Enquiry Handling: TPS staff add and edit (TPS Contributor, which deletes nothing); Service Officers get no access
 * at all, so nothing an officer writes can reach what a TPSO sees or counts.
 */
function handlingPermissions(): IListPermissions {
  return { ...tpsStaffOnly(), addedInVersion: V4 };
}

/** A login key column: lower-case login, indexed for filtering. */
function keyField(internalName: string, description: string): IFieldDefinition {
  return { internalName, type: 'Text', maxLength: 255, indexed: true, addedInVersion: V1, description };
}

/**
 * The client-made id that makes a retried create land once: indexed, so a create whose outcome is unknown is looked
 * up before it is sent again. Unique as well only where the list has no item-level security (`unique` false on
 * Enquiries and Feedback: SharePoint Online refuses unique columns with ReadSecurity 2).
 */
function requestKeyField(unique: boolean): IFieldDefinition {
  return {
    internalName: CommonFields.RequestKey,
    type: 'Text',
    maxLength: 64,
    indexed: true,
    unique,
    addedInVersion: V1,
    description: 'Client-made id: a retried create lands once'
  };
}

/**
 * Typed references (seed 002 item 1: OB numbers, NNUs, mySupport articles, Office Locator entries, named resources)
 * outgrow the 255-character `ReferencesGiven` Text column, so they move to this Note column; the old column stays
 * and is read when this one is empty (stores/referencesColumn.ts). Why not change ReferencesGiven to Note in place:
 * a type change converts every stored row at once, and turning it back truncates to 255 characters
 * (ListField.ConvertToField's conversion table,
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2007/bb148676(v=office.12)); the
 * REST API documents no type change for a field at all, and a new column rewrites nothing and loses nothing.
 */
function referencesListField(addedInVersion: number): IFieldDefinition {
  return {
    internalName: EnquiryFields.ReferencesList,
    type: 'Note',
    maxLength: 4000,
    addedInVersion,
    description: 'References given (typed; replaces ReferencesGiven)'
  };
}

const settingsList: IListDefinition = {
  title: LIST.settings,
  description: 'Boutique TPS settings (do not delete the SchemaVersion row).',
  titleMeaning: 'Setting key',
  // Read by the Boutique TPS groups only (since version 3): a site Member or Visitor in no Boutique TPS group gets
  // SharePoint's 404 on the site gate's one request, and is told to ask the site owners (to set the site up, or to
  // add them to a group), with no second request on every page load.
  permissions: settingsPermissions(),
  defaultViewFields: [SettingsFields.Value],
  addedInVersion: V1,
  fields: [{ internalName: SettingsFields.Value, type: 'Text', maxLength: 255, addedInVersion: V1 }]
};

const workTypesList: IListDefinition = {
  title: LIST.workTypes,
  description: 'Boutique work types offered to officers.',
  titleMeaning: 'Display name',
  permissions: readOnlyForGroups(),
  defaultViewFields: [WorkTypeFields.WorkTypeKey, WorkTypeFields.Active, WorkTypeFields.GuidelineMinutes],
  addedInVersion: V1,
  fields: [
    {
      internalName: WorkTypeFields.WorkTypeKey,
      type: 'Text',
      maxLength: 64,
      indexed: true,
      unique: true,
      addedInVersion: V1
    },
    { internalName: WorkTypeFields.Active, type: 'Boolean', addedInVersion: V1 },
    { internalName: WorkTypeFields.GuidelineMinutes, type: 'Number', addedInVersion: V1 }
  ]
};

const rosterList: IListDefinition = {
  title: LIST.roster,
  description: 'Who answers which work types.',
  titleMeaning: 'Person display name',
  permissions: readOnlyForGroups(),
  defaultViewFields: [
    RosterFields.Person,
    RosterFields.PersonKey,
    RosterFields.WorkTypes,
    RosterFields.Role,
    RosterFields.Centre,
    RosterFields.CentreTimeZone,
    RosterFields.OnDuty,
    RosterFields.TeamLeaderKey
  ],
  addedInVersion: V1,
  fields: [
    { internalName: RosterFields.Person, type: 'User', addedInVersion: V1 },
    keyField(RosterFields.PersonKey, 'Lower-case login'),
    {
      internalName: RosterFields.WorkTypes,
      type: 'Note',
      addedInVersion: V1,
      description: "Work type keys joined by ';'"
    },
    { internalName: RosterFields.Role, type: 'Choice', choices: ROSTER_ROLES, addedInVersion: V1 },
    { internalName: RosterFields.Centre, type: 'Text', maxLength: 255, addedInVersion: V1 },
    { internalName: RosterFields.CentreTimeZone, type: 'Choice', choices: CENTRE_TIME_ZONES, addedInVersion: V1 },
    { internalName: RosterFields.OnDuty, type: 'Boolean', addedInVersion: V1 },
    keyField(RosterFields.TeamLeaderKey, "Team leader's lower-case login")
  ]
};

const enquiriesList: IListDefinition = {
  title: LIST.enquiries,
  description: 'Technical enquiries from Service Officers.',
  titleMeaning: 'Request key (not shown)',
  readSecurity: 2,
  writeSecurity: 2,
  permissions: enquiryPermissions(),
  defaultViewFields: [
    EnquiryFields.WorkType,
    EnquiryFields.Status,
    EnquiryFields.Reason,
    EnquiryFields.RequesterKey,
    EnquiryFields.AssigneeKey,
    EnquiryFields.ClaimedAt,
    EnquiryFields.ResolvedAt
  ],
  addedInVersion: V1,
  fields: [
    { internalName: EnquiryFields.WorkType, type: 'Text', maxLength: 64, indexed: true, addedInVersion: V1 },
    {
      internalName: EnquiryFields.Status,
      type: 'Choice',
      choices: ENQUIRY_STATUSES,
      indexed: true,
      addedInVersion: V1
    },
    { internalName: EnquiryFields.Reason, type: 'Choice', choices: ENQUIRY_REASONS, addedInVersion: V1 },
    // A question fits on a screen: 4,000 characters is about 600 words, ten times a long real enquiry.
    { internalName: EnquiryFields.Question, type: 'Note', maxLength: 4000, addedInVersion: V1 },
    {
      internalName: EnquiryFields.ReferencesChecked,
      type: 'MultiChoice',
      choices: REFERENCES_CHECKED,
      addedInVersion: V1
    },
    {
      internalName: EnquiryFields.ReferencesRead,
      type: 'Text',
      maxLength: 255,
      addedInVersion: V1,
      description: 'OB numbers read'
    },
    { internalName: EnquiryFields.CustomerOnHold, type: 'Boolean', addedInVersion: V1 },
    { internalName: EnquiryFields.CentreTimeZone, type: 'Choice', choices: CENTRE_TIME_ZONES, addedInVersion: V1 },
    keyField(EnquiryFields.RequesterKey, "Requesting officer's lower-case login"),
    keyField(EnquiryFields.AssigneeKey, "TPSO's lower-case login"),
    { internalName: EnquiryFields.Assignee, type: 'User', addedInVersion: V1 },
    { internalName: EnquiryFields.ClaimedAt, type: 'DateTime', addedInVersion: V1 },
    { internalName: EnquiryFields.TakenOverAt, type: 'DateTime', addedInVersion: V1 },
    { internalName: EnquiryFields.TakenOverByKey, type: 'Text', maxLength: 255, addedInVersion: V1 },
    { internalName: EnquiryFields.TakeOverReason, type: 'Text', maxLength: 255, addedInVersion: V1 },
    { internalName: EnquiryFields.ResolvedAt, type: 'DateTime', indexed: true, addedInVersion: V1 },
    // "Resolved today" filters on this indexed Text key: a date range first would not be a Text or Choice index,
    // and AssigneeKey or Status first match a TPSO's whole history (over the threshold within months).
    {
      internalName: EnquiryFields.ResolvedDayKey,
      type: 'Text',
      maxLength: 255,
      indexed: true,
      addedInVersion: V2,
      description: "Finalising TPSO's lower-case login|local date (yyyy-MM-dd)"
    },
    { internalName: EnquiryFields.ReferencesGiven, type: 'Text', maxLength: 255, addedInVersion: V1 },
    referencesListField(V5),
    { internalName: EnquiryFields.Resolution, type: 'Note', maxLength: 4000, addedInVersion: V1 },
    { internalName: EnquiryFields.NotifiedAt, type: 'DateTime', addedInVersion: V1 },
    { internalName: EnquiryFields.EscalationId, type: 'Number', addedInVersion: V1 },
    requestKeyField(false),
    {
      internalName: EnquiryFields.CRN,
      type: 'Text',
      maxLength: 12,
      addedInVersion: V1,
      description: 'Cleared on finalise'
    },
    // The officer's copy of an escalation: what they do next depends on it (seed 002 item 8).
    {
      internalName: EnquiryFields.EscalationCategory,
      type: 'Choice',
      choices: ESCALATION_CATEGORIES,
      addedInVersion: V4,
      description: 'Escalation category (the officer\u2019s copy)'
    },
    {
      internalName: EnquiryFields.NnuReference,
      type: 'Text',
      maxLength: 64,
      addedInVersion: V4,
      description: 'NNU the escalation cites (the officer\u2019s copy)'
    },
    // Seeds 002 item 10, 003, 004: incorrect arrears to stop before close of business go to the top of the queue.
    {
      internalName: EnquiryFields.StopPayment,
      type: 'Boolean',
      addedInVersion: V4,
      description: 'Stop Payment Request (incorrect arrears)'
    },
    // Seed 002 item 7: every contact from every source is recorded; empty means the officer posted it in Ask TPS.
    {
      internalName: EnquiryFields.ContactSource,
      type: 'Choice',
      choices: CONTACT_SOURCES,
      addedInVersion: V4,
      description: 'Where the contact came from (a TPSO records all but Ask TPS)'
    }
  ]
};

const escalationsList: IListDefinition = {
  title: LIST.escalations,
  description: 'Enquiries escalated to Service Support Officers.',
  titleMeaning: 'Request key (not shown)',
  permissions: tpsStaffOnly(),
  defaultViewFields: [
    EscalationFields.EnquiryId,
    EscalationFields.WorkType,
    EscalationFields.Category,
    EscalationFields.Status,
    EscalationFields.DueAt,
    EscalationFields.AssigneeKey
  ],
  addedInVersion: V1,
  fields: [
    { internalName: EscalationFields.EnquiryId, type: 'Number', indexed: true, addedInVersion: V1 },
    { internalName: EscalationFields.WorkType, type: 'Text', maxLength: 64, indexed: true, addedInVersion: V1 },
    {
      internalName: EscalationFields.Category,
      type: 'Choice',
      choices: ESCALATION_CATEGORIES,
      indexed: true,
      addedInVersion: V1
    },
    {
      internalName: EscalationFields.Status,
      type: 'Choice',
      choices: ESCALATION_STATUSES,
      indexed: true,
      addedInVersion: V1
    },
    { internalName: EscalationFields.DueAt, type: 'DateTime', indexed: true, addedInVersion: V1 },
    { internalName: EscalationFields.ReviewAt, type: 'DateTime', addedInVersion: V1 },
    { internalName: EscalationFields.NextFollowUpAt, type: 'DateTime', addedInVersion: V1 },
    {
      internalName: EscalationFields.EPED,
      type: 'DateTime',
      addedInVersion: V1,
      description: 'Entitlement Period End Date'
    },
    { internalName: EscalationFields.ReferredToIct, type: 'Boolean', addedInVersion: V1 },
    { internalName: EscalationFields.ICTIncident, type: 'Text', maxLength: 64, addedInVersion: V1 },
    { internalName: EscalationFields.NnuReference, type: 'Text', maxLength: 64, addedInVersion: V1 },
    { internalName: EscalationFields.DocRecorded, type: 'Boolean', addedInVersion: V1 },
    { internalName: EscalationFields.Urgent, type: 'Boolean', addedInVersion: V1 },
    keyField(EscalationFields.AssigneeKey, "SSO's lower-case login"),
    { internalName: EscalationFields.Assignee, type: 'User', addedInVersion: V1 },
    keyField(EscalationFields.RaisedByKey, "Raising TPSO's lower-case login"),
    { internalName: EscalationFields.Summary, type: 'Note', addedInVersion: V1 },
    { internalName: EscalationFields.Notes, type: 'Note', addedInVersion: V1, description: 'JSON history of notes' },
    { internalName: EscalationFields.FinalisedAt, type: 'DateTime', addedInVersion: V1 },
    {
      internalName: EscalationFields.FinalisationReason,
      type: 'Choice',
      choices: FINALISATION_REASONS,
      addedInVersion: V1
    },
    { internalName: EscalationFields.CentreTimeZone, type: 'Choice', choices: CENTRE_TIME_ZONES, addedInVersion: V1 },
    requestKeyField(true),
    {
      internalName: EscalationFields.CRN,
      type: 'Text',
      maxLength: 12,
      addedInVersion: V1,
      description: 'Cleared on finalise'
    },
    // The board filters on Status first (open escalations stay well under 5,000), then this indexed Text key.
    {
      internalName: EscalationFields.CentreKey,
      type: 'Text',
      maxLength: 64,
      indexed: true,
      addedInVersion: V4,
      description: "Raising centre's key (its time zone)"
    },
    {
      internalName: EscalationFields.CompletedBy,
      type: 'Choice',
      choices: WORK_COMPLETED_BY,
      addedInVersion: V4,
      description: 'Who completes the work on the record (seed 004)'
    }
  ]
};

const qolList: IListDefinition = {
  title: LIST.qolChecks,
  description: 'Quality On Line checks of officers\u2019 work.',
  titleMeaning: 'Request key (not shown)',
  permissions: tpsStaffOnly(),
  defaultViewFields: [
    QolCheckFields.WorkType,
    QolCheckFields.OfficerKey,
    QolCheckFields.CheckerKey,
    QolCheckFields.Outcome,
    QolCheckFields.CheckedAt
  ],
  addedInVersion: V1,
  fields: [
    { internalName: QolCheckFields.WorkType, type: 'Text', maxLength: 64, indexed: true, addedInVersion: V1 },
    keyField(QolCheckFields.OfficerKey, "Checked officer's lower-case login"),
    keyField(QolCheckFields.CheckerKey, "Checking TPSO's lower-case login"),
    { internalName: QolCheckFields.ActivityRef, type: 'Text', maxLength: 255, addedInVersion: V1 },
    { internalName: QolCheckFields.Outcome, type: 'Choice', choices: QOL_OUTCOMES, indexed: true, addedInVersion: V1 },
    { internalName: QolCheckFields.PillarsFailed, type: 'MultiChoice', choices: QOL_PILLARS, addedInVersion: V1 },
    { internalName: QolCheckFields.Urgent, type: 'Boolean', addedInVersion: V1 },
    { internalName: QolCheckFields.UrgentReason, type: 'Choice', choices: QOL_URGENT_REASONS, addedInVersion: V1 },
    { internalName: QolCheckFields.Feedback, type: 'Note', addedInVersion: V1 },
    { internalName: QolCheckFields.CheckedAt, type: 'DateTime', addedInVersion: V1 },
    { internalName: QolCheckFields.SentBack, type: 'Boolean', addedInVersion: V1 },
    requestKeyField(true),
    {
      internalName: QolCheckFields.NonCriticalErrors,
      type: 'MultiChoice',
      choices: NON_CRITICAL_ERROR_KINDS,
      addedInVersion: V4
    },
    {
      internalName: QolCheckFields.EnquiryId,
      type: 'Number',
      addedInVersion: V4,
      description: 'The TPS enquiry the check came from'
    },
    { internalName: QolCheckFields.Officer, type: 'User', addedInVersion: V4 },
    // Summaries filter first on these (an officer's or a work type's month): a range over CheckedAt or OfficerKey
    // alone would pass 5,000 items on a 100,000-check list.
    {
      internalName: QolCheckFields.OfficerMonthKey,
      type: 'Text',
      maxLength: 255,
      indexed: true,
      addedInVersion: V4,
      description: "Officer's lower-case login|yyyy-MM"
    },
    {
      internalName: QolCheckFields.WorkTypeMonthKey,
      type: 'Text',
      maxLength: 255,
      indexed: true,
      addedInVersion: V4,
      description: 'Work type key|yyyy-MM'
    },
    {
      internalName: QolCheckFields.ResultId,
      type: 'Number',
      addedInVersion: V4,
      description: "The officer's copy in QOL Results"
    },
    // The urgent queue reads the claims of this month's and last month's urgent requests by this key, in the same
    // $batch as the requests (the claim is the check, its RequestKey `urgent-<request id>` unique: one checker wins).
    {
      internalName: QolCheckFields.UrgentMonthKey,
      type: 'Text',
      maxLength: 255,
      indexed: true,
      addedInVersion: V4,
      description: 'urgent|yyyy-MM of the urgent request this check answers'
    },
    // A TPSO's directed counts read their own checks of this month and last by this key in the first-render $batch.
    {
      internalName: QolCheckFields.CheckerMonthKey,
      type: 'Text',
      maxLength: 255,
      indexed: true,
      addedInVersion: V5,
      description: "Checking TPSO's lower-case login|yyyy-MM"
    }
  ]
};

/**
 * QOL Results: the officer's read-only copy of a check. The list grants nothing to Service Officers; the checker
 * breaks each result item's inheritance and grants the one officer it is about Read on that item alone (see
 * QolResultStore for why, and for the 50,000-scope limit). TPS staff hold "TPS QOL Publisher" here, Contribute
 * plus Manage and Enumerate Permissions, which they need to do that and nothing else grants them.
 */
const qolResultsList: IListDefinition = {
  title: LIST.qolResults,
  description: 'Each officer\u2019s own QOL results (one item per check, readable by that officer only).',
  titleMeaning: 'Request key (not shown)',
  permissions: {
    addedInVersion: V4,
    grants: [
      OWNERS_FULL_CONTROL,
      { principal: GROUP.tpsOfficers, role: TPS_QOL_PUBLISHER_ROLE },
      { principal: GROUP.serviceSupportOfficers, role: TPS_QOL_PUBLISHER_ROLE }
    ]
  },
  addedInVersion: V4,
  fields: [
    { internalName: QolResultFields.CheckId, type: 'Number', indexed: true, addedInVersion: V4 },
    { ...keyField(QolResultFields.OfficerKey, "Checked officer's lower-case login"), addedInVersion: V4 },
    { internalName: QolResultFields.WorkType, type: 'Text', maxLength: 64, addedInVersion: V4 },
    { internalName: QolResultFields.ActivityRef, type: 'Text', maxLength: 255, addedInVersion: V4 },
    { internalName: QolResultFields.Outcome, type: 'Choice', choices: QOL_OUTCOMES, addedInVersion: V4 },
    { internalName: QolResultFields.PillarsFailed, type: 'MultiChoice', choices: QOL_PILLARS, addedInVersion: V4 },
    {
      internalName: QolResultFields.NonCriticalErrors,
      type: 'MultiChoice',
      choices: NON_CRITICAL_ERROR_KINDS,
      addedInVersion: V4
    },
    { internalName: QolResultFields.Feedback, type: 'Note', addedInVersion: V4 },
    { internalName: QolResultFields.SentBack, type: 'Boolean', addedInVersion: V4 },
    { internalName: QolResultFields.CheckedAt, type: 'DateTime', addedInVersion: V4 },
    { ...requestKeyField(true), addedInVersion: V4 }
  ]
};

/**
 * QOL Responses: what officers write about their checks (feedback acknowledged, activity corrected). Item-level
 * security: an officer reads and edits only the responses they created; TPS staff (Override List Behaviors) read
 * them all. Responses never touch QOL Checks or QOL Results, which officers cannot write. RequestKey is indexed,
 * not unique: SharePoint Online refuses unique columns on lists with item-level security.
 */
const qolResponsesList: IListDefinition = {
  title: LIST.qolResponses,
  description: 'Officers\u2019 acknowledgements and corrections of their QOL checks.',
  titleMeaning: 'Request key (not shown)',
  readSecurity: 2,
  writeSecurity: 2,
  permissions: {
    addedInVersion: V4,
    grants: [
      OWNERS_FULL_CONTROL,
      { principal: GROUP.serviceOfficers, role: RoleType.Contributor },
      { principal: GROUP.tpsOfficers, role: TPS_CONTRIBUTOR_ROLE },
      { principal: GROUP.serviceSupportOfficers, role: TPS_CONTRIBUTOR_ROLE }
    ]
  },
  addedInVersion: V4,
  fields: [
    {
      internalName: QolResponseFields.Kind,
      type: 'Choice',
      choices: [...QOL_RESPONSE_KINDS, URGENT_REQUEST_KIND],
      addedInVersion: V4
    },
    { internalName: QolResponseFields.CheckId, type: 'Number', indexed: true, addedInVersion: V4 },
    { ...keyField(QolResponseFields.OfficerKey, "Responding officer's lower-case login"), addedInVersion: V4 },
    {
      internalName: QolResponseFields.RequestKey,
      type: 'Text',
      maxLength: 64,
      indexed: true,
      addedInVersion: V4,
      description: 'Client-made id: a retried response lands once'
    },
    // Urgent QOL requests live here: the officer creates them (item-level security keeps them to their author) and
    // TPS staff read them all; the claim and the check live in QOL Checks, where officers cannot write.
    { internalName: QolResponseFields.WorkType, type: 'Text', maxLength: 64, addedInVersion: V4 },
    { internalName: QolResponseFields.UrgentReason, type: 'Choice', choices: QOL_URGENT_REASONS, addedInVersion: V4 },
    { internalName: QolResponseFields.ActivityRef, type: 'Text', maxLength: 255, addedInVersion: V4 },
    // The urgent queue filters first on this (every urgent request of this month and last), never on Created.
    {
      internalName: QolResponseFields.UrgentMonthKey,
      type: 'Text',
      maxLength: 255,
      indexed: true,
      addedInVersion: V4,
      description: 'urgent|yyyy-MM of an urgent request'
    }
  ]
};

/**
 * QOL Directions: checks directed to a TPSO by a Team Leader or SSO. TPS staff only, like QOL Checks (an officer
 * has no business reading which of their activities are to be checked). Small: a direction covers many checks.
 */
const qolDirectionsList: IListDefinition = {
  title: LIST.qolDirections,
  description: 'QOL checks directed to TPSOs by Team Leaders and SSOs.',
  titleMeaning: 'Request key (not shown)',
  permissions: { ...tpsStaffOnly(), addedInVersion: V4 },
  defaultViewFields: [
    QolDirectionFields.TpsoKey,
    QolDirectionFields.OfficerKey,
    QolDirectionFields.WorkType,
    QolDirectionFields.CheckCount,
    QolDirectionFields.DueDate
  ],
  addedInVersion: V4,
  fields: [
    { ...keyField(QolDirectionFields.TpsoKey, "Directed TPSO's lower-case login"), addedInVersion: V4 },
    {
      internalName: QolDirectionFields.OfficerKey,
      type: 'Text',
      maxLength: 255,
      addedInVersion: V4,
      description: 'Officer whose activities to check (or empty)'
    },
    {
      internalName: QolDirectionFields.WorkType,
      type: 'Text',
      maxLength: 64,
      addedInVersion: V4,
      description: 'Work type to check (or empty)'
    },
    { internalName: QolDirectionFields.CheckCount, type: 'Number', addedInVersion: V4 },
    { internalName: QolDirectionFields.DueDate, type: 'DateTime', addedInVersion: V4 },
    {
      ...keyField(QolDirectionFields.DirectedByKey, "Directing Team Leader's or SSO's lower-case login"),
      indexed: false,
      addedInVersion: V4
    },
    { ...requestKeyField(true), addedInVersion: V4 }
  ]
};

const feedbackList: IListDefinition = {
  title: LIST.feedback,
  description: 'Feedback to team leaders about technically incorrect answers.',
  titleMeaning: 'Request key (not shown)',
  readSecurity: 2,
  writeSecurity: 2,
  itemSecurityAddedInVersion: V2,
  permissions: feedbackPermissions(),
  defaultViewFields: [
    FeedbackFields.EnquiryId,
    FeedbackFields.TpsoKey,
    FeedbackFields.TeamLeaderKey,
    FeedbackFields.Status
  ],
  addedInVersion: V1,
  fields: [
    { internalName: FeedbackFields.EnquiryId, type: 'Number', indexed: true, addedInVersion: V1 },
    keyField(FeedbackFields.TpsoKey, "Answering TPSO's lower-case login"),
    keyField(FeedbackFields.TeamLeaderKey, "TPSO's team leader's lower-case login"),
    keyField(FeedbackFields.RaisedByKey, "Raising officer's lower-case login"),
    { internalName: FeedbackFields.Detail, type: 'Note', addedInVersion: V1 },
    { internalName: FeedbackFields.Status, type: 'Choice', choices: FEEDBACK_STATUSES, addedInVersion: V1 },
    requestKeyField(false),
    {
      internalName: FeedbackFields.Outcome,
      type: 'Note',
      addedInVersion: V4,
      description: 'What the team leader did with it'
    },
    { internalName: FeedbackFields.ClosedAt, type: 'DateTime', addedInVersion: V4 },
    {
      ...keyField(FeedbackFields.ClosedByKey, "Closing team leader's lower-case login"),
      indexed: false,
      addedInVersion: V4
    }
  ]
};

/**
 * Feedback Notices: the TPSO's read-only copy of feedback about their own answer, once their Team Leader has
 * recorded what was done (seed 004 feedback protocol; the TPSO concerned reads it, no other TPSO does).
 *
 * Why not grant the TPSO Read on the Feedback item itself: Feedback has item-level security (ReadSecurity 2, so an
 * officer reads only the flags they raised), and that setting is a filter on Author applied on top of permissions,
 * not a permission: a person granted an item they did not create still does not see it unless they hold Override
 * List Behaviors on the list, which would show them every item (sharepoint.stackexchange.com/questions/258254;
 * ReadSecurity: https://learn.microsoft.com/en-us/sharepoint/dev/schema/readsecurity-element). The local SharePoint
 * applies it the same way. So, as QOL Results does, the copy lives in a list without item-level security whose
 * items each get their own permissions: the closing Team Leader breaks the item's inheritance (copying the list's
 * grants) and grants the one TPSO Read. TPS Officers have no grant on the list (Limited Access through their own
 * items only); Service Officers none at all. An officer flagging could not do this (no Manage Permissions, and
 * must never have it): the item is published by the Team Leader, whose group holds "TPS QOL Publisher" here
 * (Contribute plus Manage and Enumerate Permissions; its name is the QOL one, its rights are what this needs).
 * Limits: one unique scope per closed feedback; SharePoint Online caps a list at 50,000 and advises far fewer
 * (https://learn.microsoft.com/en-us/office365/servicedescriptions/sharepoint-online-service-description/sharepoint-online-limits).
 * Feedback is low-volume (flags of incorrect answers, not every contact), so years pass before that matters; a
 * notice may be removed once read without losing the record, which stays in Feedback.
 */
const feedbackNoticesList: IListDefinition = {
  title: LIST.feedbackNotices,
  description: 'Feedback about a TPSO\u2019s answer, readable by that TPSO only, once their team leader closed it.',
  titleMeaning: 'Request key (not shown)',
  permissions: {
    addedInVersion: V4,
    grants: [OWNERS_FULL_CONTROL, { principal: GROUP.serviceSupportOfficers, role: TPS_QOL_PUBLISHER_ROLE }]
  },
  defaultViewFields: [FeedbackNoticeFields.FeedbackId, FeedbackNoticeFields.TpsoKey, FeedbackNoticeFields.ClosedAt],
  addedInVersion: V4,
  fields: [
    { internalName: FeedbackNoticeFields.FeedbackId, type: 'Number', indexed: true, addedInVersion: V4 },
    { internalName: FeedbackNoticeFields.EnquiryId, type: 'Number', addedInVersion: V4 },
    { ...keyField(FeedbackNoticeFields.TpsoKey, "The TPSO's lower-case login"), addedInVersion: V4 },
    { internalName: FeedbackNoticeFields.Detail, type: 'Note', addedInVersion: V4 },
    { internalName: FeedbackNoticeFields.Outcome, type: 'Note', addedInVersion: V4 },
    { internalName: FeedbackNoticeFields.ClosedAt, type: 'DateTime', addedInVersion: V4 },
    { ...requestKeyField(true), addedInVersion: V4 }
  ]
};

/**
 * Feedback Reviews: seed 004 feedback protocols ("where it is found that incorrect information was provided,
 * feedback is to be provided to the Team leader of the TPS concerned"). A Team Leader or Senior Practitioner
 * confirms or declines an officer's flag, and only a confirmed flag reaches the TPSO's Team Leader, who records
 * here what was done. Why not a Status on the Feedback item: officers edit their own Feedback items (WriteSecurity
 * 2 lets a creator change every column, and SharePoint has no per-column permission), so an officer could mark
 * their own flag confirmed. Here only the Service Support Officers group (where reviewers and Team Leaders are)
 * writes, through TPS Contributor; TPS Officers have no grant (a TPSO cannot decline a flag about themselves over
 * REST) and Service Officers none. The Feedback item keeps a copy of the status for the officer to read; nothing
 * counts or routes on that copy. One review per flag: FeedbackId is unique (no item-level security here).
 */
const feedbackReviewsList: IListDefinition = {
  title: LIST.feedbackReviews,
  description: 'The confirm or decline of each feedback flag, and the team leader\u2019s record (TPS reviewers only).',
  titleMeaning: 'Request key (not shown)',
  permissions: {
    addedInVersion: V5,
    grants: [OWNERS_FULL_CONTROL, { principal: GROUP.serviceSupportOfficers, role: TPS_CONTRIBUTOR_ROLE }]
  },
  defaultViewFields: [
    FeedbackReviewFields.FeedbackId,
    FeedbackReviewFields.TpsoKey,
    FeedbackReviewFields.TeamLeaderKey,
    FeedbackReviewFields.Status
  ],
  addedInVersion: V5,
  fields: [
    { internalName: FeedbackReviewFields.FeedbackId, type: 'Number', indexed: true, unique: true, addedInVersion: V5 },
    { internalName: FeedbackReviewFields.EnquiryId, type: 'Number', addedInVersion: V5 },
    { ...keyField(FeedbackReviewFields.TpsoKey, "Answering TPSO's lower-case login"), addedInVersion: V5 },
    { ...keyField(FeedbackReviewFields.TeamLeaderKey, "TPSO's team leader's lower-case login"), addedInVersion: V5 },
    {
      ...keyField(FeedbackReviewFields.RaisedByKey, "Raising officer's lower-case login"),
      indexed: false,
      addedInVersion: V5
    },
    { internalName: FeedbackReviewFields.Detail, type: 'Note', addedInVersion: V5 },
    {
      internalName: FeedbackReviewFields.Status,
      type: 'Choice',
      choices: DOMAIN_FEEDBACK_STATUSES,
      indexed: true,
      addedInVersion: V5
    },
    { internalName: FeedbackReviewFields.ReviewNote, type: 'Note', addedInVersion: V5 },
    {
      ...keyField(FeedbackReviewFields.ReviewedByKey, "Reviewer's lower-case login"),
      indexed: false,
      addedInVersion: V5
    },
    { internalName: FeedbackReviewFields.ReviewedAt, type: 'DateTime', addedInVersion: V5 },
    { internalName: FeedbackReviewFields.Outcome, type: 'Note', addedInVersion: V5 },
    { internalName: FeedbackReviewFields.ClosedAt, type: 'DateTime', addedInVersion: V5 },
    {
      ...keyField(FeedbackReviewFields.ClosedByKey, "Closing team leader's lower-case login"),
      indexed: false,
      addedInVersion: V5
    },
    { ...requestKeyField(true), addedInVersion: V5 }
  ]
};

/**
 * Enquiry Handling: one item per enquiry a TPSO has claimed, holding everything TPS staff decide about it. Officers
 * can write every column of their own Enquiries items, so the TPS views and counts read this list instead; the
 * officer's item gets a copy of the status and answer so the officer can read them. No item-level security here,
 * so EnquiryId can be unique: exactly one claim creates the item.
 */
const handlingList: IListDefinition = {
  title: LIST.handling,
  description: 'What TPS staff decided about each enquiry (only TPS staff write here).',
  titleMeaning: 'Enquiry id (not shown)',
  permissions: handlingPermissions(),
  addedInVersion: V4,
  fields: [
    { internalName: HandlingFields.EnquiryId, type: 'Number', indexed: true, unique: true, addedInVersion: V4 },
    { internalName: HandlingFields.WorkType, type: 'Text', maxLength: 64, indexed: true, addedInVersion: V4 },
    {
      internalName: HandlingFields.Status,
      type: 'Choice',
      choices: ENQUIRY_STATUSES,
      indexed: true,
      addedInVersion: V4
    },
    { ...keyField(HandlingFields.RequesterKey, "Requesting officer's lower-case login"), addedInVersion: V4 },
    { ...keyField(HandlingFields.AssigneeKey, "TPSO's lower-case login"), addedInVersion: V4 },
    { internalName: HandlingFields.Assignee, type: 'User', addedInVersion: V4 },
    { internalName: HandlingFields.ClaimedAt, type: 'DateTime', addedInVersion: V4 },
    { internalName: HandlingFields.TakenOverAt, type: 'DateTime', addedInVersion: V4 },
    { internalName: HandlingFields.TakenOverByKey, type: 'Text', maxLength: 255, addedInVersion: V4 },
    { internalName: HandlingFields.TakeOverReason, type: 'Text', maxLength: 255, addedInVersion: V4 },
    { internalName: HandlingFields.ResolvedAt, type: 'DateTime', addedInVersion: V4 },
    {
      ...keyField(HandlingFields.ResolvedDayKey, "Finalising TPSO's lower-case login|local date (yyyy-MM-dd)"),
      addedInVersion: V4
    },
    { internalName: HandlingFields.ReferencesGiven, type: 'Text', maxLength: 255, addedInVersion: V4 },
    referencesListField(V5),
    { internalName: HandlingFields.Resolution, type: 'Note', addedInVersion: V4 },
    { internalName: HandlingFields.NotifiedAt, type: 'DateTime', addedInVersion: V4 },
    { internalName: HandlingFields.EscalatedAt, type: 'DateTime', addedInVersion: V4 },
    { internalName: HandlingFields.EscalationId, type: 'Number', addedInVersion: V4 },
    // Indexed Choice: Team Leaders' count of warm transfers (seed 002 item 4) filters on it under the threshold.
    {
      internalName: HandlingFields.Outcome,
      type: 'Choice',
      choices: TPS_OUTCOMES,
      indexed: true,
      addedInVersion: V4,
      description: 'An outcome other than an answer'
    },
    {
      internalName: HandlingFields.Complex,
      type: 'Boolean',
      addedInVersion: V4,
      description: 'Complex claim: longer guideline (seed 002 item 3)'
    },
    {
      internalName: HandlingFields.Corrections,
      type: 'Note',
      addedInVersion: V4,
      description: 'Work type or reason corrections (JSON: who, when, from, to)'
    }
  ]
};

/**
 * TPS Resources: the intranet links the Operational Blueprint names (seeds 000 to 004 "Extra": TPSO Accountability
 * Statement, mySupport web forms, Stop Customer Payment, ICT Service Desk and incident form, Policy Advisor web
 * form, the support tables, the task cards). They are internal, so the site owner keeps them here; set-up seeds the
 * keys with blank URLs, and each shows at the steps its Places name. Every group reads it, as Work Types.
 */
const resourcesList: IListDefinition = {
  title: LIST.resources,
  description: 'Intranet links shown at each step of Technical Peer Support (site owners fill in the URLs).',
  titleMeaning: 'Display name',
  permissions: { ...readOnlyForGroups(), addedInVersion: V4 },
  defaultViewFields: [ResourceFields.ResourceKey, ResourceFields.Url, ResourceFields.Places],
  addedInVersion: V4,
  fields: [
    {
      internalName: ResourceFields.ResourceKey,
      type: 'Text',
      maxLength: 64,
      indexed: true,
      unique: true,
      addedInVersion: V4
    },
    // Intranet addresses can pass 255 characters; the app shows only http(s) addresses as links.
    {
      internalName: ResourceFields.Url,
      type: 'Note',
      maxLength: 2000,
      addedInVersion: V4,
      description: 'Intranet address (https://...)'
    },
    {
      internalName: ResourceFields.Places,
      type: 'MultiChoice',
      choices: RESOURCE_PLACES,
      addedInVersion: V4,
      description: 'Where the link shows'
    }
  ]
};

/** The current schema. */
export const SCHEMA: ISchema = {
  version: SCHEMA_VERSION,
  lists: [
    settingsList,
    workTypesList,
    rosterList,
    enquiriesList,
    escalationsList,
    qolList,
    feedbackList,
    qolResultsList,
    qolResponsesList,
    handlingList,
    feedbackNoticesList,
    resourcesList,
    qolDirectionsList,
    feedbackReviewsList
  ],
  roles: [
    {
      name: TPS_CONTRIBUTOR_ROLE,
      description: 'Contribute without deleting, plus Override List Behaviors so TPS staff see every enquiry.',
      basedOn: RoleType.Contributor,
      extraPermissions: [PERMISSION_OVERRIDE_LIST_BEHAVIORS],
      removedPermissions: PERMISSIONS_TO_DELETE,
      removedInVersion: V4,
      order: 200,
      addedInVersion: V1
    },
    {
      name: TPS_QOL_PUBLISHER_ROLE,
      description:
        'Contribute without deleting, plus Manage and Enumerate Permissions, so a checker can show one QOL result to its officer.',
      basedOn: RoleType.Contributor,
      extraPermissions: [PERMISSION_MANAGE_PERMISSIONS, PERMISSION_ENUMERATE_PERMISSIONS],
      // Nobody but site owners deletes from a Boutique TPS list.
      removedPermissions: PERMISSIONS_TO_DELETE,
      order: 202,
      addedInVersion: V4
    },
    {
      name: OFFICER_ROLE,
      description: 'Contribute without deleting: add and edit items, never delete them.',
      basedOn: RoleType.Contributor,
      extraPermissions: [],
      removedPermissions: PERMISSIONS_TO_DELETE,
      order: 201,
      addedInVersion: V4
    }
  ],
  groups: [
    {
      title: GROUP.serviceOfficers,
      description: 'Officers who ask TPS; they see only their own enquiries.',
      role: OFFICER_ROLE,
      addedInVersion: V1
    },
    {
      title: GROUP.tpsOfficers,
      description: 'Technical Peer Support Officers.',
      role: TPS_CONTRIBUTOR_ROLE,
      addedInVersion: V1
    },
    {
      title: GROUP.serviceSupportOfficers,
      description: 'Service Support Officers, Senior Practitioners and Team Leaders.',
      role: TPS_CONTRIBUTOR_ROLE,
      addedInVersion: V1
    }
  ]
};

/** Finds a list definition by title; throws when the schema has none (a programming error). */
export function listDefinition(schema: ISchema, title: string): IListDefinition {
  for (const l of schema.lists) {
    if (l.title === title) {
      return l;
    }
  }
  throw new Error('The schema has no list "' + title + '"');
}

/** Before version 4 officers held plain Contribute. */
function roleAtVersion(role: RoleType | string, version: number): RoleType | string {
  return role === OFFICER_ROLE && version < V4 ? RoleType.Contributor : role;
}

/** A list as it was at an older version: later fields, item-level security and permissions left out. */
function listAtVersion(l: IListDefinition, version: number): IListDefinition {
  const fields: IFieldDefinition[] = l.fields
    .filter((f) => f.addedInVersion <= version)
    // before version 3 every RequestKey was unique, and CentreTimeZone had no Canberra
    .map((f) => (version < V3 && f.internalName === CommonFields.RequestKey ? { ...f, unique: true } : f))
    .map((f) => (version < V3 && f.choices ? { ...f, choices: f.choices.filter((c) => c !== CANBERRA) } : f))
    // the feedback review statuses came with version 4
    .map((f) =>
      version < V4 && l.title === LIST.feedback && f.internalName === FeedbackFields.Status
        ? { ...f, choices: LEGACY_FEEDBACK_STATUSES }
        : f
    );
  const out: IListDefinition = { ...l, fields };
  if (version < V3) {
    delete out.defaultViewFields;
  }
  if ((l.itemSecurityAddedInVersion || l.addedInVersion) > version) {
    delete out.readSecurity;
    delete out.writeSecurity;
  }
  if (l.permissions && l.permissions.addedInVersion > version) {
    delete out.permissions;
  } else if (l.permissions) {
    out.permissions = {
      ...l.permissions,
      grants: l.permissions.grants.map((g) => ({ ...g, role: roleAtVersion(g.role, version) }))
    };
  }
  return out;
}

/**
 * The schema as it was at an older version (lists, fields, roles, groups and permissions added later are left
 * out). Used to reason about upgrades and, in tests, to provision an "older" site.
 */
export function schemaAtVersion(schema: ISchema, version: number): ISchema {
  return {
    version,
    lists: schema.lists.filter((l) => l.addedInVersion <= version).map((l) => listAtVersion(l, version)),
    roles: schema.roles
      .filter((r) => r.addedInVersion <= version)
      .map((r) => ((r.removedInVersion || r.addedInVersion) > version ? { ...r, removedPermissions: undefined } : r)),
    groups: schema.groups
      .filter((g) => g.addedInVersion <= version)
      .map((g) => ({ ...g, role: roleAtVersion(g.role, version) }))
  };
}
