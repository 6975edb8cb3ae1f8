/**
 * Column names SharePoint gives every list, and the RequestKey column every list of work items carries. The
 * per-list constants (`EnquiryFields`, ...) repeat the ones their list uses, so a store names one object.
 */
export const CommonFields = {
  /** Item id, as `$select` and `$filter` spell it. */
  Id: 'Id',
  /** Item id, as `$orderby` spells it on list items. */
  ID: 'ID',
  /** The built-in Title column. */
  Title: 'Title',
  /** Created (server time). */
  Created: 'Created',
  /** Last modified (server time). */
  Modified: 'Modified',
  /** Who last changed the item (User). */
  Editor: 'Editor',
  /** Who created the item (User). */
  Author: 'Author',
  /** The client-made id that makes a retried create land once. */
  RequestKey: 'RequestKey'
} as const;

/** Properties of an expanded User column that the stores read (`Assignee/Title`). */
export const UserProps = {
  /** Display name. */
  Title: 'Title',
  /** Mail address. */
  EMail: 'EMail'
} as const;

/** `Column/Property` for `$select` on an expanded lookup or User column. */
export function expanded(column: string, property: string): string {
  return column + '/' + property;
}
