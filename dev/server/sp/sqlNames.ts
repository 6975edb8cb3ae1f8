/** SQL names of the item tables: each list's items live in `items_<listNo>`, one column `f_<InternalName>` per field. */
import type { IField } from './types';

export function quoteIdent(s: string): string {
  return '"' + s.replace(/"/g, '""') + '"';
}

export function colOf(f: IField): string {
  return quoteIdent('f_' + f.internalName);
}
