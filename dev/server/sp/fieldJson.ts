/** A field as JSON: the SP.Field* class of its type, with the properties that type has. */
import { schemaXml } from './fieldSchemaXml';
import { TYPE_CLASS, TYPE_DISPLAY, TYPE_KIND } from './fieldTypes';
import { entity } from './odataJson';
import type { SiteContext } from './siteContext';
import type { ICtx, IField } from './types';

export function fieldJson(site: SiteContext, f: IField, ctx: ICtx): Record<string, unknown> {
  const cls = f.type === 'Boolean' ? 'SP.Field' : (TYPE_CLASS[f.type] ?? 'SP.Field');
  const p = f.props;
  const o: Record<string, unknown> = {
    CanBeDeleted: !f.builtin,
    DefaultValue: p.DefaultValue ?? null,
    Description: p.Description ?? '',
    Direction: 'none',
    EnforceUniqueValues: f.unique,
    EntityPropertyName: f.internalName,
    Filterable: true,
    FromBaseType: !!f.builtin,
    Group: p.Group ?? (f.builtin ? '_Hidden' : 'Custom Columns'),
    Hidden: p.Hidden ?? false,
    Id: f.id,
    Indexed: f.indexed,
    InternalName: f.internalName,
    ReadOnlyField: p.ReadOnlyField ?? false,
    Required: f.required,
    Sortable: f.type !== 'Note' && f.type !== 'MultiChoice',
    StaticName: f.internalName,
    Title: f.title,
    FieldTypeKind: TYPE_KIND[f.type] ?? 0,
    TypeAsString: f.type,
    TypeDisplayName: TYPE_DISPLAY[f.type] ?? f.type,
    TypeShortDescription: TYPE_DISPLAY[f.type] ?? f.type,
    SchemaXml: schemaXml(f)
  };
  if (f.type === 'Text') {
    o.MaxLength = f.maxLength ?? 255;
  }
  if (f.type === 'Note') {
    o.NumberOfLines = p.NumberOfLines ?? 6;
    o.RichText = p.RichText ?? false;
    o.AppendOnly = p.AppendOnly ?? false;
  }
  if (f.type === 'Choice' || f.type === 'MultiChoice') {
    o.Choices =
      ctx.level === 'verbose'
        ? { __metadata: { type: 'Collection(Edm.String)' }, results: f.choices ?? [] }
        : (f.choices ?? []);
    o.FillInChoice = p.FillInChoice ?? false;
    o.EditFormat = p.EditFormat ?? 0;
  }
  if (f.type === 'Number' || f.type === 'Integer' || f.type === 'Currency') {
    o.MinimumValue = p.MinimumValue ?? -1.7976931348623157e308;
    o.MaximumValue = p.MaximumValue ?? 1.7976931348623157e308;
  }
  if (f.type === 'DateTime') {
    o.DisplayFormat = p.DisplayFormat ?? 0;
    o.DateTimeCalendarType = 1;
    o.FriendlyDisplayFormat = p.FriendlyDisplayFormat ?? 0;
  }
  if (f.type === 'User') {
    o.AllowMultipleValues = false;
    o.SelectionMode = p.SelectionMode ?? 0;
    o.LookupField = 'Title';
    o.LookupList = '{00000000-0000-0000-0000-000000000000}';
  }
  return entity(ctx, cls, `Web/Lists(guid'${site.lists.idByNo(f.listNo)}')/Fields(guid'${f.id}')`, o);
}
