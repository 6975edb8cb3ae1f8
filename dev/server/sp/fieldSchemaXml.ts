/** A field's SchemaXml, written for reads and parsed for `fields/createfieldasxml`. */
import * as E from '../errors';
import { TYPE_KIND } from './fieldTypes';
import type { IField } from './types';

/** AddFieldInternalNameHint of SP.AddFieldOptions: take the internal name from Name instead of DisplayName. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

export function schemaXml(f: IField): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  let x = `<Field Type="${f.type}" DisplayName="${esc(f.title)}" Name="${esc(f.internalName)}" StaticName="${esc(f.internalName)}" ID="{${f.id}}"`;
  if (f.indexed) {
    x += ' Indexed="TRUE"';
  }
  if (f.unique) {
    x += ' EnforceUniqueValues="TRUE"';
  }
  if (f.required) {
    x += ' Required="TRUE"';
  }
  if (f.maxLength) {
    x += ` MaxLength="${f.maxLength}"`;
  }
  if (f.choices) {
    return x + '><CHOICES>' + f.choices.map((c) => `<CHOICE>${esc(c)}</CHOICE>`).join('') + '</CHOICES></Field>';
  }
  return x + ' />';
}

/** Reads a `<Field .../>` schema. Like SharePoint, the internal name comes from DisplayName unless Options has AddFieldInternalNameHint (8). */
export function fromSchemaXml(xml: string, options: number): Record<string, unknown> {
  const tag = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!tag) {
    throw E.invalidFieldSchema();
  }
  const attrs: Record<string, string> = {};
  const unesc = (s: string): string =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  for (const m of tag[1].matchAll(/(\w+)\s*=\s*"([^"]*)"/g)) {
    attrs[m[1].toLowerCase()] = unesc(m[2]);
  }
  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => unesc(m[1]));
  const type = attrs.type ?? 'Text';
  const title = attrs.displayname ?? attrs.name ?? attrs.staticname ?? 'Field';
  const name =
    options & ADD_FIELD_INTERNAL_NAME_HINT && (attrs.name || attrs.staticname)
      ? attrs.name || attrs.staticname
      : undefined;
  const out: Record<string, unknown> = {
    Title: title,
    TypeAsString: type,
    FieldTypeKind: TYPE_KIND[type] ?? 2,
    __internalName: name
  };
  if (attrs.indexed) {
    out.Indexed = attrs.indexed.toUpperCase() === 'TRUE';
  }
  if (attrs.enforceuniquevalues) {
    out.EnforceUniqueValues = attrs.enforceuniquevalues.toUpperCase() === 'TRUE';
  }
  if (attrs.required) {
    out.Required = attrs.required.toUpperCase() === 'TRUE';
  }
  if (attrs.maxlength) {
    out.MaxLength = Number(attrs.maxlength);
  }
  if (attrs.id) {
    out.Id = attrs.id.replace(/[{}]/g, '');
  }
  if (choices.length) {
    out.Choices = choices;
  }
  if (attrs.usermulti || type === 'UserMulti') {
    out.AllowMultipleValues = true;
  }
  return out;
}
