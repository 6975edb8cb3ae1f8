/**
 * Where references given are stored: since schema version 5 in the `ReferencesList` Note column, before that in the
 * 255-character `ReferencesGiven` Text column (why a new column rather than a type change: src/data/schema.ts,
 * referencesListField). The app writes only the new column and reads the old one when the new one is empty, so an
 * upgraded site shows every answer given before the upgrade without rewriting a single item.
 */

/** The read-only mapping prop of the older column (never written: no patch carries it). */
export const LEGACY_REFERENCES_PROP: string = 'referencesGivenBeforeV5';

/** The references an item holds: the Note column's, else the older Text column's, else ''. */
export function referencesOf(v: { [prop: string]: unknown }): string {
  const current: unknown = v.referencesGiven;
  const legacy: unknown = v[LEGACY_REFERENCES_PROP];
  delete v[LEGACY_REFERENCES_PROP];
  return (typeof current === 'string' && current) || (typeof legacy === 'string' && legacy) || '';
}
