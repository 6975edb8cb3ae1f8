/** Reading a REST request body and the loose value forms SharePoint accepts in it. */
import * as E from '../errors';

/** The JSON body as an object; an empty body is `{}`. */
export function parseBody(body: string): Record<string, unknown> {
  if (!body || !body.trim()) {
    return {};
  }
  try {
    const o = JSON.parse(body);
    return o && typeof o === 'object' ? o : {};
  } catch {
    throw E.invalidJson();
  }
}

/** Verbose OData wraps collections as `{ results: [...] }`; minimal sends the array. */
export function unwrapResults(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as { results?: unknown }).results)) {
    return (v as { results: unknown[] }).results;
  }
  return v;
}

export function toBool(v: unknown): boolean {
  return v === true || v === 1 || v === 'true' || v === 'TRUE' || v === '1';
}
