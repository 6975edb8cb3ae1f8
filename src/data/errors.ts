/**
 * Errors of the data layer, classified; the words people see for them are src/shared/text/errorText.ts.
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
    super(step + ' failed');
    this.step = step;
    this.cause = cause;
  }
}

/** True for PnPjs HttpRequestError (and anything shaped like it). */
export function isHttpError(err: unknown): err is IHttpErrorLike {
  return (
    !!err &&
    typeof err === 'object' &&
    (err as IHttpErrorLike).isHttpRequestError === true &&
    typeof (err as IHttpErrorLike).status === 'number'
  );
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
