/** Field types: SharePoint's FieldTypeKind numbers, SP.Field* classes and display names, and the SQLite column type of each. */

export const TYPE_KIND: Record<string, number> = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  MultiChoice: 15,
  User: 20,
  UserMulti: 20
};
export const KIND_TYPE: Record<number, string> = {
  1: 'Integer',
  2: 'Text',
  3: 'Note',
  4: 'DateTime',
  6: 'Choice',
  8: 'Boolean',
  9: 'Number',
  10: 'Currency',
  15: 'MultiChoice',
  20: 'User'
};
export const TYPE_CLASS: Record<string, string> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  Number: 'SP.FieldNumber',
  Integer: 'SP.FieldNumber',
  Currency: 'SP.FieldCurrency',
  DateTime: 'SP.FieldDateTime',
  Boolean: 'SP.Field',
  User: 'SP.FieldUser',
  Counter: 'SP.Field'
};
export const TYPE_DISPLAY: Record<string, string> = {
  Text: 'Single line of text',
  Note: 'Multiple lines of text',
  Choice: 'Choice',
  MultiChoice: 'Choice',
  Number: 'Number',
  Integer: 'Integer',
  Currency: 'Currency',
  DateTime: 'Date and Time',
  Boolean: 'Yes/No',
  User: 'Person or Group',
  Counter: 'Counter'
};

/** SQLite column type of a field type: text compares case-insensitively, as SharePoint does. */
export function sqlTypeOf(type: string): string {
  return type === 'Text' || type === 'Note' || type === 'Choice' || type === 'MultiChoice'
    ? 'TEXT COLLATE NOCASE'
    : type === 'DateTime'
      ? 'TEXT'
      : type === 'Number' || type === 'Currency'
        ? 'REAL'
        : 'INTEGER';
}

/** SharePoint's encoding of a display name into an internal name: anything but [A-Za-z0-9_] becomes _xHHHH_. */
export function encodeInternalName(title: string): string {
  let out = '';
  for (const ch of title) {
    out += /[A-Za-z0-9_]/.test(ch) ? ch : '_x' + ch.charCodeAt(0).toString(16).padStart(4, '0') + '_';
  }
  return out.slice(0, 32);
}

/**
 * SP.Field (and subtype) properties the local SharePoint models: a create or update naming anything else is
 * SharePoint's 400 "The property 'X' does not exist on type 'SP.FieldText'…", never quietly stored.
 */
export const FIELD_PROPS = new Set([
  'CanBeDeleted',
  'DefaultValue',
  'Description',
  'Direction',
  'EnforceUniqueValues',
  'EntityPropertyName',
  'Filterable',
  'FromBaseType',
  'Group',
  'Hidden',
  'Id',
  'Indexed',
  'InternalName',
  'ReadOnlyField',
  'Required',
  'Sortable',
  'StaticName',
  'Title',
  'FieldTypeKind',
  'TypeAsString',
  'TypeDisplayName',
  'TypeShortDescription',
  'SchemaXml',
  'MaxLength',
  'NumberOfLines',
  'RichText',
  'AppendOnly',
  'Choices',
  'FillInChoice',
  'EditFormat',
  'MinimumValue',
  'MaximumValue',
  'DisplayFormat',
  'DateTimeCalendarType',
  'FriendlyDisplayFormat',
  'AllowMultipleValues',
  'SelectionMode',
  'LookupField',
  'LookupList',
  // SP.Field* properties SharePoint has and PnPjs's add helpers send, stored but not acted on here.
  'AllowHyperlink',
  'AutoIndexed',
  'ClientSideComponentId',
  'ClientSideComponentProperties',
  'CurrencyLocaleId',
  'CustomFormatter',
  'DateFormat',
  'DefaultFormula',
  'Formula',
  'IndexStatus',
  'IsCompactName',
  'JSLink',
  'OutputType',
  'PinnedToFiltersPane',
  'Presence',
  'RestrictedMode',
  'Scope',
  'Sealed',
  'SelectionGroup',
  'ShowAsPercentage',
  'ShowInFiltersPane',
  'UnlimitedLengthInDocumentLibrary',
  'ValidationFormula',
  'ValidationMessage',
  'CommaSeparator',
  'AllowDisplay'
]);
