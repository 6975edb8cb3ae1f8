import { ResourceStore } from '../../src/data/stores/ResourceStore';
import { DEFAULT_RESOURCES } from '../../src/domain/resources';
/**
 * ensureSite and readSchemaVersion against the local SharePoint, through real PnPjs.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import '@pnp/sp/security';
import { startLocalSp } from '../helpers/localSp';
import { ensureSite, IProvisioningProgress } from '../../src/data/ensureSite';
import { readSchemaVersion } from '../../src/data/siteStatus';
import { ISchema, LIST, SCHEMA, IListDefinition, RoleType, schemaAtVersion } from '../../src/data/schema';
import { toUserMessage } from '../../src/shared/text/errorText';
import { counting, OWNER, SO1 } from './support';

jest.setTimeout(120000);

type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;

async function fieldInfo(
  sp: SPFI,
  list: string,
  name: string
): Promise<{
  TypeAsString: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Choices?: string[] | { results: string[] };
}> {
  return sp.web.lists
    .getByTitle(list)
    .fields.getByInternalNameOrTitle(name)
    .select('TypeAsString', 'Indexed', 'EnforceUniqueValues', 'Choices')();
}

function choicesOf(f: { Choices?: string[] | { results: string[] } }): string[] {
  const c = f.Choices;
  return !c ? [] : Array.isArray(c) ? c : c.results;
}

describe('ensureSite on an empty site', () => {
  let local: LocalSp;
  let owner: SPFI;

  beforeAll(async () => {
    local = await startLocalSp();
    owner = local.spAs(OWNER);
  });
  afterAll(async () => {
    await local.close();
  });

  it('reports missing in one GET before setup', async () => {
    const { sp, log } = counting(owner);
    const status = await readSchemaVersion(sp);
    expect(status).toEqual({ state: 'missing', siteVersion: 0, requiredVersion: SCHEMA.version });
    expect(log.requests.length).toBe(1);
    expect(log.requests[0].method).toBe('GET');
  });

  it('a non-owner cannot set the site up and is told so in plain words', async () => {
    const err: unknown = await ensureSite(local.spAs(SO1)).then(
      () => undefined,
      (e: unknown) => e
    );
    expect(err).toBeDefined();
    expect(toUserMessage(err)).toMatch(/site owner|permission/i);
  });

  it('creates every list, field, index, unique constraint, group and role, with progress', async () => {
    const steps: IProvisioningProgress[] = [];
    await ensureSite(owner, { onProgress: (p) => steps.push(p) });
    const labels = steps.map((s) => s.label);
    expect(labels).toContain('Creating list Enquiries');
    expect(labels).toContain('Adding field Enquiries.RequestKey');
    expect(labels[labels.length - 2]).toBe('Recording schema version ' + SCHEMA.version);
    const last = steps[steps.length - 1];
    expect(last.done).toBe(last.total);

    const lists: Array<{ Title: string; ReadSecurity: number; WriteSecurity: number }> = await owner.web.lists.select(
      'Title',
      'ReadSecurity',
      'WriteSecurity'
    )();
    for (const l of SCHEMA.lists) {
      const found = lists.filter((x) => x.Title === l.title)[0];
      expect(found).toBeDefined();
      if (l.readSecurity) {
        expect([found.ReadSecurity, found.WriteSecurity]).toEqual([l.readSecurity, l.writeSecurity]);
      }
      for (const f of l.fields) {
        const info = await fieldInfo(owner, l.title, f.internalName);
        expect({ name: l.title + '.' + f.internalName, indexed: !!info.Indexed || !(f.indexed || f.unique) }).toEqual({
          name: l.title + '.' + f.internalName,
          indexed: true
        });
        if (f.unique) {
          expect(info.EnforceUniqueValues).toBe(true);
        }
        if (f.choices) {
          expect(choicesOf(info)).toEqual(expect.arrayContaining(f.choices.slice()));
        }
      }
    }

    const groups: Array<{ Title: string; Id: number }> = await owner.web.siteGroups.select('Id', 'Title')();
    const titles = groups.map((g) => g.Title);
    expect(titles).toEqual(expect.arrayContaining(['Service Officers', 'TPS Officers', 'Service Support Officers']));
    const roles: Array<{ Name: string; BasePermissions: { Low: string | number } }> =
      await owner.web.roleDefinitions.select('Name', 'BasePermissions')();
    const tpsRole = roles.filter((r) => r.Name === 'TPS Contributor')[0];
    expect(tpsRole).toBeDefined();
    // Override List Behaviors (PermissionKind.CancelCheckout = 9 → bit 8)
    expect(Number(tpsRole.BasePermissions.Low) & 256).toBe(256);

    const workTypes: Array<{ WorkTypeKey: string }> = await owner.web.lists
      .getByTitle(LIST.workTypes)
      .items.select('WorkTypeKey')
      .top(100)();
    expect(workTypes.map((w) => w.WorkTypeKey)).toEqual(expect.arrayContaining(['ABSTUDY', 'UTLAH', 'FHA_VOUCHER']));
    expect(workTypes.length).toBe(15);

    // TPS Resources: every key the app knows, URLs blank for the owner to fill in, read by the stores
    const resources = await new ResourceStore(owner).list();
    expect(resources.map((r) => r.key).sort()).toEqual(DEFAULT_RESOURCES.map((r) => r.key).sort());
    expect(resources.filter((r) => r.key === 'stopPayment')[0]).toMatchObject({
      url: '',
      places: ['StopPayment', 'AskForm', 'EscalateForm']
    });

    expect((await readSchemaVersion(owner)).state).toBe('ready');
  });

  it('a second run only reads and changes nothing', async () => {
    const { sp, log } = counting(owner);
    const steps: IProvisioningProgress[] = [];
    await ensureSite(sp, { onProgress: (p) => steps.push(p) });
    expect(log.count('POST') + log.count('PATCH') + log.count('MERGE') + log.count('DELETE')).toBe(0);
    expect(log.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(steps[steps.length - 1]).toEqual({ label: 'Site is up to date', done: 0, total: 0 });
  });

  it('readSchemaVersion reports outdated when the app needs a newer version, in one GET', async () => {
    const { sp, log } = counting(owner);
    const status = await readSchemaVersion(sp, SCHEMA.version + 1);
    expect(status).toEqual({ state: 'outdated', siteVersion: SCHEMA.version, requiredVersion: SCHEMA.version + 1 });
    expect(log.requests.length).toBe(1);
  });
});

describe('ensureSite upgrading an older site', () => {
  let local: LocalSp;
  let owner: SPFI;

  /** The current schema as "version 2", and an older "version 1" missing a list, fields, choices and indexes. */
  const current: ISchema = { ...SCHEMA, version: SCHEMA.version + 1 };
  const older: ISchema = {
    version: SCHEMA.version,
    roles: [],
    // no custom permission levels yet: officers hold plain Contribute
    groups: SCHEMA.groups
      .filter((g) => g.role !== 'TPS Contributor')
      .map((g) => ({ ...g, role: RoleType.Contributor })),
    // no custom permission levels yet, so no list holds one
    lists: SCHEMA.lists
      .filter((l) => l.title !== LIST.feedback && l.title !== LIST.handling)
      .map((l): IListDefinition => ({ ...l, permissions: undefined }))
      .map((l): IListDefinition =>
        l.title !== LIST.enquiries
          ? l
          : {
              ...l,
              readSecurity: undefined,
              writeSecurity: undefined,
              fields: l.fields
                .filter((f) => f.internalName !== 'CRN' && f.internalName !== 'EscalationId')
                .map((f) =>
                  f.internalName === 'Status'
                    ? { ...f, indexed: false, choices: f.choices!.filter((c) => c !== 'Withdrawn') }
                    : f.internalName === 'RequestKey'
                      ? { ...f, unique: false, indexed: false }
                      : f
                )
            }
      )
  };

  beforeAll(async () => {
    local = await startLocalSp();
    owner = local.spAs(OWNER);
  });
  afterAll(async () => {
    await local.close();
  });

  it('adds what is missing and loses no data or owner edits', async () => {
    await ensureSite(owner, { schema: older });
    expect(await readSchemaVersion(owner, current.version)).toMatchObject({
      state: 'outdated',
      siteVersion: older.version
    });

    const enquiries = owner.web.lists.getByTitle(LIST.enquiries).items;
    for (let i = 0; i < 3; i++) {
      await enquiries.add({
        Title: 'old-' + i,
        RequestKey: 'old-' + i,
        WorkType: 'AIC',
        Status: 'Waiting',
        Question: 'Question ' + i
      });
    }
    // the owner renames a work type; an upgrade must not overwrite it
    const wt: Array<{ Id: number }> = await owner.web.lists
      .getByTitle(LIST.workTypes)
      .items.filter("WorkTypeKey eq 'AIC'")
      .select('Id')();
    await owner.web.lists
      .getByTitle(LIST.workTypes)
      .items.getById(wt[0].Id)
      .update({ Title: 'AIC (renamed by owner)' });

    const steps: string[] = [];
    await ensureSite(owner, { schema: current, onProgress: (p) => steps.push(p.label) });
    expect(steps).toEqual(
      expect.arrayContaining([
        'Creating list Feedback',
        'Adding field Enquiries.CRN',
        'Setting item-level security on Enquiries',
        'Creating permission level TPS Contributor',
        'Creating group Service Support Officers',
        'Recording schema version ' + current.version
      ])
    );
    expect(steps.filter((s) => /^Updating field Enquiries.Status/.test(s)).length).toBe(1);
    expect(steps.filter((s) => /^Adding work type/.test(s))).toEqual([]);

    const status = await fieldInfo(owner, LIST.enquiries, 'Status');
    expect(status.Indexed).toBe(true);
    expect(choicesOf(status)).toEqual(expect.arrayContaining(['Waiting', 'Withdrawn']));
    const rk = await fieldInfo(owner, LIST.enquiries, 'RequestKey');
    expect([rk.Indexed, rk.EnforceUniqueValues]).toEqual([true, false]);

    const rows: Array<{ RequestKey: string; Question: string }> = await enquiries
      .select('RequestKey', 'Question')
      .filter("WorkType eq 'AIC'")
      .top(10)();
    expect(rows.map((r) => r.RequestKey).sort()).toEqual(['old-0', 'old-1', 'old-2']);
    expect(rows.map((r) => r.Question).sort()).toEqual(['Question 0', 'Question 1', 'Question 2']);
    const renamed: Array<{ Title: string }> = await owner.web.lists
      .getByTitle(LIST.workTypes)
      .items.filter("WorkTypeKey eq 'AIC'")
      .select('Title')();
    expect(renamed[0].Title).toBe('AIC (renamed by owner)');

    expect(await readSchemaVersion(owner, current.version)).toMatchObject({
      state: 'ready',
      siteVersion: current.version
    });

    // and again: nothing left to do
    const { sp, log } = counting(owner);
    await ensureSite(sp, { schema: current });
    expect(log.requests.every((r) => r.method === 'GET')).toBe(true);
  });
});

describe('ensureSite upgrading a version-4 site to version 5', () => {
  let local: LocalSp;
  let owner: SPFI;

  beforeAll(async () => {
    local = await startLocalSp();
    owner = local.spAs(OWNER);
  });
  afterAll(async () => {
    await local.close();
  });

  it("adds QOL Checks' indexed CheckerMonthKey and keeps the checks", async () => {
    await ensureSite(owner, { schema: schemaAtVersion(SCHEMA, 4) });
    expect(await readSchemaVersion(owner, 5)).toMatchObject({ state: 'outdated', siteVersion: 4 });
    const checks = owner.web.lists.getByTitle(LIST.qolChecks).items;
    await checks.add({ Title: 'v4-check', RequestKey: 'v4-check', WorkType: 'AIC', OfficerKey: SO1 });
    await expect(fieldInfo(owner, LIST.qolChecks, 'CheckerMonthKey')).rejects.toMatchObject({ status: 404 });

    const steps: string[] = [];
    await ensureSite(owner, { onProgress: (p) => steps.push(p.label) });
    expect(steps).toEqual(
      expect.arrayContaining(['Adding field QOL Checks.CheckerMonthKey', 'Recording schema version 5'])
    );
    expect((await fieldInfo(owner, LIST.qolChecks, 'CheckerMonthKey')).Indexed).toBe(true);
    const kept: Array<{ RequestKey: string }> = await checks.filter("RequestKey eq 'v4-check'").select('RequestKey')();
    expect(kept).toHaveLength(1);
    expect(await readSchemaVersion(owner, 5)).toMatchObject({ state: 'ready', siteVersion: 5 });
  });
});
