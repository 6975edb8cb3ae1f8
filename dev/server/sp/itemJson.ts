/**
 * A list item as JSON: every field (person fields as `<Name>Id` / `<Name>StringId`), the built-in properties, and
 * `$select` / `$expand` of person fields (Author, Editor, …) the way SharePoint checks them.
 */
import * as E from '../errors';
import { itemTypeOf } from './listStore';
import { entity } from './odataJson';
import type { SiteContext } from './siteContext';
import type { ICtx, IField, IList } from './types';

/** Built-in fields the loop skips: they are sent after the others, as ID, Created, Modified, AuthorId and EditorId. */
const BUILTIN_ITEM_FIELDS = new Set(['ID', 'Created', 'Modified', 'Author', 'Editor']);

/** An expanded person field (SP.Data.UserInfoItem), with only the `subs` properties when `$select` names some. */
function userExpansion(
  site: SiteContext,
  ctx: ICtx,
  id: unknown,
  subs: string[] | undefined
): Record<string, unknown> | null {
  if (id === null || id === undefined) {
    return null;
  }
  const u = site.principals.userById(Number(id));
  if (!u) {
    return null;
  }
  const all: Record<string, unknown> = {
    Id: u.id,
    Title: u.title,
    EMail: u.email,
    Name: u.login,
    UserName: u.email,
    FirstName: u.title.split(' ')[0],
    LastName: u.title.split(' ').slice(1).join(' '),
    JobTitle: null,
    Department: null
  };
  let o: Record<string, unknown> = all;
  if (subs && subs.length && !subs.includes('*')) {
    o = {};
    for (const sname of subs) {
      const key = Object.keys(all).find((k) => k.toLowerCase() === sname.toLowerCase());
      if (!key) {
        throw E.noSuchFieldOrProperty(sname);
      }
      o[key] = all[key];
    }
  }
  return entity(ctx, 'SP.Data.UserInfoItem', `Web/SiteUserInfoList/Items(${u.id})`, o);
}

/** A folder is an item too (FileSystemObjectType 1); see folders.ts. */
function isFolderRow(site: SiteContext, list: IList, r: Record<string, unknown>): boolean {
  let stmt = FOLDER_ROW.get(site);
  if (!stmt) {
    stmt = site.db.prepare('SELECT 1 FROM item_folders WHERE list_no = ? AND item_id = ? AND is_folder = 1');
    FOLDER_ROW.set(site, stmt);
  }
  return stmt.get(list.no, r.Id) !== undefined;
}

/** One prepared statement per site: item JSON is made for every row of a page. */
const FOLDER_ROW = new WeakMap<SiteContext, { get(...params: unknown[]): unknown }>();

export function itemJson(
  site: SiteContext,
  list: IList,
  fields: IField[],
  r: Record<string, unknown>,
  ctx: ICtx,
  select: string | null,
  expand: string | null
): Record<string, unknown> {
  const etag = `"${r.version}"`;
  const full: Record<string, unknown> = {
    FileSystemObjectType: isFolderRow(site, list, r) ? 1 : 0,
    Id: r.Id,
    ServerRedirectedEmbedUri: null,
    ServerRedirectedEmbedUrl: '',
    ContentTypeId: '0x0100' + list.id.replace(/-/g, '').toUpperCase()
  };
  const userFields: IField[] = [];
  for (const f of fields) {
    if (BUILTIN_ITEM_FIELDS.has(f.internalName)) {
      continue;
    }
    const v = r[`f_${f.internalName}`];
    full[f.internalName] = undefined;
    switch (f.type) {
      case 'User':
        delete full[f.internalName];
        userFields.push(f);
        full[f.internalName + 'Id'] = v ?? null;
        full[f.internalName + 'StringId'] = v === null || v === undefined ? null : String(v);
        break;
      case 'Boolean':
        full[f.internalName] = v === null || v === undefined ? null : v === 1;
        break;
      case 'MultiChoice': {
        const arr = typeof v === 'string' ? (JSON.parse(v) as string[]) : null;
        full[f.internalName] =
          ctx.level === 'verbose'
            ? arr
              ? { __metadata: { type: 'Collection(Edm.String)' }, results: arr }
              : null
            : arr;
        break;
      }
      default:
        full[f.internalName] = v ?? null;
    }
  }
  Object.assign(full, {
    ID: r.Id,
    Modified: r.f_Modified,
    Created: r.f_Created,
    AuthorId: r.f_Author,
    EditorId: r.f_Editor,
    OData__UIVersionString: `${r.version}.0`,
    Attachments: false,
    GUID: r.guid
  });
  const expands = (expand ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const expandable = new Map<string, string>([
    ['author', 'Author'],
    ['editor', 'Editor'],
    ...userFields.map((f) => [f.internalName.toLowerCase(), f.internalName] as [string, string])
  ]);
  for (const e of expands) {
    if (!expandable.has(e.split('/')[0].toLowerCase())) {
      throw E.noSuchFieldOrProperty(e);
    }
  }
  const personId = (canon: string): unknown =>
    canon === 'Author' ? r.f_Author : canon === 'Editor' ? r.f_Editor : r[`f_${canon}`];
  let out: Record<string, unknown>;
  if (select && select.trim()) {
    const names = select
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    out = {};
    const subs = new Map<string, string[]>();
    for (const n of names) {
      if (n === '*') {
        Object.assign(out, full);
        continue;
      }
      const [head, sub] = n.split('/');
      const lh = head.toLowerCase();
      if (expandable.has(lh)) {
        const canon = expandable.get(lh)!;
        if (!expands.some((e) => e.toLowerCase() === lh)) {
          throw E.expandRequired(canon);
        }
        const arr = subs.get(canon) ?? [];
        if (sub) {
          arr.push(sub);
        }
        subs.set(canon, arr);
        continue;
      }
      const key = Object.keys(full).find((k) => k.toLowerCase() === lh);
      if (!key) {
        throw E.noSuchFieldOrProperty(head);
      }
      out[key] = full[key];
    }
    for (const [canon, arr] of subs) {
      out[canon] = userExpansion(site, ctx, personId(canon), arr);
    }
  } else {
    out = full;
    for (const e of expands) {
      const canon = expandable.get(e.toLowerCase());
      if (canon) {
        out[canon] = userExpansion(site, ctx, personId(canon), undefined);
      }
    }
  }
  return entity(ctx, itemTypeOf(list), `Web/Lists(guid'${list.id}')/Items(${r.Id})`, out, etag);
}
