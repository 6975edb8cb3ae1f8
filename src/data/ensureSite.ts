import { SPFI } from '@pnp/sp';
import { WorkType } from '../domain/workTypes';
import { ProvisioningError } from './errors';
import { ISchema, SCHEMA } from './schema';
import { canManageSite } from './siteStatus';
import { IProvisioningAction, planProvisioning } from './provisioning/plan';
import { ISiteState, readSiteState } from './provisioning/siteState';

/** Progress of {@link ensureSite}, for a progress bar and a step label. */
export interface IProvisioningProgress {
  /** What is happening now, e.g. `Creating list Enquiries`. */
  label: string;
  /** Steps finished so far. */
  done: number;
  /** Steps in all (known once the site has been read). */
  total: number;
}

/** A step set-up could not make but the app runs without (e.g. an index SharePoint Online refused on a big list). */
export interface IProvisioningWarning {
  /** The step's progress label, e.g. `Indexing field Enquiries.ResolvedDayKey`. */
  step: string;
  /** Why, and what it means for people using the app, in plain words. */
  reason: string;
}

/** What {@link ensureSite} did. */
export interface IEnsureSiteResult {
  /** Steps that failed without stopping set-up; empty when every step was made. */
  warnings: IProvisioningWarning[];
}

/** Options of {@link ensureSite}. */
export interface IEnsureSiteOptions {
  /** Called before each step and once at the end (`done === total`). */
  onProgress?: (step: IProvisioningProgress) => void;
  /** The schema to provision; defaults to the current {@link SCHEMA}. Tests pass older ones. */
  schema?: ISchema;
  /** Work types seeded into an empty Work Types list; defaults to the domain's DEFAULT_WORK_TYPES. */
  seedWorkTypes?: ReadonlyArray<WorkType>;
}

/**
 * Makes the site match the schema: creates missing lists, fields, indexes, unique constraints, choices, the
 * TPS Contributor permission level, the groups and their permissions, gives the lists that declare them their own
 * permissions (breaking inheritance), seeds the work types on first setup, and writes the schema version last (so
 * a setup interrupted half-way is seen as not ready and is simply run again).
 *
 * Progress reports one step per change, so the labels seen are the changes made. A step the app can run without
 * (an index SharePoint Online refuses on a list past the threshold, a column in a default view) does not stop
 * set-up when it fails: it comes back in `warnings`, and the next run tries it again.
 *
 * Idempotent: on a site that already matches it makes only GET requests. It never deletes or renames anything and
 * never overwrites items, so upgrading an older site loses no data.
 *
 * @throws ProvisioningError naming the step that failed (for example when the user is not a site owner).
 */
export async function ensureSite(sp: SPFI, options: IEnsureSiteOptions = {}): Promise<IEnsureSiteResult> {
  const schema: ISchema = options.schema || SCHEMA;
  const report: (p: IProvisioningProgress) => void = options.onProgress || (() => undefined);

  let label: string = 'Reading the site';
  let actions: IProvisioningAction[];
  try {
    report({ label, done: 0, total: 1 });
    const state: ISiteState = await readSiteState(sp, schema);
    label = 'Planning changes';
    actions = options.seedWorkTypes
      ? planProvisioning(sp, schema, state, options.seedWorkTypes)
      : planProvisioning(sp, schema, state);
    if (actions.length > 0) {
      label = 'Checking your permissions';
      const allowed: boolean | undefined = await canManageSite(sp).catch(() => undefined);
      if (allowed === false) {
        throw new Error('Only a site owner can set up the site. Ask a site owner to open the app and run Set up site.');
      }
    }
  } catch (err) {
    throw new ProvisioningError(label, err);
  }

  const total: number = actions.length;
  const warnings: IProvisioningWarning[] = [];
  for (let i: number = 0; i < actions.length; i++) {
    const a: IProvisioningAction = actions[i];
    report({ label: a.label, done: i, total });
    try {
      await a.run();
    } catch (err) {
      if (!a.nonBlocking) {
        throw new ProvisioningError(a.label, err);
      }
      warnings.push({ step: a.label, reason: a.nonBlocking(err) });
    }
  }
  report({ label: total > 0 ? 'Site is set up' : 'Site is up to date', done: total, total });
  return { warnings };
}
