/**
 * Errors of the data layer and the plain words people see for them.
 *
 * PnPjs rejects with `HttpRequestError` (`isHttpRequestError`, `status`, and a message that ends with the
 * response body after `::>`). SharePoint puts its own message in `odata.error.message.value` (or
 * `error.message.value` in verbose mode); Graph in `error.message`.
 */

/** The fields of PnPjs's HttpRequestError this module reads (kept structural so no class import is needed). */
export interface IHttpErrorLike {
  /** Always true on PnPjs HttpRequestError. */
  isHttpRequestError: boolean;
  /** HTTP status. */
  status: number;
  /** HTTP status text. */
  statusText?: string;
  /** `Error making HttpClient request in queryable [status] text ::> body`. */
  message: string;
}

/** Thrown when an update lost an ETag race (HTTP 412): someone else changed the item first. */
export class ConflictError extends Error {
  /** Marker that survives transpilation to ES5 (where `instanceof` on Error subclasses is unreliable). */
  public readonly isConflictError: boolean = true;
  /** Display name of whoever changed the item last, when known. */
  public readonly editorTitle: string | undefined;
  /** When it was last changed, when known. */
  public readonly modified: Date | undefined;
  /** What was being changed, e.g. `enquiry` or `escalation`. */
  public readonly what: string;

  public constructor(what: string, editorTitle: string | undefined, modified: Date | undefined) {
    super('Someone else changed this ' + what + (editorTitle ? ': ' + editorTitle : ''));
    this.what = what;
    this.editorTitle = editorTitle;
    this.modified = modified;
  }
}

/** Thrown by `ensureSite` with the step that failed; `cause` is the original error. */
export class ProvisioningError extends Error {
  /** Marker that survives transpilation to ES5. */
  public readonly isProvisioningError: boolean = true;
  /** The progress label of the step that failed, e.g. `Adding field Enquiries.RequestKey`. */
  public readonly step: string;
  /** The original error. */
  public readonly cause: unknown;

  public constructor(step: string, cause: unknown) {
    super(step + ' failed: ' + toUserMessage(cause));
    this.step = step;
    this.cause = cause;
  }
}

/** True for PnPjs HttpRequestError (and anything shaped like it). */
export function isHttpError(err: unknown): err is IHttpErrorLike {
  return !!err && typeof err === 'object' && (err as IHttpErrorLike).isHttpRequestError === true &&
    typeof (err as IHttpErrorLike).status === 'number';
}

/** True for {@link ConflictError}. */
export function isConflictError(err: unknown): err is ConflictError {
  return !!err && typeof err === 'object' && (err as ConflictError).isConflictError === true;
}

/** True for {@link ProvisioningError}. */
export function isProvisioningError(err: unknown): err is ProvisioningError {
  return !!err && typeof err === 'object' && (err as ProvisioningError).isProvisioningError === true;
}

/** HTTP status of an error, or `undefined` when it is not an HTTP error. */
export function httpStatus(err: unknown): number | undefined {
  if (isHttpError(err)) {
    return err.status;
  }
  if (isProvisioningError(err)) {
    return httpStatus(err.cause);
  }
  return undefined;
}

interface IODataErrorBody {
  'odata.error'?: { code?: string; message?: { value?: string } };
  error?: { code?: string; message?: { value?: string } | string };
}

/** The server's own error code and message out of an HttpRequestError, when it sent JSON. */
export function serverError(err: unknown): { code: string; message: string } {
  if (!isHttpError(err)) {
    return { code: '', message: err instanceof Error ? err.message : String(err) };
  }
  const at: number = err.message.indexOf('::>');
  const text: string = at >= 0 ? err.message.substring(at + 3).trim() : '';
  try {
    const body: IODataErrorBody = JSON.parse(text) as IODataErrorBody;
    const e: IODataErrorBody['error'] = body['odata.error'] || body.error;
    if (e) {
      const m: { value?: string } | string | undefined = e.message;
      return { code: e.code || '', message: typeof m === 'string' ? m : (m && m.value) || '' };
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return { code: '', message: text };
}

/** True when SharePoint refused a write because a unique column already holds the value. */
export function isDuplicateValueError(err: unknown): boolean {
  if (!isHttpError(err)) {
    return false;
  }
  const e: { code: string; message: string } = serverError(err);
  return /SPDuplicateValuesFoundException|duplicate value/i.test(e.code + ' ' + e.message);
}

/** True when SharePoint refused a query because of the list view threshold. */
export function isThresholdError(err: unknown): boolean {
  if (!isHttpError(err)) {
    return false;
  }
  const e: { code: string; message: string } = serverError(err);
  return /SPQueryThrottledException|-2147024860/.test(e.code + ' ' + e.message);
}

/** True for the answers after which a retry may succeed: network failure, 429, 503, 504. */
export function isTransientError(err: unknown): boolean {
  if (isHttpError(err)) {
    return err.status === 429 || err.status === 503 || err.status === 504;
  }
  // fetch rejects with a TypeError when the network is down
  return err instanceof TypeError;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** `10:04` in the viewer's local time. */
export function formatTime(d: Date): string {
  return pad2(d.getHours()) + ':' + pad2(d.getMinutes());
}

/** Plain words for any error the data layer can throw, for a MessageBar. */
export function toUserMessage(err: unknown): string {
  if (isConflictError(err)) {
    const who: string = err.editorTitle || 'someone';
    const when: string = err.modified ? ' at ' + formatTime(err.modified) : '';
    return 'Someone else changed this ' + err.what + ': ' + who + when + '. Reload it to see their change, then try again.';
  }
  if (isProvisioningError(err)) {
    return err.message;
  }
  if (!isHttpError(err)) {
    if (err instanceof TypeError) {
      return "Can't reach SharePoint — check your connection and try again.";
    }
    return err instanceof Error ? err.message : String(err);
  }
  const status: number = err.status;
  if (status === 429 || status === 503 || status === 504) {
    // PnPjs has already retried by the time this is shown: say so, and that nothing typed is lost.
    return 'SharePoint is busy right now and did not answer after several tries. Nothing you typed is lost: wait a moment and try again.';
  }
  if (status === 401 || status === 403) {
    return "You don't have permission to do that on this site. Ask a site owner if you need it.";
  }
  if (status === 404) {
    return "SharePoint couldn't find that list or item. If the site isn't set up yet, ask a site owner to open a Boutique TPS web part and choose Set up this site.";
  }
  if (status === 412) {
    return 'Someone else changed this item. Reload it to see their change, then try again.';
  }
  if (isDuplicateValueError(err)) {
    // Only a copy the user can read back is "already saved" (the stores return it); this value is held by an item
    // they cannot see, so nothing of theirs was saved.
    return 'SharePoint refused this because another item already holds the same key. Nothing of yours was saved; reload the page and try again.';
  }
  if (isThresholdError(err)) {
    return 'This list is too large to show that way. Narrow the view (for example by work type) and try again.';
  }
  const e: { code: string; message: string } = serverError(err);
  return 'SharePoint refused the request (' + status + ')' + (e.message ? ': ' + e.message : '.');
}
