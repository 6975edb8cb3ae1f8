import { SPFI, spPostMerge } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { IField, IFields } from '@pnp/sp/fields';
import { body, headers } from '@pnp/queryable';
import { FieldType, IFieldDefinition } from '../schema';

/** SharePoint's OData entity type for each schema field type (used on verbose MERGE bodies). */
const ENTITY_TYPE: { [t in FieldType]: string } = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  Number: 'SP.FieldNumber',
  DateTime: 'SP.FieldDateTime',
  Boolean: 'SP.Field',
  User: 'SP.FieldUser'
};

/** SharePoint TypeAsString values each schema type may show up as. */
export const TYPE_AS_STRING: { [t in FieldType]: ReadonlyArray<string> } = {
  Text: ['Text'],
  Note: ['Note'],
  Choice: ['Choice'],
  MultiChoice: ['MultiChoice'],
  Number: ['Number', 'Integer'],
  DateTime: ['DateTime'],
  Boolean: ['Boolean'],
  User: ['User', 'UserMulti']
};

/** DateTimeFieldFormatType.DateTime: dates keep their time. */
const DATE_AND_TIME: number = 1;
/** FieldUserSelectionMode.PeopleOnly. */
const PEOPLE_ONLY: number = 0;

function fieldsOf(sp: SPFI, listTitle: string): IFields {
  return sp.web.lists.getByTitle(listTitle).fields;
}

/**
 * Creates one column. Indexed is set at creation; uniqueness is set afterwards by {@link updateField}
 * because SharePoint requires the index to exist before it enforces unique values.
 */
export async function createField(sp: SPFI, listTitle: string, f: IFieldDefinition): Promise<void> {
  const fields: IFields = fieldsOf(sp, listTitle);
  const common: { Required: boolean; Indexed: boolean; Description: string } = {
    Required: !!f.required,
    Indexed: !!(f.indexed || f.unique),
    Description: f.description || ''
  };
  const name: string = f.internalName;
  switch (f.type) {
    case 'Text':
      await fields.addText(name, { ...common, MaxLength: f.maxLength || 255 });
      break;
    case 'Note':
      await fields.addMultilineText(name, {
        ...common,
        RichText: false,
        AllowHyperlink: false,
        AppendOnly: false,
        NumberOfLines: 6
      });
      break;
    case 'Choice':
      await fields.addChoice(name, { ...common, Choices: (f.choices || []).slice(), FillInChoice: false });
      break;
    case 'MultiChoice':
      await fields.addMultiChoice(name, { ...common, Choices: (f.choices || []).slice(), FillInChoice: false });
      break;
    case 'Number':
      await fields.addNumber(name, common);
      break;
    case 'DateTime':
      await fields.addDateTime(name, { ...common, DisplayFormat: DATE_AND_TIME });
      break;
    case 'Boolean':
      await fields.addBoolean(name, common);
      break;
    case 'User':
      await fields.addUser(name, { ...common, SelectionMode: PEOPLE_ONLY });
      break;
    default:
      throw new Error('Unknown field type ' + String(f.type));
  }
}

/** Properties {@link updateField} can change on an existing column. */
export interface IFieldPatch {
  /** Set the index. */
  Indexed?: boolean;
  /** Enforce unique values (the column must be indexed). */
  EnforceUniqueValues?: boolean;
  /** The complete new choice list (existing choices first). */
  Choices?: string[];
}

/** Changes an existing column with a verbose MERGE, the body shape SharePoint documents for fields. */
export async function updateField(sp: SPFI, listTitle: string, f: IFieldDefinition, patch: IFieldPatch): Promise<void> {
  const field: IField = fieldsOf(sp, listTitle).getByInternalNameOrTitle(f.internalName);
  const props: { [key: string]: unknown } = { __metadata: { type: ENTITY_TYPE[f.type] } };
  if (patch.Indexed !== undefined) {
    props.Indexed = patch.Indexed;
  }
  if (patch.EnforceUniqueValues !== undefined) {
    props.EnforceUniqueValues = patch.EnforceUniqueValues;
  }
  if (patch.Choices !== undefined) {
    props.Choices = { results: patch.Choices };
  }
  await spPostMerge(
    field,
    body(
      props,
      headers({
        Accept: 'application/json;odata=verbose',
        'Content-Type': 'application/json;odata=verbose'
      })
    )
  );
}
