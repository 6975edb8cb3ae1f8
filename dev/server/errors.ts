/** SharePoint-shaped errors: HTTP status + the `code` and message SharePoint Online puts in `odata.error`. */
export class SpError extends Error {
  public constructor(public readonly status: number, public readonly code: string, message: string,
    public readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export const ACCESS_DENIED = 'Access denied. You do not have permission to perform this action or access this resource.';

export const accessDenied = (): SpError => new SpError(403, '-2147024891, System.UnauthorizedAccessException', ACCESS_DENIED);

export const notAuthenticated = (): SpError =>
  new SpError(401, '-2147024891, System.UnauthorizedAccessException',
    'Access denied. No user: send the X-Local-User header or the localUser cookie with a persona login (see /_local/personas).');

export const badDigest = (): SpError => new SpError(403, '-2130575251, System.Runtime.InteropServices.COMException',
  "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.");

export const listNotFound = (title: string, webUrl: string): SpError => new SpError(404, '-2130575322, System.ArgumentException',
  `List '${title}' does not exist at site with URL '${webUrl}'.`);

/** Changing role assignments of an object that still inherits them (break inheritance first). */
export const inheritsPermissions = (): SpError => new SpError(400, '-2146232832, Microsoft.SharePoint.SPException',
  'This operation is not allowed on an object that inherits permissions.');

export const itemNotFound = (): SpError => new SpError(404, '-2130575338, Microsoft.SharePoint.SPException',
  'Item does not exist. It may have been deleted by another user.');

export const throttled = (): SpError => new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  'The attempted operation is prohibited because it exceeds the list view threshold.');

export const noSuchProperty = (name: string, typeName: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`);

export const noSuchFieldOrProperty = (name: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.SPException',
  `The field or property '${name}' does not exist.`);

export const noSuchColumn = (name: string): SpError => new SpError(400, '-2146232832, Microsoft.SharePoint.SPException',
  `Column '${name}' does not exist. It may have been deleted by another user.`);

export const notSupported = (what: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  `The local SharePoint does not implement ${what}.`);

export const etagMismatch = (sent: string, actual: string): SpError => new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
  `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`);

export const duplicateValues = (fields: string[]): SpError => new SpError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fields.join(', ')}].`);

export const tooLong = (field: string, max: number): SpError => new SpError(400, '-2130575155, Microsoft.SharePoint.SPFieldValidationException',
  `The value of the field '${field}' exceeds the maximum length of ${max} characters.`);

/** Body of an error the way SharePoint sends it for the requested metadata level. */
export function errorBody(e: SpError, verbose: boolean): string {
  const inner = { code: e.code, message: { lang: 'en-US', value: e.message } };
  return JSON.stringify(verbose ? { error: inner } : { 'odata.error': inner });
}
