/**
 * SharePoint-shaped errors: HTTP status + the `code` and message SharePoint Online puts in `odata.error`. Every error
 * the local SharePoint answers with is made here, so its wording is in one place.
 */
export class SpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

const UNAUTHORIZED = '-2147024891, System.UnauthorizedAccessException';
const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';
const ARGUMENT_EXCEPTION = '-2147024809, System.ArgumentException';
const DUPLICATE_VALUES = '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException';

// ------------------------------------------------------------------ access and request
export const ACCESS_DENIED =
  'Access denied. You do not have permission to perform this action or access this resource.';

export const accessDenied = (): SpError => new SpError(403, UNAUTHORIZED, ACCESS_DENIED);

export const notAuthenticated = (): SpError =>
  new SpError(
    401,
    UNAUTHORIZED,
    'Access denied. No user: send the X-Local-User header or the localUser cookie with a persona login (see /_local/personas).'
  );

export const badDigest = (): SpError =>
  new SpError(
    403,
    '-2130575251, System.Runtime.InteropServices.COMException',
    "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
  );

/** The throttling SharePoint Online (429, 503) or its gateway (504) answers with; see the throttle rules of /_local/throttle. */
export const requestThrottled = (status: 429 | 503 | 504): SpError =>
  new SpError(
    status,
    status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-1, System.Web.HttpException',
    status === 429
      ? 'The request has been throttled. Please retry after the time in the Retry-After header.'
      : status === 503
        ? 'The service is temporarily unavailable. Please retry after the time in the Retry-After header.'
        : 'The gateway timed out.'
  );

/** Anything the local SharePoint did not expect (a bug in it, or a malformed $batch). */
export const unexpected = (message: string): SpError =>
  new SpError(500, '-2146233088, System.InvalidOperationException', message);

export const notSupported = (what: string): SpError =>
  new SpError(400, INVALID_QUERY, `The local SharePoint does not implement ${what}.`);

/** A method the addressed resource does not take, e.g. DELETE on the web or POST on one list. */
export const methodNotAllowed = (method: string, typeName: string): SpError =>
  new SpError(
    405,
    '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The HTTP method '${method}' cannot be used to access the resource '${typeName}'.`
  );

export const invalidBatchPart = (): SpError => new SpError(400, INVALID_QUERY, 'Invalid request in batch.');

export const missingArgument = (segment: string): SpError =>
  new SpError(400, INVALID_QUERY, `Missing argument for '${segment}'.`);

export const invalidJson = (): SpError =>
  new SpError(400, INVALID_QUERY, 'Invalid JSON. A token was not recognized in the JSON content.');

/** A required value left empty, e.g. the Title of a new list, field or group. */
export const valueCannotBeNull = (parameter: string): SpError =>
  new SpError(400, ARGUMENT_EXCEPTION, `Value cannot be null.\r\nParameter name: ${parameter}`);

// ------------------------------------------------------------------ principals and permission levels
export const userNotFound = (): SpError => new SpError(404, SP_EXCEPTION, 'User cannot be found.');

export const specifiedUserNotFound = (login: string): SpError =>
  new SpError(404, SP_EXCEPTION, `The specified user ${login} could not be found.`);

/** An unknown user: 404 when adding a group member, 400 as the value of a person field. */
export const userNotUnique = (status: 400 | 404): SpError =>
  new SpError(status, SP_EXCEPTION, 'The user does not exist or is not unique.');

export const groupNotFound = (): SpError => new SpError(404, SP_EXCEPTION, 'Group cannot be found.');

/** A new group or permission level named like an existing one. */
export const nameInUse = (): SpError =>
  new SpError(
    500,
    '-2130575293, Microsoft.SharePoint.SPException',
    'The specified name is already in use.\n\nPlease try again with a new name.'
  );

export const permissionLevelNotFound = (): SpError =>
  new SpError(404, SP_EXCEPTION, 'Permission level cannot be found.');

/** `roleassignments/getbyprincipalid(n)` for a principal with no assignment in the scope. */
export const assignmentNotFound = (principalId: number): SpError =>
  new SpError(404, SP_EXCEPTION, 'Can not find the principal with id: ' + principalId + '.');

/** add/removeroleassignment naming a principal that does not exist. */
export const principalNotFound = (principalId: number): SpError =>
  new SpError(400, SP_EXCEPTION, 'Cannot find principal with id: ' + principalId);

/** Changing role assignments of an object that still inherits them (break inheritance first). */
export const inheritsPermissions = (): SpError =>
  new SpError(400, SP_EXCEPTION, 'This operation is not allowed on an object that inherits permissions.');

// ------------------------------------------------------------------ lists
export const listNotFound = (title: string, webUrl: string): SpError =>
  new SpError(
    404,
    '-2130575322, System.ArgumentException',
    `List '${title}' does not exist at site with URL '${webUrl}'.`
  );

/** `lists(guid'…')` / `lists/getbyid` for a list that does not exist (or that the user may not see). */
export const listIdNotFound = (): SpError =>
  new SpError(
    404,
    '-1, System.ArgumentException',
    'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'
  );

/** `web/getlist('…')` for a URL with no list. */
export const fileNotFound = (): SpError =>
  new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');

/** A folder's AddUsingPath with Overwrite=false where the folder is already there. */
export const folderExists = (url: string): SpError =>
  new SpError(
    400,
    '-2130245363, Microsoft.SharePoint.SPException',
    `A file or folder with the name ${url} already exists.`
  );

export const listTitleInUse = (): SpError =>
  new SpError(
    500,
    '-2130575342, Microsoft.SharePoint.SPException',
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
  );

/** A list title past 255 characters. SharePoint's wording is not documented; its ArgumentException code is used. */
export const listTitleTooLong = (max: number): SpError =>
  new SpError(
    400,
    ARGUMENT_EXCEPTION,
    `The title of a list cannot be longer than ${max} characters.\r\nParameter name: Title`
  );

export const viewNotFound = (): SpError =>
  new SpError(404, '-2147024809, System.ArgumentException', 'The specified view is invalid.');

export const invalidArgument = (parameter: string): SpError =>
  new SpError(
    400,
    ARGUMENT_EXCEPTION,
    `Value does not fall within the expected range.\r\nParameter name: ${parameter}`
  );

// ------------------------------------------------------------------ fields
export const fieldNotFound = (name: string, listUrlName: string): SpError =>
  new SpError(
    404,
    ARGUMENT_EXCEPTION,
    `Column '${name}' does not exist. It may have been deleted by another user.  /sites/boutique/Lists/${listUrlName}`
  );

export const cannotDeleteBuiltinField = (): SpError =>
  new SpError(500, SP_EXCEPTION, 'You cannot delete a hidden column.');

export const invalidFieldSchema = (): SpError => new SpError(400, SP_EXCEPTION, 'Invalid field schema XML.');

export const duplicateFieldName = (internalName: string): SpError =>
  new SpError(
    500,
    '-2130575245, Microsoft.SharePoint.SPException',
    `A duplicate field name "${internalName}" was found.`
  );

export const textLengthOutOfRange = (): SpError =>
  new SpError(400, SP_EXCEPTION, 'The maximum length of a single line of text column must be between 1 and 255.');

export const uniqueNeedsIndex = (): SpError =>
  new SpError(
    400,
    '-2130575135, Microsoft.SharePoint.SPException',
    'This field must be indexed to enforce unique values.'
  );

export const uniqueNotSupported = (): SpError =>
  new SpError(400, SP_EXCEPTION, 'The field cannot enforce unique values: its type does not support it.');

export const indexNotSupported = (internalName: string): SpError =>
  new SpError(400, SP_EXCEPTION, `The column '${internalName}' cannot be indexed: its type does not support indexing.`);

export const tooManyIndexes = (internalName: string, max: number): SpError =>
  new SpError(
    400,
    '-2130575162, Microsoft.SharePoint.SPException',
    `Cannot index the column '${internalName}': the list already has the maximum of ${max} indexed columns.`
  );

/**
 * A unique column on a list with item-level permissions (ReadSecurity 2), either way round. Microsoft, "Enforcing
 * Uniqueness in Column Values" (SharePoint Foundation 2010, still true in SharePoint Online): unique column
 * constraints are not allowed with item-level permissions. The exact wording and status SharePoint answers with
 * are not documented: this is SharePoint's SPException code with the documented rule as the message (README).
 */
export const uniqueWithItemLevelPermissions = (): SpError =>
  new SpError(
    400,
    SP_EXCEPTION,
    'A column that enforces unique values is not allowed on a list that has item-level permissions (users read only their own items).'
  );

/** Turning on EnforceUniqueValues for a column whose items already repeat a value. */
export const fieldHasDuplicates = (): SpError =>
  new SpError(
    500,
    DUPLICATE_VALUES,
    'This field contains duplicate values. Remove all duplicate values and try the operation again.'
  );

// ------------------------------------------------------------------ items and queries
export const itemNotFound = (): SpError =>
  new SpError(
    404,
    '-2130575338, Microsoft.SharePoint.SPException',
    'Item does not exist. It may have been deleted by another user.'
  );

export const throttled = (): SpError =>
  new SpError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.'
  );

export const filterSyntax = (message: string): SpError => new SpError(400, INVALID_QUERY, message);

export const notADate = (expression: string, value: string): SpError =>
  new SpError(400, INVALID_QUERY, `The expression "${expression}" is not valid: '${value}' is not a date.`);

export const invalidExpression = (expression: string): SpError =>
  new SpError(400, INVALID_QUERY, `The expression "${expression}" is not valid.`);

export const multiChoiceOperator = (op: string): SpError =>
  new SpError(400, INVALID_QUERY, `The operator '${op}' is not supported on a multi-choice field.`);

export const cannotOrderBy = (name: string, type: string): SpError =>
  new SpError(
    400,
    INVALID_QUERY,
    `The field '${name}' of type '${type}' cannot be used in the query filter expression.`
  );

/** `$select=Author/Title` without `$expand=Author`. */
export const expandRequired = (field: string): SpError =>
  new SpError(
    400,
    '-1, Microsoft.SharePoint.SPException',
    `The query to field '${field}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field}.`
  );

export const noSuchProperty = (name: string, typeName: string): SpError =>
  new SpError(
    400,
    INVALID_QUERY,
    `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
  );

export const noSuchFieldOrProperty = (name: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`);

export const noSuchColumn = (name: string): SpError =>
  new SpError(400, SP_EXCEPTION, `Column '${name}' does not exist. It may have been deleted by another user.`);

/** A JSON object or array where a text value was expected. */
export const unresolvedType = (typeName: string): SpError =>
  new SpError(
    400,
    INVALID_QUERY,
    `A type named '${typeName}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`
  );

/** A value that does not convert to the field's type, e.g. 'Edm.Double', 'Edm.Boolean', 'Edm.DateTime'. */
export const cannotConvert = (edmType: string): SpError =>
  new SpError(400, INVALID_QUERY, `Cannot convert a primitive value to the expected type '${edmType}'.`);

export const etagMismatch = (sent: string, actual: string): SpError =>
  new SpError(
    412,
    '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`
  );

export const duplicateValues = (fields: string[]): SpError =>
  new SpError(
    500,
    DUPLICATE_VALUES,
    `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fields.join(', ')}].`
  );

export const tooLong = (field: string, max: number): SpError =>
  new SpError(
    400,
    '-2130575155, Microsoft.SharePoint.SPFieldValidationException',
    `The value of the field '${field}' exceeds the maximum length of ${max} characters.`
  );

/** Body of an error the way SharePoint sends it for the requested metadata level. */
export function errorBody(e: SpError, verbose: boolean): string {
  const inner = { code: e.code, message: { lang: 'en-US', value: e.message } };
  return JSON.stringify(verbose ? { error: inner } : { 'odata.error': inner });
}

/**
 * A change token that is not this list's, or not a change token at all (SPChangeQuery: "SPInvalidChangeTokenException
 * … if the change token is invalid", https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee536137(v=office.15)).
 */
export const invalidChangeToken = (): SpError =>
  new SpError(
    400,
    // The HRESULT is not documented: clients must not depend on it (the app re-reads on any failed getChanges).
    '-1, Microsoft.SharePoint.SPInvalidChangeTokenException',
    'The change token is invalid or refers to another object.'
  );
