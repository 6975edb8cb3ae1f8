/** Reads lists and their fields (the `lists` and `fields` tables) and counts a list's items. */
import type { Db } from '../db';
import type { IField, IFieldRow, IList, IListRow } from './types';

/** Entity type name of a list's items, e.g. `SP.Data.QOL_x0020_ChecksListItem`. */
export function itemTypeOf(list: IList): string {
  return 'SP.Data.' + list.urlName.replace(/_/g, '_x005f_').replace(/ /g, '_x0020_') + 'ListItem';
}

export function toList(r: IListRow): IList {
  return {
    no: r.no,
    id: r.id,
    title: r.title,
    urlName: r.url_name,
    props: JSON.parse(r.props),
    created: r.created,
    modified: r.modified,
    uniquePerms: r.unique_perms === 1
  };
}

export class ListStore {
  public constructor(private readonly db: Db) {}

  public all(): IList[] {
    return (this.db.prepare('SELECT * FROM lists ORDER BY no').all() as IListRow[]).map(toList);
  }

  public byTitle(title: string): IList | undefined {
    const r = this.db.prepare('SELECT * FROM lists WHERE title = ? COLLATE NOCASE').get(title) as IListRow | undefined;
    return r ? toList(r) : undefined;
  }

  /** By Id, with or without braces. */
  public byId(id: string): IList | undefined {
    const r = this.db.prepare('SELECT * FROM lists WHERE id = ? COLLATE NOCASE').get(id.replace(/[{}]/g, '')) as
      IListRow | undefined;
    return r ? toList(r) : undefined;
  }

  /** By the last segment of its URL, e.g. `Enquiries` of /sites/boutique/Lists/Enquiries. */
  public byUrlName(name: string): IList | undefined {
    const r = this.db.prepare('SELECT * FROM lists WHERE url_name = ? COLLATE NOCASE').get(name) as
      IListRow | undefined;
    return r ? toList(r) : undefined;
  }

  /** The Id of a list by its row number ('' when gone). */
  public idByNo(no: number): string {
    return (this.db.prepare('SELECT id FROM lists WHERE no = ?').get(no) as { id: string } | undefined)?.id ?? '';
  }

  public itemCount(list: IList): number {
    return (this.db.prepare(`SELECT count(*) c FROM items_${list.no}`).get() as { c: number }).c;
  }

  /** A list's fields, built-in first, in creation order. */
  public fieldsOf(list: IList): IField[] {
    const rows = this.db.prepare('SELECT * FROM fields WHERE list_no = ? ORDER BY sort').all(list.no) as IFieldRow[];
    return rows.map((r) => {
      const p = JSON.parse(r.props) as Record<string, unknown>;
      return {
        listNo: r.list_no,
        internalName: r.internal_name,
        id: r.id,
        type: r.type,
        sort: r.sort,
        props: p,
        title: String(p.Title ?? r.internal_name),
        indexed: p.Indexed === true,
        unique: p.EnforceUniqueValues === true,
        required: p.Required === true,
        maxLength: typeof p.MaxLength === 'number' ? p.MaxLength : undefined,
        choices: Array.isArray(p.Choices) ? (p.Choices as string[]) : undefined,
        builtin: p.builtin === true
      };
    });
  }
}
