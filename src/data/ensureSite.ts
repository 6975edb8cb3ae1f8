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
 * Progress reports one step per change, so the labels seen are the changes made.
 *
 * Idempotent: on a site that already matches it makes only GET requests. It never deletes or renames anything and
 * never overwrites items, so upgrading an older site loses no data.
 *
 * @throws ProvisioningError naming the step that failed (for example when the user is not a site owner).
 */
export async function ensureSite(sp: SPFI, options: IEnsureSiteOptions = {}): Promise<void> {
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
  for (let i: number = 0; i < actions.length; i++) {
    const a: IProvisioningAction = actions[i];
    report({ label: a.label, done: i, total });
    try {
      await a.run();
    } catch (err) {
      throw new ProvisioningError(a.label, err);
    }
  }
  report({ label: total > 0 ? 'Site is set up' : 'Site is up to date', done: total, total });
}
