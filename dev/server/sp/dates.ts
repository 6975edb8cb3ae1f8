/** Dates the way SharePoint writes them: `yyyy-mm-ddThh:mm:ssZ`, no milliseconds. */

export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Normalises a date to SharePoint's `yyyy-mm-ddThh:mm:ssZ` (null when empty, undefined when not a date). */
export function normDate(v: unknown): string | null {
  if (v === null || v === undefined || v === '') {
    return null;
  }
  const d = new Date(String(v));
  if (isNaN(d.getTime())) {
    return undefined as unknown as null;
  }
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
