import { SPFI } from '@pnp/sp';
import { LIST } from '../schema';
import { EscalationFields, expanded, UserProps } from '../columns';
import { IRawItem, odataString } from './fieldMap';
import { DEFAULT_PAGE_SIZE, fetchPage, IPage, ListStore, storedParts } from './listStore';
import { OPEN_ESCALATION_STATUSES } from '../../domain/escalationLifecycle';
import { ESCALATION_FIELDS, IEscalation, IEscalationNote, IEscalationPatch, INewEscalation } from './types';

/** Narrows {@link EscalationStore.listOpen}. */
export interface IOpenEscalationsQuery {
  /** Only this raising centre's (CentreKey). */
  centreKey?: string;
  /** Only this category. */
  category?: string;
}

/** Parses the Notes JSON history; a damaged value yields an empty history rather than an error. */
export function parseNotes(value: unknown): IEscalationNote[] {
  if (typeof value !== 'string' || !value) {
    return [];
  }
  try {
    const rows: Array<IEscalationNote & { at: string }> = JSON.parse(value);
    return Array.isArray(rows) ? rows.map((n) => ({ ...n, at: new Date(n.at) })) : [];
  } catch {
    return [];
  }
}

/** The Escalations list, worked by SSOs against computed deadlines (DueAt is indexed). */
export class EscalationStore extends ListStore<IEscalation> {
  public constructor(sp: SPFI) {
    super(sp, LIST.escalations, ESCALATION_FIELDS, 'escalation');
  }

  protected extraSelect(): string[] {
    return [EscalationFields.Notes, expanded(EscalationFields.Assignee, UserProps.Title)];
  }

  protected extraExpand(): string[] {
    return [EscalationFields.Assignee];
  }

  protected fromRaw(raw: IRawItem): IEscalation {
    const v: { [prop: string]: unknown } = this.read(raw);
    const assignee: { Title?: string } | undefined = raw[EscalationFields.Assignee] as { Title?: string } | undefined;
    return {
      ...(v as unknown as IEscalation),
      ...storedParts(raw),
      status: (v.status as string | undefined) || 'Open',
      notes: parseNotes(raw[EscalationFields.Notes]),
      assigneeName: assignee && assignee.Title ? assignee.Title : undefined
    };
  }

  /** Raises an escalation (status Open); lands once per `requestKey`. */
  public create(input: INewEscalation): Promise<IEscalation> {
    const fields: { [field: string]: unknown } = this.write({
      ...input,
      centreKey: input.centreKey || input.centreTimeZone,
      status: 'Open'
    });
    fields[EscalationFields.Notes] = '[]';
    return this.createOnce(input.requestKey, fields);
  }

  /**
   * Open and assigned escalations, soonest deadline first. Filters first on the indexed Status choice (open
   * escalations stay far below the 5,000-item threshold however long the history grows), then on the indexed
   * CentreKey and Category when given; ordered on the indexed DueAt.
   */
  public listOpen(
    pageSize: number = DEFAULT_PAGE_SIZE,
    options: IOpenEscalationsQuery = {}
  ): Promise<IPage<IEscalation>> {
    let filter: string =
      '(' + OPEN_ESCALATION_STATUSES.map((s) => EscalationFields.Status + ' eq ' + odataString(s)).join(' or ') + ')';
    if (options.centreKey) {
      filter += ' and ' + EscalationFields.CentreKey + ' eq ' + odataString(options.centreKey);
    }
    if (options.category) {
      filter += ' and ' + EscalationFields.Category + ' eq ' + odataString(options.category);
    }
    const q = this.query().filter(filter).orderBy(EscalationFields.DueAt, true).top(pageSize);
    return fetchPage(q, (r) => this.fromRaw(r));
  }

  /**
   * Applies a change with the caller's ETag. `notes`, when given, replaces the whole history (append with
   * `[...current.notes, note]`). Setting `assigneeKey` also fills the Assignee person column.
   * @throws ConflictError when someone else changed it first.
   */
  public async update(id: number, patch: IEscalationPatch, etag: string): Promise<IEscalation> {
    const clear: string[] = (patch.clear || []).map(String);
    const fields: { [field: string]: unknown } = this.write(patch as { [prop: string]: unknown }, clear);
    if (patch.notes) {
      fields[EscalationFields.Notes] = JSON.stringify(patch.notes.map((n) => ({ ...n, at: n.at.toISOString() })));
    }
    if (clear.indexOf('assigneeKey') >= 0) {
      fields.AssigneeId = null;
    } else if (patch.assigneeKey) {
      const userId: number | undefined = await this.userId(patch.assigneeKey);
      if (userId !== undefined) {
        fields.AssigneeId = userId;
      }
    }
    return this.updateFields(id, fields, etag);
  }
}
