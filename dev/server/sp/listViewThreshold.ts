/** The list view threshold SharePoint Online applies to queries on a list past 5,000 items. */
import * as E from '../errors';
import { filterSql, member } from './filterSql';
import { FilterNode, indexSeeks } from './odataFilter';
import type { SiteContext } from './siteContext';
import type { IField, IList } from './types';

export const LIST_VIEW_THRESHOLD = 5000;

/**
 * The list view threshold, the way SharePoint Online applies it to a list past 5,000 items: every $orderby column
 * must be indexed, and the filter must be served by an index: its leftmost clause (every branch's, for an `or`)
 * on an indexed column, and those clauses together matching at most 5,000 items. Otherwise HTTP 500
 * SPQueryThrottledException. No filter at all is fine: SharePoint pages the list by ID.
 */
export function checkThreshold(
  site: SiteContext,
  list: IList,
  fields: IField[],
  node: FilterNode | undefined,
  order: { sql: string; field?: IField }[]
): void {
  for (const o of order) {
    if (o.sql !== 'Id' && !o.field?.indexed) {
      throw E.throttled();
    }
  }
  if (!node) {
    return;
  }
  const seeks = indexSeeks(node);
  if (!seeks) {
    throw E.throttled();
  }
  const params: unknown[] = [];
  const parts = seeks.map((leaf) => {
    const m = member(fields, leaf.field);
    if ((m.sql !== 'Id' && !m.field?.indexed) || m.type === 'UserSub') {
      throw E.throttled();
    }
    return filterSql(fields, leaf, params);
  });
  const sql = `SELECT count(*) c FROM (SELECT 1 FROM items_${list.no} WHERE ${parts.join(' OR ')} LIMIT ${LIST_VIEW_THRESHOLD + 1})`;
  if ((site.db.prepare(sql).get(...params) as { c: number }).c > LIST_VIEW_THRESHOLD) {
    throw E.throttled();
  }
}
