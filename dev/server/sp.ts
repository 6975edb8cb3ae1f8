/**
 * The SharePoint REST dialect (the part PnPjs v4 uses) over the SQLite store.
 *
 * `SpSite.handle()` takes one request (already authenticated) relative to `_api/` and returns one response. The HTTP
 * server and the $batch handler both call it, so a request inside a batch behaves exactly like one outside.
 */
import * as crypto from 'node:crypto';
import { claimsLogin, Db, nextPrincipalId } from './db';
import * as E from './errors';
import { SpError } from './errors';
import { evalFilter, FilterNode, indexSeeks, Literal, ODataSyntaxError, parseFilter } from './odata';
import { IBasePerms, RoleAssignmentStore, Scope, WEB_SCOPE } from './permissions';

export type MetadataLevel = 'verbose' | 'minimal' | 'nometadata';

export interface IUser { id: number; login: string; title: string; email: string; isSiteAdmin: boolean }

export interface ISpRequest {
  method: string;
  /** Path after `_api/`, still URL-encoded, e.g. `web/lists/getByTitle('Work%20Types')/items(3)`. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string;
}

export interface ISpResponse { status: number; headers: Record<string, string>; body?: string }

export interface ICtx {
  user: IUser;
  level: MetadataLevel;
  /** e.g. http://127.0.0.1:4321 */
  origin: string;
  /** e.g. /sites/boutique */
  sitePath: string;
}

interface ISeg { name: string; lname: string; args?: string }
interface IArg { name?: string; value: string }

interface IListRow { no: number; id: string; title: string; url_name: string; props: string; created: string; modified: string; unique_perms: number }
interface IList {
  no: number; id: string; title: string; urlName: string; props: Record<string, unknown>; created: string; modified: string;
  /** The list has its own role assignments instead of the web's (HasUniqueRoleAssignments). */
  uniquePerms: boolean;
}
interface IFieldRow { list_no: number; internal_name: string; id: string; type: string; props: string; sort: number }
export interface IField {
  listNo: number; internalName: string; id: string; type: string; sort: number;
  title: string; indexed: boolean; unique: boolean; required: boolean; maxLength?: number; choices?: string[];
  builtin?: boolean; props: Record<string, unknown>;
}

const TYPE_KIND: Record<string, number> = { Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Boolean: 8, Number: 9, Currency: 10, MultiChoice: 15, User: 20, UserMulti: 20 };
const KIND_TYPE: Record<number, string> = { 1: 'Integer', 2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 8: 'Boolean', 9: 'Number', 10: 'Currency', 15: 'MultiChoice', 20: 'User' };
const TYPE_CLASS: Record<string, string> = { Text: 'SP.FieldText', Note: 'SP.FieldMultiLineText', Choice: 'SP.FieldChoice', MultiChoice: 'SP.FieldMultiChoice',
  Number: 'SP.FieldNumber', Integer: 'SP.FieldNumber', Currency: 'SP.FieldCurrency', DateTime: 'SP.FieldDateTime', Boolean: 'SP.Field', User: 'SP.FieldUser', Counter: 'SP.Field' };
const TYPE_DISPLAY: Record<string, string> = { Text: 'Single line of text', Note: 'Multiple lines of text', Choice: 'Choice', MultiChoice: 'Choice',
  Number: 'Number', Integer: 'Integer', Currency: 'Currency', DateTime: 'Date and Time', Boolean: 'Yes/No', User: 'Person or Group', Counter: 'Counter' };

/** Permission bits (PermissionKind - 1) in the Low word. */
const P = { ViewListItems: 1, AddListItems: 2, EditListItems: 4, DeleteListItems: 8, CancelCheckout: 256, ManageLists: 2048,
  CreateGroups: 1 << 24, ManagePermissions: 1 << 25 };
/** EnumeratePermissions (PermissionKind 63) in the High word: needed to read role assignments. */
const HIGH_ENUMERATE_PERMISSIONS = 1 << 30;

export const LIST_VIEW_THRESHOLD = 5000;
const MAX_INDEXES = 20;
/** How long a request digest is valid (SharePoint's FormDigestTimeoutSeconds). */
export const DIGEST_SECONDS = 1800;

export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** SharePoint's encoding of a display name into an internal name: anything but [A-Za-z0-9_] becomes _xHHHH_. */
export function encodeInternalName(title: string): string {
  let out = '';
  for (const ch of title) {
    out += /[A-Za-z0-9_]/.test(ch) ? ch : '_x' + ch.charCodeAt(0).toString(16).padStart(4, '0') + '_';
  }
  return out.slice(0, 32);
}

/** Splits `a/b('x/y')/c(1)` into segments, respecting quotes and parentheses. */
export function splitPath(path: string): ISeg[] {
  const segs: ISeg[] = [];
  let cur = '';
  let depth = 0;
  let quote = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "'") { quote = !quote; }
    if (!quote) {
      if (c === '(') { depth++; }
      if (c === ')') { depth--; }
      if (c === '/' && depth === 0) { if (cur) { segs.push(toSeg(cur)); } cur = ''; continue; }
    }
    cur += c;
  }
  if (cur) { segs.push(toSeg(cur)); }
  return segs;
}

function toSeg(raw: string): ISeg {
  const m = /^([^(]*)(?:\((.*)\))?$/s.exec(raw);
  const name = safeDecode(m ? m[1] : raw);
  return { name, lname: name.toLowerCase(), args: m && m[2] !== undefined ? m[2] : undefined };
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** Parses `'x'`, `5`, `guid'..'`, `@v`, `principalid=5, roledefid=7` into arguments (aliases resolved from the query). */
function parseArgs(args: string | undefined, query: URLSearchParams): IArg[] {
  if (args === undefined || args.trim() === '') { return []; }
  args = safeDecode(args);
  const parts: string[] = [];
  let cur = '';
  let quote = false;
  for (const c of args) {
    if (c === "'") { quote = !quote; }
    if (c === ',' && !quote) { parts.push(cur); cur = ''; continue; }
    cur += c;
  }
  parts.push(cur);
  return parts.map((p) => {
    let name: string | undefined;
    let v = p.trim();
    const eq = /^([A-Za-z_]\w*)\s*=\s*(.*)$/s.exec(v);
    if (eq && !v.startsWith("'")) { name = eq[1].toLowerCase(); v = eq[2].trim(); }
    if (v.startsWith('@')) { v = query.get(v) ?? ''; }
    const q = /^(?:guid)?'(.*)'$/s.exec(v);
    if (q) { v = q[1].replace(/''/g, "'"); }
    return { name, value: v };
  });
}

function arg0(seg: ISeg, query: URLSearchParams): string {
  const a = parseArgs(seg.args, query);
  if (a.length < 1) { throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Missing argument for '${seg.name}'.`); }
  return a[0].value;
}

function toBool(v: unknown): boolean {
  return v === true || v === 1 || v === 'true' || v === 'TRUE' || v === '1';
}

function unwrapResults(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as { results?: unknown }).results)) {
    return (v as { results: unknown[] }).results;
  }
  return v;
}

/** Normalises a date to SharePoint's `yyyy-mm-ddThh:mm:ssZ`. */
export function normDate(v: unknown): string | null {
  if (v === null || v === undefined || v === '') { return null; }
  const d = new Date(String(v));
  if (isNaN(d.getTime())) { return undefined as unknown as null; }
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function quoteIdent(s: string): string {
  return '"' + s.replace(/"/g, '""') + '"';
}

function colOf(f: IField): string {
  return quoteIdent('f_' + f.internalName);
}

function parseBody(body: string): Record<string, unknown> {
  if (!body || !body.trim()) { return {}; }
  try {
    const o = JSON.parse(body);
    return o && typeof o === 'object' ? o : {};
  } catch {
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Invalid JSON. A token was not recognized in the JSON content.');
  }
}

/** Entity type name of a list's items, e.g. `SP.Data.QOL_x0020_ChecksListItem`. */
function itemType(list: IList): string {
  return 'SP.Data.' + list.urlName.replace(/_/g, '_x005f_').replace(/ /g, '_x0020_') + 'ListItem';
}

export class SpSite {
  /** Role assignments of the web and of lists with broken inheritance. */
  private readonly rights: RoleAssignmentStore;

  public constructor(public readonly db: Db) {
    this.rights = new RoleAssignmentStore(db);
  }

  // ------------------------------------------------------------------ digest
  public makeDigest(): string {
    const ts = String(Date.now());
    return '0x' + this.hmac(ts) + ',' + ts;
  }

  public checkDigest(value: string | undefined): boolean {
    if (!value) { return false; }
    const [mac, ts] = value.split(',');
    if (!mac || !ts || !/^\d+$/.test(ts)) { return false; }
    const expected = '0x' + this.hmac(ts);
    if (mac.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) { return false; }
    return Date.now() - Number(ts) < DIGEST_SECONDS * 1000;
  }

  private hmac(ts: string): string {
    const secret = (this.db.prepare("SELECT value FROM meta WHERE key='digestSecret'").get() as { value: string }).value;
    return crypto.createHmac('sha256', secret).update(ts).digest('hex').toUpperCase();
  }

  // ------------------------------------------------------------------ principals
  public userByLogin(login: string): IUser | undefined {
    const l = login.includes('|') ? login : claimsLogin(login);
    const r = this.db.prepare("SELECT * FROM principals WHERE kind='user' AND login = ? COLLATE NOCASE").get(l) as Record<string, unknown> | undefined;
    return r ? this.toUser(r) : undefined;
  }

  private userById(id: number): IUser | undefined {
    const r = this.db.prepare("SELECT * FROM principals WHERE kind='user' AND id = ?").get(id) as Record<string, unknown> | undefined;
    return r ? this.toUser(r) : undefined;
  }

  private toUser(r: Record<string, unknown>): IUser {
    return { id: r.id as number, login: r.login as string, title: r.title as string, email: (r.email as string) ?? '', isSiteAdmin: r.is_site_admin === 1 };
  }

  /** Effective permissions of a user on the web: OR of the role definitions bound to them or their groups. */
  public permissions(user: IUser): IBasePerms {
    return this.rights.effective(user, WEB_SCOPE);
  }

  private can(user: IUser, bit: number): boolean {
    return (this.permissions(user).low & bit) !== 0;
  }

  private demand(user: IUser, bit: number): void {
    if (!this.can(user, bit)) { throw E.accessDenied(); }
  }

  /** Where a list's role assignments live: its own when inheritance is broken, else the web's. */
  private scopeOf(list: IList): Scope {
    return list.uniquePerms ? { kind: 'list', listNo: list.no } : WEB_SCOPE;
  }

  /** Effective permissions of a user on a list (what SharePoint checks for the list and its items). */
  private listPermissions(list: IList, user: IUser): IBasePerms {
    return this.rights.effective(user, this.scopeOf(list));
  }

  private canOnList(list: IList, user: IUser, bit: number): boolean {
    return (this.listPermissions(list, user).low & bit) !== 0;
  }

  private demandOnList(list: IList, user: IUser, bit: number): void {
    if (!this.canOnList(list, user, bit)) { throw E.accessDenied(); }
  }

  /** A list the user may not view does not exist for them: SharePoint answers with its usual "not found". */
  private visibleOr(list: IList, user: IUser, notFound: () => SpError): IList {
    if (!this.canOnList(list, user, P.ViewListItems)) { throw notFound(); }
    return list;
  }

  private userJson(u: IUser, ctx: ICtx): Record<string, unknown> {
    return this.entity(ctx, 'SP.User', `Web/GetUserById(${u.id})`, {
      Id: u.id, IsHiddenInUI: false, LoginName: u.login, Title: u.title, PrincipalType: 1, Email: u.email, Expiration: '',
      IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false, IsSiteAdmin: u.isSiteAdmin,
      UserId: { NameId: crypto.createHash('md5').update(u.login).digest('hex').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: u.email,
    });
  }

  private groupRow(where: string, v: unknown): Record<string, unknown> | undefined {
    return this.db.prepare(`SELECT * FROM principals WHERE kind='group' AND ${where}`).get(v) as Record<string, unknown> | undefined;
  }

  private groupJson(g: Record<string, unknown>, ctx: ICtx): Record<string, unknown> {
    const owner = this.db.prepare('SELECT title FROM principals WHERE id = ?').get(g.owner_id) as { title: string } | undefined;
    return this.entity(ctx, 'SP.Group', `Web/SiteGroups/GetById(${g.id})`, {
      Id: g.id, IsHiddenInUI: false, LoginName: g.title, Title: g.title, PrincipalType: 8, AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false, AutoAcceptRequestToJoinLeave: false, Description: g.description ?? null,
      OnlyAllowMembersViewMembership: false, OwnerTitle: owner?.title ?? '', RequestToJoinLeaveEmailSetting: null,
    });
  }

  private roleJson(r: Record<string, unknown>, ctx: ICtx): Record<string, unknown> {
    return this.entity(ctx, 'SP.RoleDefinition', `Web/RoleDefinitions(${r.id})`, {
      BasePermissions: this.perms(ctx, r.high as number, r.low as number), Description: r.description, Hidden: false, Id: r.id,
      Name: r.name, Order: r.sort, RoleTypeKind: r.role_type_kind,
    });
  }

  private perms(ctx: ICtx, high: number, low: number): Record<string, unknown> {
    const o: Record<string, unknown> = { High: String(high >>> 0), Low: String(low >>> 0) };
    if (ctx.level === 'verbose') { o.__metadata = { type: 'SP.BasePermissions' }; }
    return o;
  }

  // ------------------------------------------------------------------ serialisation helpers
  private entity(ctx: ICtx, type: string, idPath: string, props: Record<string, unknown>, etag?: string): Record<string, unknown> {
    const uri = `${ctx.origin}${ctx.sitePath}/_api/${idPath}`;
    if (ctx.level === 'verbose') {
      const md: Record<string, unknown> = { id: uri, uri, type };
      if (etag) { md.etag = etag; }
      return { __metadata: md, ...props };
    }
    if (ctx.level === 'nometadata') { return { ...props }; }
    const o: Record<string, unknown> = { 'odata.type': type, 'odata.id': uri };
    if (etag) { o['odata.etag'] = etag; }
    o['odata.editLink'] = idPath;
    return { ...o, ...props };
  }

  private json(ctx: ICtx, status: number, payload: unknown, headers: Record<string, string> = {}): ISpResponse {
    const ct = ctx.level === 'verbose' ? 'application/json;odata=verbose;charset=utf-8'
      : `application/json;odata=${ctx.level === 'minimal' ? 'minimalmetadata' : 'nometadata'};streaming=true;charset=utf-8`;
    return { status, headers: { 'Content-Type': ct, ...headers }, body: JSON.stringify(payload) };
  }

  private one(ctx: ICtx, o: Record<string, unknown>, status = 200, headers: Record<string, string> = {}, select?: string | null): ISpResponse {
    const obj = select ? this.applySelect(o, select) : o;
    if (ctx.level === 'verbose') { return this.json(ctx, status, { d: obj }, headers); }
    if (ctx.level === 'minimal') {
      return this.json(ctx, status, { 'odata.metadata': `${ctx.origin}${ctx.sitePath}/_api/$metadata#${String(o['odata.type'] ?? 'Edm.Object')}/@Element`, ...obj }, headers);
    }
    return this.json(ctx, status, obj, headers);
  }

  private many(ctx: ICtx, rows: Record<string, unknown>[], q: URLSearchParams, nextLink?: string): ISpResponse {
    let out = rows;
    const filter = q.get('$filter');
    if (filter) {
      const node = this.parse(filter);
      out = out.filter((r) => evalFilter(node, r));
    }
    const top = q.get('$top');
    if (top) { out = out.slice(0, Number(top)); }
    const select = q.get('$select');
    if (select) { out = out.map((r) => this.applySelect(r, select)); }
    if (ctx.level === 'verbose') {
      const d: Record<string, unknown> = { results: out };
      if (nextLink) { d.__next = nextLink; }
      return this.json(ctx, 200, { d });
    }
    const body: Record<string, unknown> = {};
    if (ctx.level === 'minimal') { body['odata.metadata'] = `${ctx.origin}${ctx.sitePath}/_api/$metadata`; }
    body.value = out;
    if (nextLink) { body['odata.nextLink'] = nextLink; }
    return this.json(ctx, 200, body);
  }

  private applySelect(o: Record<string, unknown>, select: string): Record<string, unknown> {
    const names = select.split(',').map((s) => s.trim()).filter(Boolean);
    if (names.includes('*')) { return o; }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) {
      if (k.startsWith('odata.') || k === '__metadata') { out[k] = o[k]; }
    }
    for (const n of names) {
      const head = n.split('/')[0];
      const key = Object.keys(o).find((k) => k.toLowerCase() === head.toLowerCase());
      if (key) { out[key] = o[key]; }
    }
    return out;
  }

  private parse(filter: string): FilterNode {
    try {
      return parseFilter(filter);
    } catch (e) {
      if (e instanceof ODataSyntaxError) {
        throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', e.message);
      }
      throw e;
    }
  }

  private meta(key: string): string {
    const r = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value ?? '';
  }

  // ------------------------------------------------------------------ dispatch
  public handle(req: ISpRequest, ctx: ICtx): ISpResponse {
    let method = req.method.toUpperCase();
    const xm = req.headers['x-http-method'];
    if (method === 'POST' && xm) { method = xm.toUpperCase(); }
    if (method === 'PATCH' || method === 'PUT') { method = 'MERGE'; }
    const segs = splitPath(req.path);
    if (segs.length === 0) { throw E.notSupported('this endpoint'); }
    const head = segs[0].lname;
    if (head === 'contextinfo' && method === 'POST') { return this.contextInfo(ctx); }
    if (head === 'web') { return this.web(segs.slice(1), method, req, ctx); }
    if (head === 'site') {
      if (segs.length === 1 && method === 'GET') {
        return this.one(ctx, this.entity(ctx, 'SP.Site', 'site', { Id: this.meta('siteId'), Url: ctx.origin + ctx.sitePath, ServerRelativeUrl: ctx.sitePath }), 200, {}, req.query.get('$select'));
      }
      if (segs[1]?.lname === 'rootweb') { return this.web(segs.slice(2), method, req, ctx); }
    }
    if (head === 'lists') { return this.lists(segs.slice(1), method, req, ctx); }
    throw E.notSupported(`'${req.path}'`);
  }

  private contextInfo(ctx: ICtx): ISpResponse {
    const props = {
      FormDigestTimeoutSeconds: DIGEST_SECONDS, FormDigestValue: this.makeDigest(), LibraryVersion: '16.0.0.0',
      SiteFullUrl: ctx.origin + ctx.sitePath, SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'], WebFullUrl: ctx.origin + ctx.sitePath,
    };
    if (ctx.level === 'verbose') {
      return this.json(ctx, 200, { d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...props } } });
    }
    return this.json(ctx, 200, ctx.level === 'minimal' ? { 'odata.metadata': `${ctx.origin}${ctx.sitePath}/_api/$metadata#SP.ContextWebInformation`, ...props } : props);
  }

  private webJson(ctx: ICtx): Record<string, unknown> {
    return this.entity(ctx, 'SP.Web', 'Web', {
      Id: this.meta('webId'), Title: this.meta('webTitle'), Description: this.meta('webDescription'), Url: ctx.origin + ctx.sitePath,
      ServerRelativeUrl: ctx.sitePath, Created: this.meta('created'), Language: 1033, WebTemplate: 'SITEPAGEPUBLISHING', Configuration: 0,
      LastItemModifiedDate: nowIso(),
    });
  }

  private web(segs: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
    const q = req.query;
    if (segs.length === 0) {
      if (method === 'GET') { return this.one(ctx, this.webJson(ctx), 200, {}, q.get('$select')); }
      if (method === 'MERGE') {
        this.demand(ctx.user, P.ManageLists);
        const b = parseBody(req.body);
        if (typeof b.Title === 'string') { this.db.prepare("INSERT OR REPLACE INTO meta(key,value) VALUES ('webTitle', ?)").run(b.Title); }
        if (typeof b.Description === 'string') { this.db.prepare("INSERT OR REPLACE INTO meta(key,value) VALUES ('webDescription', ?)").run(b.Description); }
        return { status: 204, headers: {} };
      }
    }
    const s = segs[0];
    const rest = segs.slice(1);
    switch (s.lname) {
      case 'currentuser': return this.userEndpoint(ctx.user, rest, method, req, ctx);
      case 'getuserbyid': {
        const u = this.userById(Number(arg0(s, q)));
        if (!u) { throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'); }
        return this.userEndpoint(u, rest, method, req, ctx);
      }
      case 'siteusers': return this.siteUsers(s, rest, method, req, ctx);
      case 'ensureuser': {
        if (method !== 'POST') { break; }
        const b = parseBody(req.body);
        const logon = String(b.logonName ?? arg0(s, q));
        const u = this.userByLogin(logon.replace(/^i:0#\.f\|membership\|/i, ''));
        if (!u) { throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logon} could not be found.`); }
        return this.one(ctx, this.userJson(u, ctx));
      }
      case 'sitegroups': return this.siteGroups(s, rest, method, req, ctx);
      case 'associatedownergroup': return this.groupEndpoint(this.groupRow('id = ?', 3)!, rest, method, req, ctx);
      case 'associatedvisitorgroup': return this.groupEndpoint(this.groupRow('id = ?', 4)!, rest, method, req, ctx);
      case 'associatedmembergroup': return this.groupEndpoint(this.groupRow('id = ?', 5)!, rest, method, req, ctx);
      case 'roledefinitions': return this.roleDefs(s, rest, method, req, ctx);
      case 'roleassignments': return this.roleAssignments(s, rest, method, req, ctx);
      case 'effectivebasepermissions': {
        const p = this.permissions(ctx.user);
        return this.property(ctx, 'EffectiveBasePermissions', this.perms(ctx, p.high, p.low), 'SP.BasePermissions');
      }
      case 'getusereffectivepermissions': {
        const login = arg0(s, q);
        const u = this.userByLogin(login.replace(/^i:0#\.f\|membership\|/i, ''));
        const p = u ? this.permissions(u) : { high: 0, low: 0 };
        return this.property(ctx, 'GetUserEffectivePermissions', this.perms(ctx, p.high, p.low), 'SP.BasePermissions');
      }
      case 'lists': return this.lists([...(s.args !== undefined ? [{ ...s, name: '', lname: '' }] : []), ...rest], method, req, ctx);
      case 'getlist': {
        const url = arg0(s, q).replace(/\/$/, '');
        const name = url.split('/').pop() ?? '';
        const row = this.db.prepare('SELECT * FROM lists WHERE url_name = ? COLLATE NOCASE').get(name) as IListRow | undefined;
        const notFound = (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
        if (!row) { throw notFound(); }
        return this.list(this.visibleOr(this.toList(row), ctx.user, notFound), rest, method, req, ctx);
      }
      case 'allproperties': return this.one(ctx, this.entity(ctx, 'SP.PropertyValues', 'Web/AllProperties', {}));
      case 'title': return this.property(ctx, 'Title', this.meta('webTitle'), 'Edm.String');
      default: break;
    }
    throw E.notSupported(`web/${s.name}`);
  }

  private property(ctx: ICtx, name: string, value: unknown, type: string): ISpResponse {
    if (ctx.level === 'verbose') { return this.json(ctx, 200, { d: { [name]: value } }); }
    if (value && typeof value === 'object') {
      return this.json(ctx, 200, ctx.level === 'minimal' ? { 'odata.metadata': `${ctx.origin}${ctx.sitePath}/_api/$metadata#${type}`, ...(value as object) } : value);
    }
    return this.json(ctx, 200, ctx.level === 'minimal' ? { 'odata.metadata': `${ctx.origin}${ctx.sitePath}/_api/$metadata#${type}`, value } : { value });
  }

  // ------------------------------------------------------------------ users & groups
  private userGroups(u: IUser): Record<string, unknown>[] {
    return this.db.prepare("SELECT p.* FROM principals p JOIN group_members m ON m.group_id = p.id WHERE m.user_id = ? ORDER BY p.id").all(u.id) as Record<string, unknown>[];
  }

  private userEndpoint(u: IUser, rest: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
    if (rest.length === 0 && method === 'GET') {
      const o = this.userJson(u, ctx);
      const expand = (req.query.get('$expand') ?? '').toLowerCase().split(',').map((x) => x.trim());
      if (expand.includes('groups')) {
        const gs = this.userGroups(u).map((g) => this.groupJson(g, ctx));
        o.Groups = ctx.level === 'verbose' ? { results: gs } : gs;
      }
      return this.one(ctx, o, 200, {}, req.query.get('$select'));
    }
    if (rest.length === 1 && rest[0].lname === 'groups' && method === 'GET') {
      return this.many(ctx, this.userGroups(u).map((g) => this.groupJson(g, ctx)), req.query);
    }
    throw E.notSupported(`user/${rest.map((r) => r.name).join('/')} ${method}`);
  }

  private siteUsers(s: ISeg, rest: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
    const q = req.query;
    if (s.args !== undefined) {
      const login = arg0(s, q);
      const u = /^\d+$/.test(login) ? this.userById(Number(login)) : this.userByLogin(login);
      if (!u) { throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'); }
      return this.userEndpoint(u, rest, method, req, ctx);
    }
    if (rest.length === 0) {
      if (method === 'GET') {
        const rows = this.db.prepare("SELECT * FROM principals WHERE kind='user' ORDER BY id").all() as Record<string, unknown>[];
        return this.many(ctx, rows.map((r) => this.userJson(this.toUser(r), ctx)), q);
      }
      if (method === 'POST') {
        const b = parseBody(req.body);
        const u = this.userByLogin(String(b.LoginName ?? '').replace(/^i:0#\.f\|membership\|/i, ''));
        if (!u) { throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${String(b.LoginName)} could not be found.`); }
        return this.one(ctx, this.userJson(u, ctx), 201);
      }
    }
    const f = rest[0];
    const restAfter = rest.slice(1);
    if (f.lname === 'getbyid') {
      const u = this.userById(Number(arg0(f, q)));
      if (!u) { throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'); }
      return this.userEndpoint(u, restAfter, method, req, ctx);
    }
    if (f.lname === 'getbyemail' || f.lname === 'getbyloginname') {
      const u = this.userByLogin(arg0(f, q).replace(/^i:0#\.f\|membership\|/i, ''));
      if (!u) { throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'); }
      return this.userEndpoint(u, restAfter, method, req, ctx);
    }
    throw E.notSupported(`siteusers/${f.name}`);
  }

  private siteGroups(s: ISeg, rest: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
    const q = req.query;
    const notFound = (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
    if (s.args !== undefined) {
      const g = this.groupRow('id = ?', Number(arg0(s, q)));
      if (!g) { throw notFound(); }
      return this.groupEndpoint(g, rest, method, req, ctx);
    }
    if (rest.length === 0) {
      if (method === 'GET') {
        const rows = this.db.prepare("SELECT * FROM principals WHERE kind='group' ORDER BY id").all() as Record<string, unknown>[];
        return this.many(ctx, rows.map((r) => this.groupJson(r, ctx)), q);
      }
      if (method === 'POST') {
        if (!this.can(ctx.user, P.CreateGroups) && !this.can(ctx.user, P.ManagePermissions)) { throw E.accessDenied(); }
        const b = parseBody(req.body);
        const title = String(b.Title ?? '').trim();
        if (!title) { throw new SpError(400, '-2147024809, System.ArgumentException', 'Value cannot be null.\r\nParameter name: Title'); }
        if (this.db.prepare('SELECT 1 FROM principals WHERE title = ? COLLATE NOCASE').get(title)) {
          throw new SpError(500, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.\n\nPlease try again with a new name.`);
        }
        const id = this.db.transaction(() => {
          const nid = nextPrincipalId(this.db);
          this.db.prepare("INSERT INTO principals(id, kind, title, description, owner_id) VALUES (?, 'group', ?, ?, ?)").run(nid, title, b.Description ?? null, ctx.user.id);
          return nid;
        })();
        return this.one(ctx, this.groupJson(this.groupRow('id = ?', id)!, ctx), 201);
      }
    }
    const f = rest[0];
    const after = rest.slice(1);
    if (f.lname === 'getbyid') {
      const g = this.groupRow('id = ?', Number(arg0(f, q)));
      if (!g) { throw notFound(); }
      return this.groupEndpoint(g, after, method, req, ctx);
    }
    if (f.lname === 'getbyname') {
      const g = this.groupRow('title = ? COLLATE NOCASE', arg0(f, q));
      if (!g) { throw notFound(); }
      return this.groupEndpoint(g, after, method, req, ctx);
    }
    if ((f.lname === 'removebyid' || f.lname === 'removebyloginname') && method === 'POST') {
      this.demand(ctx.user, P.ManagePermissions);
      const a = arg0(f, q);
      const g = f.lname === 'removebyid' ? this.groupRow('id = ?', Number(a)) : this.groupRow('title = ? COLLATE NOCASE', a);
      if (!g) { throw notFound(); }
      this.db.transaction(() => {
        this.db.prepare('DELETE FROM group_members WHERE group_id = ?').run(g.id);
        this.rights.forgetPrincipal(g.id as number);
        this.db.prepare('DELETE FROM principals WHERE id = ?').run(g.id);
      })();
      return { status: 200, headers: {} };
    }
    throw E.notSupported(`sitegroups/${f.name}`);
  }

  private groupEndpoint(g: Record<string, unknown>, rest: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
    const q = req.query;
    if (rest.length === 0) {
      if (method === 'GET') { return this.one(ctx, this.groupJson(g, ctx), 200, {}, q.get('$select')); }
      if (method === 'MERGE') {
        this.demand(ctx.user, P.ManagePermissions);
        const b = parseBody(req.body);
        if (typeof b.Title === 'string') { this.db.prepare('UPDATE principals SET title = ? WHERE id = ?').run(b.Title, g.id); }
        if (typeof b.Description === 'string') { this.db.prepare('UPDATE principals SET description = ? WHERE id = ?').run(b.Description, g.id); }
        return { status: 204, headers: {} };
      }
    }
    if (rest[0]?.lname === 'users') {
      const members = (): IUser[] => (this.db.prepare("SELECT p.* FROM principals p JOIN group_members m ON m.user_id = p.id WHERE m.group_id = ? ORDER BY p.id").all(g.id) as Record<string, unknown>[]).map((r) => this.toUser(r));
      const after = rest.slice(1);
      if (after.length === 0 && rest[0].args === undefined) {
        if (method === 'GET') { return this.many(ctx, members().map((u) => this.userJson(u, ctx)), q); }
        if (method === 'POST') {
          this.demandGroupEdit(ctx.user, g);
          const b = parseBody(req.body);
          const u = this.userByLogin(String(b.LoginName ?? '').replace(/^i:0#\.f\|membership\|/i, ''));
          if (!u) { throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The user does not exist or is not unique.`); }
          this.db.prepare('INSERT OR IGNORE INTO group_members(group_id, user_id) VALUES (?, ?)').run(g.id, u.id);
          return this.one(ctx, this.userJson(u, ctx), 201);
        }
      }
      const f = rest[0].args !== undefined ? { ...rest[0], lname: 'getbyloginname' } : after[0];
      if (f && (f.lname === 'removebyid' || f.lname === 'removebyloginname') && method === 'POST') {
        this.demandGroupEdit(ctx.user, g);
        const a = arg0(f, q);
        const u = f.lname === 'removebyid' ? this.userById(Number(a)) : this.userByLogin(a.replace(/^i:0#\.f\|membership\|/i, ''));
        if (u) { this.db.prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(g.id, u.id); }
        return { status: 200, headers: {} };
      }
      if (f && (f.lname === 'getbyid' || f.lname === 'getbyemail' || f.lname === 'getbyloginname')) {
        const a = arg0(f, q);
        const u = members().find((m) => String(m.id) === a || m.email.toLowerCase() === a.toLowerCase() || m.login.toLowerCase() === a.toLowerCase());
        if (!u) { throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'); }
        return this.userEndpoint(u, rest[0].args !== undefined ? after : after.slice(1), method, req, ctx);
      }
    }
    throw E.notSupported(`group/${rest.map((r) => r.name).join('/')} ${method}`);
  }

  private demandGroupEdit(user: IUser, g: Record<string, unknown>): void {
    if (this.can(user, P.ManagePermissions) || g.owner_id === user.id) { return; }
    throw E.accessDenied();
  }

  private roleDefs(s: ISeg, rest: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
    const q = req.query;
    const notFound = (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
    let row: Record<string, unknown> | undefined;
    let after = rest;
    if (s.args !== undefined) {
      row = this.db.prepare('SELECT * FROM roledefs WHERE id = ?').get(Number(arg0(s, q))) as Record<string, unknown> | undefined;
      if (!row) { throw notFound(); }
    } else if (rest.length === 0) {
      if (method === 'GET') {
        const rows = this.db.prepare('SELECT * FROM roledefs ORDER BY sort, id').all() as Record<string, unknown>[];
        return this.many(ctx, rows.map((r) => this.roleJson(r, ctx)), q);
      }
      if (method === 'POST') {
        this.demand(ctx.user, P.ManagePermissions);
        const b = parseBody(req.body);
        const name = String(b.Name ?? '').trim();
        if (this.db.prepare('SELECT 1 FROM roledefs WHERE name = ? COLLATE NOCASE').get(name)) {
          throw new SpError(500, '-2130575293, Microsoft.SharePoint.SPException', 'The specified name is already in use.\n\nPlease try again with a new name.');
        }
        const bp = (b.BasePermissions ?? {}) as { High?: unknown; Low?: unknown };
        const max = (this.db.prepare('SELECT max(id) m FROM roledefs').get() as { m: number }).m;
        const id = Math.max(max + 1, 1073741924);
        this.db.prepare('INSERT INTO roledefs(id, name, description, sort, high, low, role_type_kind) VALUES (?,?,?,?,?,?,0)')
          .run(id, name, b.Description ?? '', Number(b.Order ?? 1000), Number(bp.High ?? 0) >>> 0, Number(bp.Low ?? 0) >>> 0);
        return this.one(ctx, this.roleJson(this.db.prepare('SELECT * FROM roledefs WHERE id = ?').get(id) as Record<string, unknown>, ctx), 201);
      }
    } else {
      const f = rest[0];
      after = rest.slice(1);
      if (f.lname === 'getbyid') { row = this.db.prepare('SELECT * FROM roledefs WHERE id = ?').get(Number(arg0(f, q))) as Record<string, unknown> | undefined; }
      else if (f.lname === 'getbyname') { row = this.db.prepare('SELECT * FROM roledefs WHERE name = ? COLLATE NOCASE').get(arg0(f, q)) as Record<string, unknown> | undefined; }
      else if (f.lname === 'getbytype') { row = this.db.prepare('SELECT * FROM roledefs WHERE role_type_kind = ?').get(Number(arg0(f, q))) as Record<string, unknown> | undefined; }
      else { throw E.notSupported(`roledefinitions/${f.name}`); }
      if (!row) { throw notFound(); }
    }
    if (after.length === 0 && row) {
      if (method === 'GET') { return this.one(ctx, this.roleJson(row, ctx), 200, {}, q.get('$select')); }
      if (method === 'MERGE') {
        this.demand(ctx.user, P.ManagePermissions);
        const b = parseBody(req.body);
        const bp = b.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
        if (bp) { this.db.prepare('UPDATE roledefs SET high = ?, low = ? WHERE id = ?').run(Number(bp.High) >>> 0, Number(bp.Low) >>> 0, row.id); }
        if (typeof b.Name === 'string') { this.db.prepare('UPDATE roledefs SET name = ? WHERE id = ?').run(b.Name, row.id); }
        if (typeof b.Description === 'string') { this.db.prepare('UPDATE roledefs SET description = ? WHERE id = ?').run(b.Description, row.id); }
        return { status: 204, headers: {} };
      }
      if (method === 'DELETE') {
        this.demand(ctx.user, P.ManagePermissions);
        this.db.prepare('DELETE FROM roledefs WHERE id = ?').run(row.id);
        this.rights.forgetRole(row.id as number);
        return { status: 200, headers: {} };
      }
    }
    throw E.notSupported(`roledefinitions ${method}`);
  }

  /**
   * `roleassignments` of the web, or of a list when `list` is given. A list that inherits shows the web's
   * assignments and refuses changes until its inheritance is broken, as SharePoint does. Reading them needs
   * EnumeratePermissions and changing them ManagePermissions, in the scope concerned.
   */
  private roleAssignments(s: ISeg, rest: ISeg[], method: string, req: ISpRequest, ctx: ICtx, list?: IList): ISpResponse {
    const q = req.query;
    const scope: Scope = list ? this.scopeOf(list) : WEB_SCOPE;
    const rights = this.rights.effective(ctx.user, scope);
    const demand = (low: number, high = 0): void => {
      if ((rights.low & low) !== low || (rights.high & high) !== high) { throw E.accessDenied(); }
    };
    const base = list ? `Web/Lists(guid'${list.id}')` : 'Web';
    const roleRows = (pid: number): Record<string, unknown>[] => this.rights.bindings(scope, pid)
      .map((id) => this.db.prepare('SELECT * FROM roledefs WHERE id = ?').get(id) as Record<string, unknown>);
    const raJson = (pid: number): Record<string, unknown> => {
      const o = this.entity(ctx, 'SP.RoleAssignment', `${base}/RoleAssignments/GetByPrincipalId(${pid})`, { PrincipalId: pid });
      const expand = (q.get('$expand') ?? '').toLowerCase();
      if (expand.includes('member')) {
        const p = this.db.prepare('SELECT * FROM principals WHERE id = ?').get(pid) as Record<string, unknown> | undefined;
        if (p) { o.Member = p.kind === 'group' ? this.groupJson(p, ctx) : this.userJson(this.toUser(p), ctx); }
      }
      if (expand.includes('roledefinitionbindings')) {
        const defs = roleRows(pid).map((r) => this.roleJson(r, ctx));
        o.RoleDefinitionBindings = ctx.level === 'verbose' ? { results: defs } : defs;
      }
      return o;
    };
    if (rest.length === 0 && s.args === undefined && method === 'GET') {
      demand(0, HIGH_ENUMERATE_PERMISSIONS);
      return this.many(ctx, this.rights.principals(scope).map(raJson), q);
    }
    const f = s.args !== undefined ? { ...s, lname: 'getbyprincipalid' } : rest[0];
    if (f.lname === 'addroleassignment' || f.lname === 'removeroleassignment') {
      if (method !== 'POST') { throw E.notSupported(`${f.name} ${method}`); }
      demand(P.ManagePermissions);
      if (list && !list.uniquePerms) { throw E.inheritsPermissions(); }
      const { pid, rid } = this.assignmentArgs(f, q);
      if (f.lname === 'addroleassignment') { this.rights.add(scope, pid, rid); } else { this.rights.remove(scope, pid, rid); }
      return { status: 200, headers: {} };
    }
    if (f.lname === 'getbyprincipalid') {
      const pid = Number(arg0(f, q));
      if (this.rights.bindings(scope, pid).length === 0) {
        throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + pid + '.');
      }
      const after = s.args !== undefined ? rest : rest.slice(1);
      if (after.length === 0 && method === 'GET') { demand(0, HIGH_ENUMERATE_PERMISSIONS); return this.one(ctx, raJson(pid)); }
      if (after[0]?.lname === 'roledefinitionbindings' && method === 'GET') {
        demand(0, HIGH_ENUMERATE_PERMISSIONS);
        return this.many(ctx, roleRows(pid).map((r) => this.roleJson(r, ctx)), q);
      }
      if (after.length === 0 && method === 'DELETE') {
        demand(P.ManagePermissions);
        if (list && !list.uniquePerms) { throw E.inheritsPermissions(); }
        this.rights.remove(scope, pid);
        return { status: 200, headers: {} };
      }
    }
    throw E.notSupported(`roleassignments/${f?.name}`);
  }

  /** Reads and checks `(principalid=…, roledefid=…)` of add/removeroleassignment. */
  private assignmentArgs(f: ISeg, q: URLSearchParams): { pid: number; rid: number } {
    const args = parseArgs(f.args, q);
    const pid = Number(args.find((a) => a.name === 'principalid')?.value ?? args[0]?.value);
    const rid = Number(args.find((a) => a.name === 'roledefid')?.value ?? args[1]?.value);
    if (!this.db.prepare('SELECT 1 FROM principals WHERE id = ?').get(pid)) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find principal with id: ' + pid);
    }
    if (!this.db.prepare('SELECT 1 FROM roledefs WHERE id = ?').get(rid)) {
      throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
    }
    return { pid, rid };
  }

  // ------------------------------------------------------------------ lists
  private toList(r: IListRow): IList {
    return {
      no: r.no, id: r.id, title: r.title, urlName: r.url_name, props: JSON.parse(r.props), created: r.created, modified: r.modified,
      uniquePerms: r.unique_perms === 1,
    };
  }

  public listByTitle(title: string): IList | undefined {
    const r = this.db.prepare('SELECT * FROM lists WHERE title = ? COLLATE NOCASE').get(title) as IListRow | undefined;
    return r ? this.toList(r) : undefined;
  }

  private listById(id: string): IList | undefined {
    const r = this.db.prepare('SELECT * FROM lists WHERE id = ? COLLATE NOCASE').get(id.replace(/[{}]/g, '')) as IListRow | undefined;
    return r ? this.toList(r) : undefined;
  }

  private itemCount(list: IList): number {
    return (this.db.prepare(`SELECT count(*) c FROM items_${list.no}`).get() as { c: number }).c;
  }

  /** A list's JSON. HasUniqueRoleAssignments is only sent when `$select` names it, as SharePoint does. */
  private listJson(list: IList, ctx: ICtx, select?: string | null): Record<string, unknown> {
    const p = list.props;
    const extra: Record<string, unknown> = /(^|,)\s*hasuniqueroleassignments\s*(,|$)/i.test(select ?? '')
      ? { HasUniqueRoleAssignments: list.uniquePerms } : {};
    return this.entity(ctx, 'SP.List', `Web/Lists(guid'${list.id}')`, {
      ...extra,
      AllowContentTypes: p.AllowContentTypes ?? false, BaseTemplate: p.BaseTemplate ?? 100, BaseType: 0,
      ContentTypesEnabled: p.ContentTypesEnabled ?? false, Created: list.created, Description: p.Description ?? '',
      EnableAttachments: p.EnableAttachments ?? true, EnableFolderCreation: p.EnableFolderCreation ?? false,
      EnableMinorVersions: false, EnableModeration: false, EnableVersioning: p.EnableVersioning ?? true,
      EntityTypeName: itemType(list).replace(/^SP\.Data\./, '').replace(/Item$/, ''), Hidden: p.Hidden ?? false, Id: list.id,
      ItemCount: this.itemCount(list), LastItemModifiedDate: list.modified, ListItemEntityTypeFullName: itemType(list),
      MajorVersionLimit: p.MajorVersionLimit ?? 500, NoCrawl: p.NoCrawl ?? false, ParentWebUrl: ctx.sitePath,
      ReadSecurity: p.ReadSecurity ?? 1, WriteSecurity: p.WriteSecurity ?? 1, Title: list.title,
      DefaultViewUrl: `${ctx.sitePath}/Lists/${list.urlName}/AllItems.aspx`,
    }, '"1"');
  }

  private lists(segs: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
    const q = req.query;
    const webUrl = ctx.origin + ctx.sitePath;
    if (segs.length === 0) {
      if (method === 'GET') {
        const rows = this.db.prepare('SELECT * FROM lists ORDER BY no').all() as IListRow[];
        const visible = rows.map((r) => this.toList(r)).filter((l) => this.canOnList(l, ctx.user, P.ViewListItems));
        return this.many(ctx, visible.map((l) => this.listJson(l, ctx, q.get('$select'))), q);
      }
      if (method === 'POST') { return this.addList(parseBody(req.body), ctx); }
    }
    const s = segs[0];
    const rest = segs.slice(1);
    const byIdNotFound = (): SpError => new SpError(404, '-1, System.ArgumentException',
      'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.');
    let list: IList | undefined;
    let notFound: () => SpError;
    if (s.lname === '' || (s.lname === 'lists' && s.args !== undefined) || s.lname === 'getbyid') {
      list = this.listById(arg0(s, q));
      notFound = byIdNotFound;
    } else if (s.lname === 'getbytitle') {
      const title = arg0(s, q);
      list = this.listByTitle(title);
      notFound = () => E.listNotFound(title, webUrl);
    } else if (s.lname === 'ensuresiteassetslibrary' || s.lname === 'ensuresitepageslibrary') {
      throw E.notSupported(s.name);
    } else {
      throw E.notSupported(`lists/${s.name}`);
    }
    if (!list) { throw notFound(); }
    return this.list(this.visibleOr(list, ctx.user, notFound), rest, method, req, ctx);
  }

  private addList(b: Record<string, unknown>, ctx: ICtx): ISpResponse {
    this.demand(ctx.user, P.ManageLists);
    const title = String(b.Title ?? '').trim();
    if (!title) { throw new SpError(400, '-2147024809, System.ArgumentException', 'Value cannot be null.\r\nParameter name: Title'); }
    if (this.listByTitle(title)) {
      throw new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
        `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`);
    }
    const props: Record<string, unknown> = { ...b };
    delete props.__metadata;
    delete props.Title;
    const id = crypto.randomUUID();
    let urlName = title.replace(/[^A-Za-z0-9 _-]/g, '').trim();
    if (!urlName) { urlName = 'List'; }
    let n = 1;
    const base = urlName;
    while (this.db.prepare('SELECT 1 FROM lists WHERE url_name = ? COLLATE NOCASE').get(urlName)) { urlName = base + n++; }
    const now = nowIso();
    let no = 0;
    this.db.transaction(() => {
      const info = this.db.prepare('INSERT INTO lists(id, title, url_name, props, created, modified) VALUES (?,?,?,?,?,?)')
        .run(id, title, urlName, JSON.stringify({ ReadSecurity: 1, WriteSecurity: 1, EnableVersioning: false, ...props }), now, now);
      no = Number(info.lastInsertRowid);
      this.db.exec(`CREATE TABLE items_${no} (Id INTEGER PRIMARY KEY AUTOINCREMENT, version INTEGER NOT NULL DEFAULT 1, guid TEXT NOT NULL,
        "f_Title" TEXT COLLATE NOCASE, "f_Created" TEXT, "f_Modified" TEXT, "f_Author" INTEGER, "f_Editor" INTEGER)`);
      const ins = this.db.prepare('INSERT INTO fields(list_no, internal_name, id, type, props, sort) VALUES (?,?,?,?,?,?)');
      const builtins: [string, string, Record<string, unknown>][] = [
        ['Title', 'Text', { Title: 'Title', MaxLength: 255, Required: true }],
        ['ID', 'Counter', { Title: 'ID', ReadOnlyField: true }],
        ['Created', 'DateTime', { Title: 'Created', ReadOnlyField: true }],
        ['Modified', 'DateTime', { Title: 'Modified', ReadOnlyField: true }],
        ['Author', 'User', { Title: 'Created By', ReadOnlyField: true }],
        ['Editor', 'User', { Title: 'Modified By', ReadOnlyField: true }],
      ];
      builtins.forEach(([name, type, p], i) => ins.run(no, name, crypto.randomUUID(), type, JSON.stringify({ ...p, builtin: true, Indexed: name === 'ID' }), i));
    })();
    return this.one(ctx, this.listJson(this.listById(id)!, ctx), 201);
  }

  private list(list: IList, rest: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
    const q = req.query;
    if (rest.length === 0) {
      if (method === 'GET') { return this.one(ctx, this.listJson(list, ctx, q.get('$select')), 200, {}, q.get('$select')); }
      if (method === 'MERGE') {
        this.demandOnList(list, ctx.user, P.ManageLists);
        const b = parseBody(req.body);
        delete b.__metadata;
        const props = { ...list.props };
        let title = list.title;
        for (const [k, v] of Object.entries(b)) {
          if (k === 'Title') { title = String(v); continue; }
          props[k] = v;
        }
        if (title.toLowerCase() !== list.title.toLowerCase() && this.listByTitle(title)) {
          throw new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
            'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
        }
        this.db.prepare('UPDATE lists SET title = ?, props = ?, modified = ? WHERE no = ?').run(title, JSON.stringify(props), nowIso(), list.no);
        return { status: 204, headers: { ETag: '"1"' } };
      }
      if (method === 'DELETE') {
        this.demandOnList(list, ctx.user, P.ManageLists);
        this.db.transaction(() => {
          this.db.exec(`DROP TABLE IF EXISTS items_${list.no}`);
          this.db.prepare('DELETE FROM fields WHERE list_no = ?').run(list.no);
          this.rights.forgetList(list.no);
          this.db.prepare('DELETE FROM lists WHERE no = ?').run(list.no);
        })();
        return { status: 200, headers: {} };
      }
    }
    const s = rest[0];
    const after = rest.slice(1);
    switch (s.lname) {
      case 'fields': return this.fields(list, s, after, method, req, ctx);
      case 'items': return this.items(list, s, after, method, req, ctx);
      case 'getitembyid': return this.item(list, Number(arg0(s, q)), after, method, req, ctx);
      case 'effectivebasepermissions': {
        const p = this.listPermissions(list, ctx.user);
        return this.property(ctx, 'EffectiveBasePermissions', this.perms(ctx, p.high, p.low), 'SP.BasePermissions');
      }
      case 'getusereffectivepermissions': {
        const u = this.userByLogin(arg0(s, q).replace(/^i:0#\.f\|membership\|/i, ''));
        const p = u ? this.listPermissions(list, u) : { high: 0, low: 0 };
        return this.property(ctx, 'GetUserEffectivePermissions', this.perms(ctx, p.high, p.low), 'SP.BasePermissions');
      }
      case 'hasuniqueroleassignments': return this.property(ctx, 'HasUniqueRoleAssignments', list.uniquePerms, 'Edm.Boolean');
      case 'roleassignments': return this.roleAssignments(s, after, method, req, ctx, list);
      case 'breakroleinheritance':
      case 'resetroleinheritance':
        if (method === 'POST') { return this.changeInheritance(list, s, q, ctx); }
        break;
      case 'itemcount': return this.property(ctx, 'ItemCount', this.itemCount(list), 'Edm.Int32');
      case 'recycle':
        if (method === 'POST') {
          return this.list(list, [], 'DELETE', req, ctx).status === 200 ? this.property(ctx, 'Recycle', crypto.randomUUID(), 'Edm.Guid') : { status: 500, headers: {} };
        }
        break;
      default: break;
    }
    throw E.notSupported(`list/${s.name} ${method}`);
  }

  /**
   * `breakroleinheritance(copyroleassignments=…, clearsubscopes=…)` and `resetroleinheritance` on a list. Items have
   * no scopes of their own here, so clearSubscopes has nothing to clear.
   */
  private changeInheritance(list: IList, s: ISeg, q: URLSearchParams, ctx: ICtx): ISpResponse {
    this.demandOnList(list, ctx.user, P.ManagePermissions);
    if (s.lname === 'resetroleinheritance') {
      this.rights.resetInheritance(list.no);
      return { status: 200, headers: {} };
    }
    const args = parseArgs(s.args, q);
    const copy = args.find((a) => a.name === 'copyroleassignments')?.value ?? args[0]?.value;
    this.rights.breakInheritance(list.no, toBool(copy), ctx.user.id);
    return { status: 200, headers: {} };
  }

  // ------------------------------------------------------------------ fields
  public fieldsOf(list: IList): IField[] {
    const rows = this.db.prepare('SELECT * FROM fields WHERE list_no = ? ORDER BY sort').all(list.no) as IFieldRow[];
    return rows.map((r) => {
      const p = JSON.parse(r.props) as Record<string, unknown>;
      return {
        listNo: r.list_no, internalName: r.internal_name, id: r.id, type: r.type, sort: r.sort, props: p,
        title: String(p.Title ?? r.internal_name), indexed: p.Indexed === true, unique: p.EnforceUniqueValues === true,
        required: p.Required === true, maxLength: typeof p.MaxLength === 'number' ? p.MaxLength : undefined,
        choices: Array.isArray(p.Choices) ? p.Choices as string[] : undefined, builtin: p.builtin === true,
      };
    });
  }

  private fieldJson(f: IField, ctx: ICtx): Record<string, unknown> {
    const cls = f.type === 'Boolean' ? 'SP.Field' : (TYPE_CLASS[f.type] ?? 'SP.Field');
    const p = f.props;
    const o: Record<string, unknown> = {
      CanBeDeleted: !f.builtin, DefaultValue: p.DefaultValue ?? null, Description: p.Description ?? '', Direction: 'none',
      EnforceUniqueValues: f.unique, EntityPropertyName: f.internalName, Filterable: true, FromBaseType: !!f.builtin,
      Group: p.Group ?? (f.builtin ? '_Hidden' : 'Custom Columns'), Hidden: p.Hidden ?? false, Id: f.id, Indexed: f.indexed,
      InternalName: f.internalName, ReadOnlyField: p.ReadOnlyField ?? false, Required: f.required, Sortable: f.type !== 'Note' && f.type !== 'MultiChoice',
      StaticName: f.internalName, Title: f.title, FieldTypeKind: TYPE_KIND[f.type] ?? 0, TypeAsString: f.type,
      TypeDisplayName: TYPE_DISPLAY[f.type] ?? f.type, TypeShortDescription: TYPE_DISPLAY[f.type] ?? f.type,
      SchemaXml: this.schemaXml(f),
    };
    if (f.type === 'Text') { o.MaxLength = f.maxLength ?? 255; }
    if (f.type === 'Note') { o.NumberOfLines = p.NumberOfLines ?? 6; o.RichText = p.RichText ?? false; o.AppendOnly = p.AppendOnly ?? false; }
    if (f.type === 'Choice' || f.type === 'MultiChoice') {
      o.Choices = ctx.level === 'verbose' ? { __metadata: { type: 'Collection(Edm.String)' }, results: f.choices ?? [] } : (f.choices ?? []);
      o.FillInChoice = p.FillInChoice ?? false;
      o.EditFormat = p.EditFormat ?? 0;
    }
    if (f.type === 'Number' || f.type === 'Integer' || f.type === 'Currency') { o.MinimumValue = p.MinimumValue ?? -1.7976931348623157e308; o.MaximumValue = p.MaximumValue ?? 1.7976931348623157e308; }
    if (f.type === 'DateTime') { o.DisplayFormat = p.DisplayFormat ?? 0; o.DateTimeCalendarType = 1; o.FriendlyDisplayFormat = p.FriendlyDisplayFormat ?? 0; }
    if (f.type === 'User') { o.AllowMultipleValues = false; o.SelectionMode = p.SelectionMode ?? 0; o.LookupField = 'Title'; o.LookupList = '{00000000-0000-0000-0000-000000000000}'; }
    return this.entity(ctx, cls, `Web/Lists(guid'${this.listIdByNo(f.listNo)}')/Fields(guid'${f.id}')`, o);
  }

  private listIdByNo(no: number): string {
    return (this.db.prepare('SELECT id FROM lists WHERE no = ?').get(no) as { id: string } | undefined)?.id ?? '';
  }

  private schemaXml(f: IField): string {
    const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    let x = `<Field Type="${f.type}" DisplayName="${esc(f.title)}" Name="${esc(f.internalName)}" StaticName="${esc(f.internalName)}" ID="{${f.id}}"`;
    if (f.indexed) { x += ' Indexed="TRUE"'; }
    if (f.unique) { x += ' EnforceUniqueValues="TRUE"'; }
    if (f.required) { x += ' Required="TRUE"'; }
    if (f.maxLength) { x += ` MaxLength="${f.maxLength}"`; }
    if (f.choices) { return x + '><CHOICES>' + f.choices.map((c) => `<CHOICE>${esc(c)}</CHOICE>`).join('') + '</CHOICES></Field>'; }
    return x + ' />';
  }

  private fields(list: IList, s: ISeg, rest: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
    const q = req.query;
    const all = this.fieldsOf(list);
    const notFound = (name: string): SpError => new SpError(404, '-2147024809, System.ArgumentException',
      `Column '${name}' does not exist. It may have been deleted by another user.  /sites/boutique/Lists/${list.urlName}`);
    let field: IField | undefined;
    let after = rest;
    if (s.args !== undefined) {
      const id = arg0(s, q).toLowerCase();
      field = all.find((f) => f.id.toLowerCase() === id.replace(/[{}]/g, ''));
      if (!field) { throw notFound(id); }
    } else if (rest.length === 0) {
      if (method === 'GET') { return this.many(ctx, all.map((f) => this.fieldJson(f, ctx)), q); }
      if (method === 'POST') {
        const b = parseBody(req.body);
        return this.addField(list, b, ctx);
      }
    } else {
      const f = rest[0];
      after = rest.slice(1);
      if (f.lname === 'getbyinternalnameortitle' || f.lname === 'getbytitle' || f.lname === 'getbyid') {
        const name = arg0(f, q);
        const ln = name.toLowerCase();
        field = f.lname === 'getbyid' ? all.find((x) => x.id.toLowerCase() === ln.replace(/[{}]/g, ''))
          : f.lname === 'getbytitle' ? all.find((x) => x.title.toLowerCase() === ln)
            : all.find((x) => x.internalName.toLowerCase() === ln) ?? all.find((x) => x.title.toLowerCase() === ln);
        if (!field) { throw notFound(name); }
      } else if (f.lname === 'createfieldasxml' && method === 'POST') {
        const b = parseBody(req.body);
        const params = (b.parameters ?? {}) as { SchemaXml?: string; Options?: number };
        return this.addField(list, this.fromSchemaXml(String(params.SchemaXml ?? ''), Number(params.Options ?? 0)), ctx);
      } else if (f.lname === 'addfield' && method === 'POST') {
        const b = parseBody(req.body);
        return this.addField(list, (b.parameters ?? {}) as Record<string, unknown>, ctx);
      } else {
        throw E.notSupported(`fields/${f.name}`);
      }
    }
    if (!field) { throw E.notSupported(`fields ${method}`); }
    if (after.length === 0) {
      if (method === 'GET') { return this.one(ctx, this.fieldJson(field, ctx), 200, {}, q.get('$select')); }
      if (method === 'MERGE') { this.updateField(list, field, parseBody(req.body), ctx); return { status: 204, headers: {} }; }
      if (method === 'DELETE') {
        this.demandOnList(list, ctx.user, P.ManageLists);
        if (field.builtin) { throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete a hidden column.'); }
        this.db.transaction(() => {
          this.db.exec(`DROP INDEX IF EXISTS ${quoteIdent(`ix_${list.no}_${field!.internalName}`)}`);
          this.db.exec(`ALTER TABLE items_${list.no} DROP COLUMN ${colOf(field!)}`);
          this.db.prepare('DELETE FROM fields WHERE list_no = ? AND internal_name = ?').run(list.no, field!.internalName);
        })();
        return { status: 200, headers: {} };
      }
    }
    throw E.notSupported(`field ${method}`);
  }

  /** Reads a `<Field .../>` schema. Like SharePoint, the internal name comes from DisplayName unless Options has AddFieldInternalNameHint (8). */
  private fromSchemaXml(xml: string, options: number): Record<string, unknown> {
    const tag = /<Field\b([^>]*?)\/?>/i.exec(xml);
    if (!tag) { throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Invalid field schema XML.'); }
    const attrs: Record<string, string> = {};
    const unesc = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    for (const m of tag[1].matchAll(/(\w+)\s*=\s*"([^"]*)"/g)) { attrs[m[1].toLowerCase()] = unesc(m[2]); }
    const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => unesc(m[1]));
    const type = attrs.type ?? 'Text';
    const title = attrs.displayname ?? attrs.name ?? attrs.staticname ?? 'Field';
    const name = (options & 8) && (attrs.name || attrs.staticname) ? (attrs.name || attrs.staticname) : undefined;
    const out: Record<string, unknown> = { Title: title, TypeAsString: type, FieldTypeKind: TYPE_KIND[type] ?? 2, __internalName: name };
    if (attrs.indexed) { out.Indexed = attrs.indexed.toUpperCase() === 'TRUE'; }
    if (attrs.enforceuniquevalues) { out.EnforceUniqueValues = attrs.enforceuniquevalues.toUpperCase() === 'TRUE'; }
    if (attrs.required) { out.Required = attrs.required.toUpperCase() === 'TRUE'; }
    if (attrs.maxlength) { out.MaxLength = Number(attrs.maxlength); }
    if (attrs.id) { out.Id = attrs.id.replace(/[{}]/g, ''); }
    if (choices.length) { out.Choices = choices; }
    if (attrs.usermulti || type === 'UserMulti') { out.AllowMultipleValues = true; }
    return out;
  }

  private addField(list: IList, b: Record<string, unknown>, ctx: ICtx): ISpResponse {
    this.demandOnList(list, ctx.user, P.ManageLists);
    const kind = Number(b.FieldTypeKind ?? TYPE_KIND[String(b.TypeAsString)] ?? 2);
    let type = typeof b.TypeAsString === 'string' && TYPE_KIND[b.TypeAsString] ? b.TypeAsString : KIND_TYPE[kind];
    if (type === 'UserMulti') { type = 'User'; }
    if (!type) { throw E.notSupported(`field type kind ${kind}`); }
    const title = String(b.Title ?? '').trim();
    if (!title) { throw new SpError(400, '-2147024809, System.ArgumentException', 'Value cannot be null.\r\nParameter name: Title'); }
    const existing = this.fieldsOf(list);
    let internal = typeof b.__internalName === 'string' ? b.__internalName : encodeInternalName(title);
    if (/^\d/.test(internal)) { internal = '_x00' + internal.charCodeAt(0).toString(16) + '_' + internal.slice(1); }
    if (existing.some((f) => f.title.toLowerCase() === title.toLowerCase())) {
      throw new SpError(500, '-2130575245, Microsoft.SharePoint.SPException',
        `A duplicate field name "${internal}" was found.`);
    }
    const taken = (n: string): boolean => existing.some((f) => f.internalName.toLowerCase() === n.toLowerCase());
    if (taken(internal)) {
      let i = 0;
      while (taken(internal + i)) { i++; }
      internal = internal + i;
    }
    const props: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(b)) {
      if (k === '__metadata' || k === '__internalName' || k === 'FieldTypeKind' || k === 'TypeAsString' || k === 'Id') { continue; }
      props[k] = k === 'Choices' ? unwrapResults(v) : v;
    }
    props.Title = title;
    if (type === 'Text') {
      const ml = Number(props.MaxLength ?? 255);
      if (!(ml >= 1 && ml <= 255)) {
        throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The maximum length of a single line of text column must be between 1 and 255.');
      }
      props.MaxLength = ml;
    } else { delete props.MaxLength; }
    if (props.AllowMultipleValues === true && type === 'User') {
      throw E.notSupported('multi-value person fields');
    }
    const id = typeof b.Id === 'string' ? b.Id : crypto.randomUUID();
    const sort = existing.length ? Math.max(...existing.map((f) => f.sort)) + 1 : 0;
    const sqlType = type === 'Text' || type === 'Note' || type === 'Choice' || type === 'MultiChoice' ? 'TEXT COLLATE NOCASE'
      : type === 'DateTime' ? 'TEXT' : type === 'Number' || type === 'Currency' ? 'REAL' : 'INTEGER';
    const wantIndex = props.Indexed === true;
    const wantUnique = props.EnforceUniqueValues === true;
    props.Indexed = false;
    props.EnforceUniqueValues = false;
    this.db.transaction(() => {
      this.db.exec(`ALTER TABLE items_${list.no} ADD COLUMN ${quoteIdent('f_' + internal)} ${sqlType}`);
      this.db.prepare('INSERT INTO fields(list_no, internal_name, id, type, props, sort) VALUES (?,?,?,?,?,?)').run(list.no, internal, id, type, JSON.stringify(props), sort);
      const f = this.fieldsOf(list).find((x) => x.internalName === internal)!;
      if (wantIndex || wantUnique) { this.applyFieldUpdate(list, f, { Indexed: wantIndex || undefined, EnforceUniqueValues: wantUnique || undefined }); }
    })();
    const f = this.fieldsOf(list).find((x) => x.internalName === internal)!;
    return this.one(ctx, this.fieldJson(f, ctx), 201);
  }

  private updateField(list: IList, f: IField, b: Record<string, unknown>, ctx: ICtx): void {
    this.demandOnList(list, ctx.user, P.ManageLists);
    this.db.transaction(() => this.applyFieldUpdate(list, f, b))();
  }

  private applyFieldUpdate(list: IList, f: IField, b: Record<string, unknown>): void {
    const props = { ...f.props };
    for (const [k, v] of Object.entries(b)) {
      if (k === '__metadata' || v === undefined || k === 'Indexed' || k === 'EnforceUniqueValues') { continue; }
      if (k === 'MaxLength' && f.type === 'Text') {
        const ml = Number(v);
        if (!(ml >= 1 && ml <= 255)) { throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The maximum length of a single line of text column must be between 1 and 255.'); }
      }
      props[k] = k === 'Choices' ? unwrapResults(v) : v;
    }
    let indexed = f.indexed;
    let unique = f.unique;
    if (b.Indexed !== undefined) { indexed = toBool(b.Indexed); }
    if (b.EnforceUniqueValues !== undefined) { unique = toBool(b.EnforceUniqueValues); }
    const ixName = quoteIdent(`ix_${list.no}_${f.internalName}`);
    const isId = f.internalName === 'ID';
    if (isId) { indexed = true; }
    if (unique && !indexed) {
      throw new SpError(400, '-2130575135, Microsoft.SharePoint.SPException',
        'This field must be indexed to enforce unique values.');
    }
    if (unique && (f.type === 'Note' || f.type === 'MultiChoice')) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The field cannot enforce unique values: its type does not support it.');
    }
    if (indexed && !f.indexed && !isId) {
      if (f.type === 'Note' || f.type === 'MultiChoice') {
        throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `The column '${f.internalName}' cannot be indexed: its type does not support indexing.`);
      }
      const count = this.fieldsOf(list).filter((x) => x.indexed && x.internalName !== 'ID').length;
      if (count >= MAX_INDEXES) {
        throw new SpError(400, '-2130575162, Microsoft.SharePoint.SPException',
          `Cannot index the column '${f.internalName}': the list already has the maximum of ${MAX_INDEXES} indexed columns.`);
      }
    }
    if (!isId && (indexed !== f.indexed || unique !== f.unique)) {
      this.db.exec(`DROP INDEX IF EXISTS ${ixName}`);
      if (indexed) {
        if (unique) {
          const dup = this.db.prepare(`SELECT ${colOf(f)} v FROM items_${list.no} WHERE ${colOf(f)} IS NOT NULL GROUP BY ${colOf(f)} HAVING count(*) > 1 LIMIT 1`).get();
          if (dup) { throw new SpError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', 'This field contains duplicate values. Remove all duplicate values and try the operation again.'); }
          this.db.exec(`CREATE UNIQUE INDEX ${ixName} ON items_${list.no}(${colOf(f)}) WHERE ${colOf(f)} IS NOT NULL`);
        } else {
          this.db.exec(`CREATE INDEX ${ixName} ON items_${list.no}(${colOf(f)})`);
        }
      }
    }
    props.Indexed = indexed;
    props.EnforceUniqueValues = unique;
    this.db.prepare('UPDATE fields SET props = ? WHERE list_no = ? AND internal_name = ?').run(JSON.stringify(props), list.no, f.internalName);
  }

  // ------------------------------------------------------------------ items
  private readFilterSql(list: IList, user: IUser): { sql: string; params: unknown[] } | undefined {
    if (Number(list.props.ReadSecurity ?? 1) === 2 && !this.canOnList(list, user, P.CancelCheckout)) {
      return { sql: '"f_Author" = ?', params: [user.id] };
    }
    return undefined;
  }

  private items(list: IList, s: ISeg, rest: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
    const q = req.query;
    if (s.args !== undefined) { return this.item(list, Number(arg0(s, q)), rest, method, req, ctx); }
    if (rest.length > 0) {
      if (rest[0].lname === 'getbyid') { return this.item(list, Number(arg0(rest[0], q)), rest.slice(1), method, req, ctx); }
      throw E.notSupported(`items/${rest[0].name}`);
    }
    if (method === 'GET') { return this.query(list, req, ctx); }
    if (method === 'POST') { return this.addItem(list, parseBody(req.body), ctx); }
    throw E.notSupported(`items ${method}`);
  }

  /** Resolves a $filter/$orderby member to SQL. */
  private member(list: IList, fields: IField[], name: string): { sql: string; field?: IField; type: string; sub?: string } {
    const [head, sub] = name.split('/');
    const lh = head.toLowerCase();
    if (lh === 'id') { return { sql: 'Id', type: 'Counter', field: fields.find((f) => f.internalName === 'ID') }; }
    let f = fields.find((x) => x.internalName.toLowerCase() === lh);
    if (!f && lh.endsWith('id')) {
      const base = fields.find((x) => x.type === 'User' && x.internalName.toLowerCase() === lh.slice(0, -2));
      if (base) { return { sql: colOf(base), type: 'UserId', field: base }; }
    }
    if (!f) { f = fields.find((x) => x.title.toLowerCase() === lh && x.internalName !== 'ID'); }
    if (!f) { throw E.noSuchColumn(head); }
    if (f.type === 'User') {
      if (!sub || sub.toLowerCase() === 'id') { return { sql: colOf(f), type: 'UserId', field: f }; }
      const ls = sub.toLowerCase();
      const col = ls === 'email' ? 'email' : ls === 'title' ? 'title' : ls === 'name' || ls === 'loginname' ? 'login' : undefined;
      if (!col) { throw E.noSuchFieldOrProperty(sub); }
      return { sql: colOf(f), type: 'UserSub', field: f, sub: col };
    }
    if (sub) { throw E.noSuchFieldOrProperty(name); }
    return { sql: colOf(f), type: f.type, field: f };
  }

  private sqlLiteral(type: string, v: Literal, fieldName: string): unknown {
    if (v === null) { return null; }
    switch (type) {
      case 'DateTime': {
        const d = normDate(v);
        if (d === undefined) { throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The expression "${fieldName}" is not valid: '${String(v)}' is not a date.`); }
        return d;
      }
      case 'Boolean': return v === true || v === 1 || v === '1' || v === 'true' ? 1 : 0;
      case 'Number': case 'Integer': case 'Currency': case 'Counter': case 'UserId': {
        const n = Number(v);
        if (isNaN(n)) { throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The expression "${fieldName}" is not valid.`); }
        return n;
      }
      default: return typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
    }
  }

  private filterSql(list: IList, fields: IField[], n: FilterNode, params: unknown[]): string {
    switch (n.k) {
      case 'and': return `(${this.filterSql(list, fields, n.a, params)} AND ${this.filterSql(list, fields, n.b, params)})`;
      case 'or': return `(${this.filterSql(list, fields, n.a, params)} OR ${this.filterSql(list, fields, n.b, params)})`;
      case 'not': return `(NOT ${this.filterSql(list, fields, n.a, params)})`;
      case 'fn': {
        const m = this.member(list, fields, n.field);
        const pat = n.value.replace(/[\\%_]/g, (c) => '\\' + c);
        params.push(n.fn === 'substringof' ? `%${pat}%` : `${pat}%`);
        let col = m.sql;
        if (m.type === 'UserSub') { col = `(SELECT ${m.sub} FROM principals WHERE id = ${m.sql})`; }
        return `(${n.negate ? 'NOT ' : ''}coalesce(${col} LIKE ? ESCAPE '\\', 0))`;
      }
      case 'cmp': {
        const m = this.member(list, fields, n.field);
        const ops: Record<string, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };
        if (m.type === 'UserSub') {
          if (n.value === null) { return n.op === 'eq' ? `${m.sql} IS NULL` : `${m.sql} IS NOT NULL`; }
          params.push(String(n.value));
          const inner = `${m.sql} IN (SELECT id FROM principals WHERE ${m.sub} ${ops[n.op]} ? COLLATE NOCASE)`;
          return n.op === 'ne' ? `(${m.sql} IS NULL OR NOT (${inner}))` : inner;
        }
        if (n.value === null) {
          if (n.op === 'eq') { return `${m.sql} IS NULL`; }
          if (n.op === 'ne') { return `${m.sql} IS NOT NULL`; }
          return '0';
        }
        if (m.type === 'MultiChoice') {
          params.push(String(n.value));
          const ex = `EXISTS (SELECT 1 FROM json_each(${m.sql}) WHERE value = ? COLLATE NOCASE)`;
          if (n.op === 'eq') { return `(${m.sql} IS NOT NULL AND ${ex})`; }
          if (n.op === 'ne') { return `(${m.sql} IS NULL OR NOT ${ex})`; }
          throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The operator '${n.op}' is not supported on a multi-choice field.`);
        }
        params.push(this.sqlLiteral(m.type, n.value, n.field));
        if (n.op === 'ne') { return `(${m.sql} IS NULL OR ${m.sql} <> ?)`; }
        return `${m.sql} ${ops[n.op]} ?`;
      }
    }
  }

  private query(list: IList, req: ISpRequest, ctx: ICtx): ISpResponse {
    this.demandOnList(list, ctx.user, P.ViewListItems);
    const q = req.query;
    const fields = this.fieldsOf(list);
    const count = this.itemCount(list);
    const big = count > LIST_VIEW_THRESHOLD;
    const where: string[] = [];
    const params: unknown[] = [];
    const filter = q.get('$filter');
    let node: FilterNode | undefined;
    if (filter && filter.trim()) {
      node = this.parse(filter);
      const fp: unknown[] = [];
      where.push(this.filterSql(list, fields, node, fp));
      params.push(...fp);
    }
    // order
    const order: { sql: string; desc: boolean; name: string; field?: IField; type: string }[] = [];
    const orderby = q.get('$orderby');
    if (orderby && orderby.trim()) {
      for (const part of orderby.split(',')) {
        const [name, dir] = part.trim().split(/\s+/);
        if (!name) { continue; }
        const m = this.member(list, fields, name);
        if (m.type === 'Note' || m.type === 'MultiChoice') {
          throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The field '${name}' of type '${m.type}' cannot be used in the query filter expression.`);
        }
        order.push({ sql: m.sql, desc: (dir ?? '').toLowerCase() === 'desc', name: m.field?.internalName ?? name, field: m.field, type: m.type });
      }
    }
    if (!order.some((o) => o.sql === 'Id')) { order.push({ sql: 'Id', desc: false, name: 'ID', type: 'Counter' }); }
    if (big) { this.checkThreshold(list, fields, node, order); }
    const sec = this.readFilterSql(list, ctx.user);
    if (sec) { where.push(sec.sql); params.push(...sec.params); }
    // paging
    const skiptoken = q.get('$skiptoken');
    if (skiptoken) {
      const tok = new URLSearchParams(skiptoken);
      const lastId = tok.get('p_ID');
      if (lastId !== null) {
        const values = order.map((o) => (o.sql === 'Id' ? Number(lastId) : this.tokenValue(tok.get('p_' + o.name), o.type)));
        const ors: string[] = [];
        const kp: unknown[] = [];
        for (let i = 0; i < order.length; i++) {
          const parts: string[] = [];
          for (let j = 0; j < i; j++) {
            if (values[j] === null) { parts.push(`${order[j].sql} IS NULL`); } else { parts.push(`${order[j].sql} = ?`); kp.push(values[j]); }
          }
          const o = order[i];
          const v = values[i];
          if (v === null) {
            if (o.desc) { continue; }
            parts.push(`${o.sql} IS NOT NULL`);
          } else if (o.desc) {
            parts.push(`(${o.sql} < ? OR ${o.sql} IS NULL)`); kp.push(v);
          } else {
            parts.push(`${o.sql} > ?`); kp.push(v);
          }
          ors.push('(' + parts.join(' AND ') + ')');
        }
        where.push(ors.length ? '(' + ors.join(' OR ') + ')' : '0');
        params.push(...kp);
      }
    }
    let top = Number(q.get('$top') ?? 100);
    if (!Number.isFinite(top) || top < 0) { top = 100; }
    top = Math.min(Math.floor(top), LIST_VIEW_THRESHOLD);
    const sql = `SELECT * FROM items_${list.no}${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY ${order.map((o) => `${o.sql} ${o.desc ? 'DESC' : 'ASC'}`).join(', ')} LIMIT ${top + 1}`;
    const rows = this.db.prepare(sql).all(...params) as Record<string, unknown>[];
    let nextLink: string | undefined;
    if (rows.length > top) {
      rows.length = top;
      const last = rows[rows.length - 1];
      if (last) {
        const tok = new URLSearchParams();
        tok.set('Paged', 'TRUE');
        for (const o of order) {
          if (o.sql === 'Id') { continue; }
          const v = last[`f_${o.field?.internalName}`];
          tok.set('p_' + o.name, v === null || v === undefined ? '' : String(v));
        }
        tok.set('p_ID', String(last.Id));
        const nq = new URLSearchParams();
        for (const k of ['$filter', '$select', '$expand', '$orderby']) { const v = q.get(k); if (v) { nq.set(k, v); } }
        nq.set('$skiptoken', tok.toString());
        nq.set('$top', String(top));
        nextLink = `${ctx.origin}${ctx.sitePath}/_api/${req.path.split('?')[0]}?${nq.toString()}`;
      }
    }
    const select = q.get('$select');
    const expand = q.get('$expand');
    const out = rows.map((r) => this.itemJson(list, fields, r, ctx, select, expand));
    const vq = new URLSearchParams();
    const resp = this.many(ctx, out, vq, nextLink);
    return resp;
  }

  /**
   * The list view threshold, the way SharePoint Online applies it to a list past 5,000 items: every $orderby column
   * must be indexed, and the filter must be served by an index: its leftmost clause (every branch's, for an `or`)
   * on an indexed column, and those clauses together matching at most 5,000 items. Otherwise HTTP 500
   * SPQueryThrottledException. No filter at all is fine: SharePoint pages the list by ID.
   */
  private checkThreshold(list: IList, fields: IField[], node: FilterNode | undefined, order: { sql: string; field?: IField }[]): void {
    for (const o of order) {
      if (o.sql !== 'Id' && !o.field?.indexed) { throw E.throttled(); }
    }
    if (!node) { return; }
    const seeks = indexSeeks(node);
    if (!seeks) { throw E.throttled(); }
    const params: unknown[] = [];
    const parts = seeks.map((leaf) => {
      const m = this.member(list, fields, leaf.field);
      if ((m.sql !== 'Id' && !m.field?.indexed) || m.type === 'UserSub') { throw E.throttled(); }
      return this.filterSql(list, fields, leaf, params);
    });
    const sql = `SELECT count(*) c FROM (SELECT 1 FROM items_${list.no} WHERE ${parts.join(' OR ')} LIMIT ${LIST_VIEW_THRESHOLD + 1})`;
    if ((this.db.prepare(sql).get(...params) as { c: number }).c > LIST_VIEW_THRESHOLD) { throw E.throttled(); }
  }

  private tokenValue(v: string | null, type: string): unknown {
    if (v === null || v === '') { return null; }
    if (type === 'Number' || type === 'Integer' || type === 'Currency' || type === 'UserId' || type === 'Boolean' || type === 'Counter') { return Number(v); }
    return v;
  }

  private userExpansion(ctx: ICtx, id: unknown, subs: string[] | undefined): Record<string, unknown> | null {
    if (id === null || id === undefined) { return null; }
    const u = this.userById(Number(id));
    if (!u) { return null; }
    const all: Record<string, unknown> = { Id: u.id, Title: u.title, EMail: u.email, Name: u.login, UserName: u.email, FirstName: u.title.split(' ')[0], LastName: u.title.split(' ').slice(1).join(' '), JobTitle: null, Department: null };
    let o: Record<string, unknown> = all;
    if (subs && subs.length && !subs.includes('*')) {
      o = {};
      for (const sname of subs) {
        const key = Object.keys(all).find((k) => k.toLowerCase() === sname.toLowerCase());
        if (!key) { throw E.noSuchFieldOrProperty(sname); }
        o[key] = all[key];
      }
    }
    return this.entity(ctx, 'SP.Data.UserInfoItem', `Web/SiteUserInfoList/Items(${u.id})`, o);
  }

  private itemJson(list: IList, fields: IField[], r: Record<string, unknown>, ctx: ICtx, select: string | null, expand: string | null): Record<string, unknown> {
    const etag = `"${r.version}"`;
    const full: Record<string, unknown> = {
      FileSystemObjectType: 0, Id: r.Id, ServerRedirectedEmbedUri: null, ServerRedirectedEmbedUrl: '', ContentTypeId: '0x0100' + list.id.replace(/-/g, '').toUpperCase(),
    };
    const userFields: IField[] = [];
    for (const f of fields) {
      if (f.internalName === 'ID' || f.internalName === 'Created' || f.internalName === 'Modified' || f.internalName === 'Author' || f.internalName === 'Editor') { continue; }
      const v = r[`f_${f.internalName}`];
      full[f.internalName] = undefined;
      switch (f.type) {
        case 'User':
          delete full[f.internalName];
          userFields.push(f);
          full[f.internalName + 'Id'] = v ?? null;
          full[f.internalName + 'StringId'] = v === null || v === undefined ? null : String(v);
          break;
        case 'Boolean': full[f.internalName] = v === null || v === undefined ? null : v === 1; break;
        case 'MultiChoice': {
          const arr = typeof v === 'string' ? JSON.parse(v) as string[] : null;
          full[f.internalName] = ctx.level === 'verbose' ? (arr ? { __metadata: { type: 'Collection(Edm.String)' }, results: arr } : null) : arr;
          break;
        }
        default: full[f.internalName] = v ?? null;
      }
    }
    Object.assign(full, {
      ID: r.Id, Modified: r.f_Modified, Created: r.f_Created, AuthorId: r.f_Author, EditorId: r.f_Editor,
      OData__UIVersionString: `${r.version}.0`, Attachments: false, GUID: r.guid,
    });
    const expands = (expand ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    const expandable = new Map<string, string>([['author', 'Author'], ['editor', 'Editor'], ...userFields.map((f) => [f.internalName.toLowerCase(), f.internalName] as [string, string])]);
    for (const e of expands) {
      if (!expandable.has(e.split('/')[0].toLowerCase())) { throw E.noSuchFieldOrProperty(e); }
    }
    let out: Record<string, unknown>;
    if (select && select.trim()) {
      const names = select.split(',').map((x) => x.trim()).filter(Boolean);
      out = {};
      const subs = new Map<string, string[]>();
      for (const n of names) {
        if (n === '*') { Object.assign(out, full); continue; }
        const [head, sub] = n.split('/');
        const lh = head.toLowerCase();
        if (expandable.has(lh)) {
          const canon = expandable.get(lh)!;
          if (!expands.some((e) => e.toLowerCase() === lh)) {
            throw new SpError(400, '-1, Microsoft.SharePoint.SPException',
              `The query to field '${canon}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${canon}.`);
          }
          const arr = subs.get(canon) ?? [];
          if (sub) { arr.push(sub); }
          subs.set(canon, arr);
          continue;
        }
        const key = Object.keys(full).find((k) => k.toLowerCase() === lh);
        if (!key) { throw E.noSuchFieldOrProperty(head); }
        out[key] = full[key];
      }
      for (const [canon, arr] of subs) {
        out[canon] = this.userExpansion(ctx, canon === 'Author' ? r.f_Author : canon === 'Editor' ? r.f_Editor : r[`f_${canon}`], arr);
      }
    } else {
      out = full;
      for (const e of expands) {
        const canon = expandable.get(e.toLowerCase());
        if (canon) { out[canon] = this.userExpansion(ctx, canon === 'Author' ? r.f_Author : canon === 'Editor' ? r.f_Editor : r[`f_${canon}`], undefined); }
      }
    }
    return this.entity(ctx, itemType(list), `Web/Lists(guid'${list.id}')/Items(${r.Id})`, out, etag);
  }

  /** Converts a REST body into column values, validating like SharePoint. */
  private toColumns(list: IList, fields: IField[], b: Record<string, unknown>): Map<IField, unknown> {
    const out = new Map<IField, unknown>();
    const type = itemType(list);
    for (const [k, raw] of Object.entries(b)) {
      if (k === '__metadata' || k.startsWith('odata.')) { continue; }
      let f = fields.find((x) => x.internalName === k && !x.builtin) ?? (k === 'Title' ? fields.find((x) => x.internalName === 'Title') : undefined);
      let v = unwrapResults(raw);
      if (!f && k.endsWith('Id')) {
        f = fields.find((x) => x.type === 'User' && !x.builtin && x.internalName === k.slice(0, -2));
        if (f) {
          if (Array.isArray(v)) { v = v[0] ?? null; }
          if (v !== null && v !== undefined && v !== '' && !this.userById(Number(v))) {
            throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
          }
          out.set(f, v === null || v === undefined || v === '' || Number(v) <= 0 ? null : Number(v));
          continue;
        }
      }
      if (k.endsWith('StringId') && fields.some((x) => x.type === 'User' && x.internalName === k.slice(0, -8))) {
        f = fields.find((x) => x.internalName === k.slice(0, -8))!;
        out.set(f, v === null || v === '' ? null : Number(v));
        continue;
      }
      if (!f || f.type === 'User') { throw E.noSuchProperty(k, type); }
      out.set(f, this.coerce(f, v));
    }
    return out;
  }

  private coerce(f: IField, v: unknown): unknown {
    const bad = (): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `A type named '${typeof v}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
    if (v === null || v === undefined) { return null; }
    switch (f.type) {
      case 'Text': case 'Note': case 'Choice': {
        if (typeof v === 'object') { throw bad(); }
        const s = String(v);
        if (f.type === 'Text' && s.length > (f.maxLength ?? 255)) { throw E.tooLong(f.internalName, f.maxLength ?? 255); }
        return s === '' ? null : s;
      }
      case 'MultiChoice': {
        let arr: unknown[];
        if (Array.isArray(v)) { arr = v; } else if (typeof v === 'string') { arr = v.split(';#').filter(Boolean); } else { throw bad(); }
        return arr.length ? JSON.stringify(arr.map(String)) : null;
      }
      case 'Number': case 'Integer': case 'Currency': {
        if (v === '') { return null; }
        const n = Number(v);
        if (typeof v === 'boolean' || isNaN(n)) {
          throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Cannot convert a primitive value to the expected type 'Edm.Double'.`);
        }
        return f.type === 'Integer' ? Math.trunc(n) : n;
      }
      case 'Boolean':
        if (typeof v === 'boolean') { return v ? 1 : 0; }
        if (v === 1 || v === 0) { return v; }
        if (v === 'true' || v === '1') { return 1; }
        if (v === 'false' || v === '0') { return 0; }
        throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Cannot convert a primitive value to the expected type 'Edm.Boolean'.`);
      case 'DateTime': {
        const d = normDate(v);
        if (d === undefined) {
          throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Cannot convert a primitive value to the expected type 'Edm.DateTime'.`);
        }
        return d;
      }
      default: return v;
    }
  }

  private writeWithUnique<T>(list: IList, fields: IField[], fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      const err = e as { code?: string; message?: string };
      if (err && err.code === 'SQLITE_CONSTRAINT_UNIQUE') {
        const m = /items_\d+\.f_(\w+)/.exec(err.message ?? '');
        const dupField = fields.find((f) => f.internalName === m?.[1]);
        throw E.duplicateValues([dupField ? dupField.internalName : (m?.[1] ?? '?')]);
      }
      throw e;
    }
  }

  private addItem(list: IList, b: Record<string, unknown>, ctx: ICtx): ISpResponse {
    this.demandOnList(list, ctx.user, P.AddListItems);
    const fields = this.fieldsOf(list);
    const cols = this.toColumns(list, fields, b);
    const now = nowIso();
    const names = ['version', 'guid', '"f_Created"', '"f_Modified"', '"f_Author"', '"f_Editor"'];
    const values: unknown[] = [1, crypto.randomUUID(), now, now, ctx.user.id, ctx.user.id];
    for (const [f, v] of cols) { names.push(colOf(f)); values.push(v); }
    const id = this.writeWithUnique(list, fields, () => this.db.transaction(() => {
      const info = this.db.prepare(`INSERT INTO items_${list.no}(${names.join(',')}) VALUES (${names.map(() => '?').join(',')})`).run(...values);
      this.db.prepare('UPDATE lists SET modified = ? WHERE no = ?').run(now, list.no);
      return Number(info.lastInsertRowid);
    })());
    const row = this.db.prepare(`SELECT * FROM items_${list.no} WHERE Id = ?`).get(id) as Record<string, unknown>;
    return this.one(ctx, this.itemJson(list, fields, row, ctx, null, null), 201, { ETag: '"1"' });
  }

  private item(list: IList, id: number, rest: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
    const q = req.query;
    const fields = this.fieldsOf(list);
    this.demandOnList(list, ctx.user, P.ViewListItems);
    const row = this.db.prepare(`SELECT * FROM items_${list.no} WHERE Id = ?`).get(id) as Record<string, unknown> | undefined;
    if (!row) { throw E.itemNotFound(); }
    const override = this.canOnList(list, ctx.user, P.CancelCheckout);
    const own = row.f_Author === ctx.user.id;
    if (Number(list.props.ReadSecurity ?? 1) === 2 && !override && !own) { throw E.itemNotFound(); }
    const etag = `"${row.version}"`;
    const checkWrite = (bit: number): void => {
      this.demandOnList(list, ctx.user, bit);
      if (Number(list.props.WriteSecurity ?? 1) === 2 && !override && !own) { throw E.accessDenied(); }
      if (Number(list.props.WriteSecurity ?? 1) === 4 && !override) { throw E.accessDenied(); }
      const m = req.headers['if-match'];
      if (m && m !== '*' && m !== etag) { throw E.etagMismatch(m, etag); }
    };
    if (rest.length === 0) {
      if (method === 'GET') { return this.one(ctx, this.itemJson(list, fields, row, ctx, q.get('$select'), q.get('$expand')), 200, { ETag: etag }); }
      if (method === 'MERGE') {
        checkWrite(P.EditListItems);
        const cols = this.toColumns(list, fields, parseBody(req.body));
        const now = nowIso();
        const sets = ['version = version + 1', '"f_Modified" = ?', '"f_Editor" = ?'];
        const values: unknown[] = [now, ctx.user.id];
        for (const [f, v] of cols) { sets.push(`${colOf(f)} = ?`); values.push(v); }
        const version = this.writeWithUnique(list, fields, () => this.db.transaction(() => {
          const info = this.db.prepare(`UPDATE items_${list.no} SET ${sets.join(', ')} WHERE Id = ? AND version = ?`).run(...values, id, row.version);
          if (info.changes !== 1) { throw E.etagMismatch(req.headers['if-match'] ?? '*', etag); }
          this.db.prepare('UPDATE lists SET modified = ? WHERE no = ?').run(now, list.no);
          return (row.version as number) + 1;
        })());
        return { status: 204, headers: { ETag: `"${version}"` } };
      }
      if (method === 'DELETE') {
        checkWrite(P.DeleteListItems);
        this.db.prepare(`DELETE FROM items_${list.no} WHERE Id = ?`).run(id);
        return { status: 200, headers: {} };
      }
    }
    const s = rest[0];
    if (s.lname === 'recycle' && method === 'POST') {
      checkWrite(P.DeleteListItems);
      this.db.prepare(`DELETE FROM items_${list.no} WHERE Id = ?`).run(id);
      return this.property(ctx, 'Recycle', crypto.randomUUID(), 'Edm.Guid');
    }
    if ((s.lname === 'effectivebasepermissions' || s.lname === 'effectivebasepermissionsforui') && method === 'GET') {
      const p = this.listPermissions(list, ctx.user);
      let low = p.low;
      if (!override && !own && Number(list.props.WriteSecurity ?? 1) === 2) { low = low & ~(P.EditListItems | P.DeleteListItems); }
      return this.property(ctx, 'EffectiveBasePermissions', this.perms(ctx, p.high, low >>> 0), 'SP.BasePermissions');
    }
    throw E.notSupported(`item/${s.name} ${method}`);
  }

  // ------------------------------------------------------------------ test hooks
  /** Inserts rows straight into a list (tests and bench). Values are REST-style (field internal names; user fields as <Name>Id). */
  public bulkInsert(listTitle: string, rows: Record<string, unknown>[], authorLogin?: string): void {
    const list = this.listByTitle(listTitle);
    if (!list) { throw new Error(`No list ${listTitle}`); }
    const fields = this.fieldsOf(list);
    const author = authorLogin ? this.userByLogin(authorLogin) : undefined;
    const authorId = author?.id ?? (this.db.prepare("SELECT min(id) id FROM principals WHERE kind='user'").get() as { id: number }).id;
    const now = nowIso();
    const stmts = new Map<string, Database_Statement>();
    this.writeWithUnique(list, fields, () => this.db.transaction(() => {
      for (const row of rows) {
        // Only this hook may backdate Created/Modified (demo history, as a migration tool would); REST never can.
        const { Created: created, Modified: modified, ...r } = row;
        const cols = this.toColumns(list, fields, r);
        const createdAt = typeof created === 'string' ? new Date(created).toISOString().replace(/\.\d{3}Z$/, 'Z') : now;
        const modifiedAt = typeof modified === 'string' ? new Date(modified).toISOString() : createdAt;
        const names = ['version', 'guid', '"f_Created"', '"f_Modified"', '"f_Author"', '"f_Editor"'];
        const values: unknown[] = [1, crypto.randomUUID(), createdAt, modifiedAt, authorId, authorId];
        for (const [f, v] of cols) { names.push(colOf(f)); values.push(v); }
        const sql = `INSERT INTO items_${list.no}(${names.join(',')}) VALUES (${names.map(() => '?').join(',')})`;
        let st = stmts.get(sql);
        if (!st) { st = this.db.prepare(sql); stmts.set(sql, st); }
        (st as unknown as { run(...a: unknown[]): unknown }).run(...values);
      }
    })());
  }
}

type Database_Statement = ReturnType<Db['prepare']>;
