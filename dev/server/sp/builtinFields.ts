/** The built-in fields of every list, as SharePoint creates them. */

/**
 * The fields every new list starts with (internal name, type, properties), with the fixed ids SharePoint gives
 * them in every list (SPBuiltInFieldId: Title is fa564e0f-0c70-4ab9-b863-0177e6ddd247 everywhere).
 */
export const BUILTIN_FIELDS: [string, string, Record<string, unknown>, string][] = [
  ['Title', 'Text', { Title: 'Title', MaxLength: 255, Required: true }, 'fa564e0f-0c70-4ab9-b863-0177e6ddd247'],
  ['ID', 'Counter', { Title: 'ID', ReadOnlyField: true }, '1d22ea11-1e32-424e-89ab-9fedbadb6ce1'],
  ['Created', 'DateTime', { Title: 'Created', ReadOnlyField: true }, '8c06beca-0777-48f7-91c7-6da68bc07b69'],
  ['Modified', 'DateTime', { Title: 'Modified', ReadOnlyField: true }, '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f'],
  ['Author', 'User', { Title: 'Created By', ReadOnlyField: true }, '1df5e554-ec7e-46a6-901d-d85a3881cb18'],
  ['Editor', 'User', { Title: 'Modified By', ReadOnlyField: true }, 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2']
];
