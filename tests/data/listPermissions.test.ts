/**
 * Per-list permissions from the schema (version 2), enforced by the local SharePoint the way SharePoint Online
 * enforces them, through the app's own stores and the real @pnp/sp:
 * - Escalations and QOL Checks do not exist for a Service Officer (404), TPS staff read and write them;
 * - everyone reads Work Types and the TPS Roster, only site owners change them (403 for the groups);
 * - Feedback: an officer adds and reads back their own, never anyone else's; team leaders read it all;
 * - a second ensureSite changes nothing, and a site set up at version 1 is upgraded without losing items.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { startLocalSp } from '../helpers/localSp';
import { ensureSite, IProvisioningProgress } from '../../src/data/ensureSite';
import { readSchemaVersion } from '../../src/data/siteStatus';
import { LIST, SCHEMA, schemaAtVersion } from '../../src/data/schema';
import type { ISchema } from '../../src/data/schema';
import { httpStatus } from '../../src/data/errors';
import { EscalationStore } from '../../src/data/stores/EscalationStore';
import { FeedbackStore } from '../../src/data/stores/FeedbackStore';
import { QolCheckStore } from '../../src/data/stores/QolCheckStore';
import { RosterStore } from '../../src/data/stores/RosterStore';
import { WorkTypeStore } from '../../src/data/stores/WorkTypeStore';
import { INewEscalation, INewFeedback } from '../../src/data/stores/types';
import { addPersonaMembers, counting, newRequestKey, OWNER, SO1, TPSO1, startProvisionedSite } from './support';

jest.setTimeout(120000);

const SO2 = 'so2@boutique.local';
const SSO = 'sso@boutique.local';
const TL = 'tl@boutique.local';
const ACCESS_DENIED = 'Access denied. You do not have permission to perform this action or access this resource.';

type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;

function escalation(over: Partial<INewEscalation> = {}): INewEscalation {
  return {
    requestKey: newRequestKey('esc'),
    enquiryId: 1,
    workType: 'AIC',
    category: 'SystemIssue',
    dueAt: new Date(Date.now() + 86400000),
    referredToIct: true,
    ictIncident: 'INC4000001',
    docRecorded: true,
    urgent: false,
    raisedByKey: TPSO1,
    summary: 'Rate will not recalculate.',
    centreTimeZone: 'Australia/Hobart',
    crn: '123456789A',
    ...over
  };
}

function feedback(raisedBy: string, detail: string): INewFeedback {
  return {
    requestKey: newRequestKey('fb'),
    enquiryId: 1,
    tpsoKey: TPSO1,
    teamLeaderKey: TL,
    raisedByKey: raisedBy,
    detail
  };
}

/** The rejection of a promise (fails the test when it resolves). */
async function rejectionOf(p: Promise<unknown>): Promise<{ status?: number; message: string }> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(err).toBeDefined();
  return { status: httpStatus(err), message: String((err as Error).message) };
}

describe('per-list permissions after ensureSite', () => {
  let local: LocalSp;
  let owner: SPFI;
  let so1: SPFI;

  beforeAll(async () => {
    local = await startProvisionedSite();
    owner = local.spAs(OWNER);
    so1 = local.spAs(SO1);
  });
  afterAll(async () => {
    await local.close();
  });

  it('Escalations and QOL Checks do not exist for a Service Officer, not even to add to', async () => {
    await new EscalationStore(local.spAs(TPSO1)).create(escalation());
    for (const title of [LIST.escalations, LIST.qolChecks]) {
      const read = await rejectionOf(so1.web.lists.getByTitle(title).items.select('Id', 'CRN')());
      expect(read.status).toBe(404);
      expect(read.message).toContain(`List '${title}' does not exist at site with URL '${local.siteUrl}'.`);
      const add = await rejectionOf(so1.web.lists.getByTitle(title).items.add({ Title: 'x' }));
      expect(add.status).toBe(404);
    }
    const visible: Array<{ Title: string }> = await so1.web.lists.select('Title')();
    expect(visible.map((l) => l.Title)).toEqual(
      expect.arrayContaining([LIST.enquiries, LIST.feedback, LIST.roster, LIST.workTypes])
    );
    expect(visible.map((l) => l.Title)).not.toEqual(expect.arrayContaining([LIST.escalations]));
    expect(visible.map((l) => l.Title)).not.toEqual(expect.arrayContaining([LIST.qolChecks]));
    expect((await rejectionOf(new EscalationStore(so1).listOpen())).status).toBe(404);
    expect((await rejectionOf(new QolCheckStore(so1).listForOfficer(SO1))).status).toBe(404);
  });

  it('a TPSO raises, reads and updates escalations, an SSO works them; the CRN is theirs to see', async () => {
    const tom = new EscalationStore(local.spAs(TPSO1));
    const raised = await tom.create(escalation({ summary: 'Arrears look wrong.' }));
    expect(raised.crn).toBe('123456789A');
    const seen = (await tom.listOpen()).items.map((e) => e.summary);
    expect(seen).toContain('Arrears look wrong.');
    const updated = await tom.update(raised.id, { urgent: true }, raised.etag);
    expect(updated.urgent).toBe(true);
    const sasha = new EscalationStore(local.spAs(SSO));
    const mine = await sasha.update(raised.id, { status: 'Assigned', assigneeKey: SSO }, updated.etag);
    expect(mine.status).toBe('Assigned');
    const qol = await new QolCheckStore(local.spAs(TPSO1)).create({
      requestKey: newRequestKey('qol'),
      workType: 'AIC',
      officerKey: SO1,
      checkerKey: TPSO1,
      activityRef: 'ACT-1',
      outcome: 'Correct',
      pillarsFailed: [],
      urgent: false,
      feedback: '',
      checkedAt: new Date(),
      sentBack: false
    });
    expect((await new QolCheckStore(local.spAs(SSO)).listForOfficer(SO1)).items.map((q) => q.id)).toContain(qol.id);
  });

  it('Work Types and the roster are readable by every group but only owners change them (403)', async () => {
    await owner.web.lists
      .getByTitle(LIST.roster)
      .items.add({ Title: 'Tom Peer', PersonKey: TPSO1, TeamLeaderKey: TL, Role: 'TPSO' });
    expect((await new WorkTypeStore(so1).list()).length).toBe(15);
    expect((await new RosterStore(so1).forPerson(TPSO1))[0].teamLeaderKey).toBe(TL);
    expect(await new RosterStore(local.spAs(TPSO1)).forPerson(TPSO1)).toHaveLength(1);
    for (const login of [SO1, TPSO1, SSO]) {
      for (const title of [LIST.roster, LIST.workTypes]) {
        const items = local.spAs(login).web.lists.getByTitle(title).items;
        const add = await rejectionOf(items.add({ Title: 'not allowed' }));
        expect({ login, title, status: add.status }).toEqual({ login, title, status: 403 });
        expect(add.message).toContain(ACCESS_DENIED);
        const first: Array<{ Id: number }> = await items.select('Id').top(1)();
        const update = await rejectionOf(items.getById(first[0].Id).update({ Title: 'renamed' }));
        expect(update.status).toBe(403);
        expect((await rejectionOf(items.getById(first[0].Id).delete())).status).toBe(403);
      }
    }
    // every group still reads the schema version (the site gate's first request)
    expect((await readSchemaVersion(so1)).state).toBe('ready');
    // the owner still keeps them
    const wt: Array<{ Id: number }> = await owner.web.lists
      .getByTitle(LIST.workTypes)
      .items.filter("WorkTypeKey eq 'AIC'")
      .select('Id')();
    await owner.web.lists.getByTitle(LIST.workTypes).items.getById(wt[0].Id).update({ GuidelineMinutes: 12 });
  });

  it("Feedback: an officer adds and reads back their own, never another officer's; team leaders read all", async () => {
    const sam = new FeedbackStore(so1);
    const mine = await sam.create(feedback(SO1, 'so1: the reference quoted is out of date.'));
    expect((await sam.getById(mine.id)).detail).toBe('so1: the reference quoted is out of date.');
    const theirs = await new FeedbackStore(local.spAs(SO2)).create(feedback(SO2, 'so2: wrong rate given.'));

    const samSees = await sam.listForTeamLeader(TL);
    expect(samSees.items.map((f) => f.raisedByKey)).toEqual([SO1]);
    expect((await rejectionOf(sam.getById(theirs.id))).status).toBe(404);
    const edit = await rejectionOf(
      so1.web.lists.getByTitle(LIST.feedback).items.getById(theirs.id).update({ Detail: 'changed' })
    );
    expect([403, 404]).toContain(edit.status);

    const terry = await new FeedbackStore(local.spAs(TL)).listForTeamLeader(TL);
    expect(terry.items.map((f) => f.detail)).toEqual(
      expect.arrayContaining(['so1: the reference quoted is out of date.', 'so2: wrong rate given.'])
    );
    // feedback about a TPSO is not for their peers
    const tomSees: Array<{ Id: number }> = await local
      .spAs(TPSO1)
      .web.lists.getByTitle(LIST.feedback)
      .items.select('Id')();
    expect(tomSees).toEqual([]);
  });

  it('SharePoint reports the same rights: unique permissions, and effective permissions per user', async () => {
    const lists: Array<{ Title: string; HasUniqueRoleAssignments: boolean }> = await owner.web.lists.select(
      'Title',
      'HasUniqueRoleAssignments'
    )();
    const unique = lists
      .filter((l) => l.HasUniqueRoleAssignments)
      .map((l) => l.Title)
      .sort();
    expect(unique).toEqual(SCHEMA.lists.map((l) => l.title).sort());
    const escalations = owner.web.lists.getByTitle(LIST.escalations);
    const soRights = await escalations.getUserEffectivePermissions('i:0#.f|membership|' + SO1);
    expect(escalations.hasPermissions(soRights, PermissionKind.ViewListItems)).toBe(false);
    const tomRights = await escalations.getUserEffectivePermissions('i:0#.f|membership|' + TPSO1);
    expect(escalations.hasPermissions(tomRights, PermissionKind.EditListItems)).toBe(true);
    const roster = local.spAs(TPSO1).web.lists.getByTitle(LIST.roster);
    const own = await roster.getCurrentUserEffectivePermissions();
    expect([
      roster.hasPermissions(own, PermissionKind.ViewListItems),
      roster.hasPermissions(own, PermissionKind.AddListItems)
    ]).toEqual([true, false]);
  });

  it('a second ensureSite only reads and changes nothing', async () => {
    const { sp, log } = counting(owner);
    const steps: IProvisioningProgress[] = [];
    await ensureSite(sp, { onProgress: (p) => steps.push(p) });
    expect(log.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(steps[steps.length - 1]).toEqual({ label: 'Site is up to date', done: 0, total: 0 });
  });

  it('puts back a level taken away by hand and removes one given by hand to a schema group', async () => {
    const groups: Array<{ Id: number; Title: string }> = await owner.web.siteGroups.select('Id', 'Title')();
    const soGroup = groups.filter((g) => g.Title === 'Service Officers')[0].Id;
    const tpsGroup = groups.filter((g) => g.Title === 'TPS Officers')[0].Id;
    const roles: Array<{ Id: number; Name: string }> = await owner.web.roleDefinitions.select('Id', 'Name')();
    const roleId = (name: string): number => roles.filter((r) => r.Name === name)[0].Id;
    const escalations = owner.web.lists.getByTitle(LIST.escalations);
    await escalations.roleAssignments.add(soGroup, roleId('Read'));
    await escalations.roleAssignments.remove(tpsGroup, roleId('TPS Contributor'));
    expect((await rejectionOf(new EscalationStore(local.spAs(TPSO1)).listOpen())).status).toBe(404);

    const steps: string[] = [];
    await ensureSite(owner, { onProgress: (p) => steps.push(p.label) });
    expect(steps).toEqual(
      expect.arrayContaining([
        'Granting TPS Contributor on Escalations to TPS Officers',
        'Removing Read on Escalations from Service Officers'
      ])
    );
    expect((await rejectionOf(so1.web.lists.getByTitle(LIST.escalations).items())).status).toBe(404);
    expect((await new EscalationStore(local.spAs(TPSO1)).listOpen()).items.length).toBeGreaterThan(0);
  });
});

describe('upgrading a site set up at schema version 1', () => {
  let local: LocalSp;
  let owner: SPFI;

  beforeAll(async () => {
    local = await startLocalSp();
    owner = local.spAs(OWNER);
  });
  afterAll(async () => {
    await local.close();
  });

  it('applies the list permissions and keeps every item', async () => {
    // A version-1 site as SharePoint Online lets it exist: the old set-up asked for a unique RequestKey on lists
    // with item-level security too, which SharePoint Online (and the local SharePoint) refuse, so there it stayed
    // plain (setupOnline.test.ts covers a set-up stopped at that step).
    const v1: ISchema = {
      ...schemaAtVersion(SCHEMA, 1),
      lists: schemaAtVersion(SCHEMA, 1).lists.map((l) =>
        l.readSecurity !== 2
          ? l
          : { ...l, fields: l.fields.map((f) => (f.internalName === 'RequestKey' ? { ...f, unique: false } : f)) }
      )
    };
    expect(v1.lists.every((l) => !l.permissions)).toBe(true);
    await ensureSite(owner, { schema: v1 });
    await addPersonaMembers(owner);
    expect(await readSchemaVersion(owner)).toMatchObject({
      state: 'outdated',
      siteVersion: 1,
      requiredVersion: SCHEMA.version
    });

    // version 1 data, and the hole version 2 closes: an officer could read escalations and their CRN
    // Written as a version-1 client would: today's store also selects the columns later versions added.
    const raised: { Id: number } = await local
      .spAs(TPSO1)
      .web.lists.getByTitle(LIST.escalations)
      .items.add({
        Title: 'v1-escalation',
        RequestKey: newRequestKey('esc'),
        EnquiryId: 1,
        WorkType: 'AIC',
        Category: 'SystemIssue',
        Status: 'Open',
        DueAt: new Date(Date.now() + 86400000).toISOString(),
        RaisedByKey: TPSO1,
        Summary: 'Before the upgrade.',
        CRN: '123456789A',
        CentreTimeZone: 'Australia/Hobart',
        Notes: '[]'
      });
    const soSaw: Array<{ CRN: string }> = await local
      .spAs(SO1)
      .web.lists.getByTitle(LIST.escalations)
      .items.select('CRN')();
    expect(soSaw.map((e) => e.CRN)).toEqual(['123456789A']);
    await owner.web.lists
      .getByTitle(LIST.roster)
      .items.add({ Title: 'Tom Peer', PersonKey: TPSO1, TeamLeaderKey: TL, Role: 'TPSO' });
    // Written as a version-1 client would (today's store selects the columns version 4 added).
    const v1Feedback = (login: string, detail: string): Record<string, unknown> => {
      const f: INewFeedback = feedback(login, detail);
      return {
        Title: f.requestKey,
        RequestKey: f.requestKey,
        EnquiryId: f.enquiryId,
        TpsoKey: f.tpsoKey,
        TeamLeaderKey: f.teamLeaderKey,
        RaisedByKey: f.raisedByKey,
        Detail: f.detail,
        Status: 'New'
      };
    };
    const so1Feedback: { id: number } = {
      id: (
        await local.spAs(SO1).web.lists.getByTitle(LIST.feedback).items.add(v1Feedback(SO1, 'so1 before the upgrade'))
      ).Id
    };
    await local.spAs(SO2).web.lists.getByTitle(LIST.feedback).items.add(v1Feedback(SO2, 'so2 before the upgrade'));

    const steps: string[] = [];
    await ensureSite(owner, { onProgress: (p) => steps.push(p.label) });
    expect(steps).toEqual(
      expect.arrayContaining([
        'Setting item-level security on Feedback',
        'Breaking permission inheritance on Escalations',
        'Granting TPS Contributor on Escalations to TPS Officers',
        'Granting Full Control on TPS Roster to site owners',
        'Granting Read on Work Types to Service Officers',
        'Recording schema version ' + SCHEMA.version
      ])
    );
    // Nothing of version 1 is made again: exactly the lists and columns of later versions are added.
    const later: string[] = [];
    for (const l of SCHEMA.lists) {
      if (l.addedInVersion > 1) {
        later.push('Creating list ' + l.title);
      }
      for (const f of l.fields) {
        if (f.addedInVersion > 1) {
          later.push('Adding field ' + l.title + '.' + f.internalName);
        }
      }
    }
    const added: string[] = steps.filter((s) => /^Creating list|^Adding field/.test(s));
    expect(added.slice().sort()).toEqual(later.slice().sort());
    expect(added).toContain('Adding field Enquiries.ResolvedDayKey');
    expect(added).toContain('Creating list ' + LIST.handling);
    expect(await readSchemaVersion(owner)).toMatchObject({ state: 'ready', siteVersion: SCHEMA.version });

    // items kept, now behind the permissions
    const kept = await new EscalationStore(local.spAs(TPSO1)).getById(raised.Id);
    expect([kept.summary, kept.crn]).toEqual(['Before the upgrade.', '123456789A']);
    expect(
      (await rejectionOf(local.spAs(SO1).web.lists.getByTitle(LIST.escalations).items.select('CRN')())).status
    ).toBe(404);
    expect((await new RosterStore(local.spAs(SO1)).forPerson(TPSO1))[0].teamLeaderKey).toBe(TL);
    expect(
      (await rejectionOf(local.spAs(TPSO1).web.lists.getByTitle(LIST.roster).items.add({ Title: 'x' }))).status
    ).toBe(403);
    const samSees = await new FeedbackStore(local.spAs(SO1)).listForTeamLeader(TL);
    expect(samSees.items.map((f) => f.id)).toEqual([so1Feedback.id]);
    const terry = await new FeedbackStore(local.spAs(TL)).listForTeamLeader(TL);
    expect(terry.items.map((f) => f.detail).sort()).toEqual(['so1 before the upgrade', 'so2 before the upgrade']);

    const { sp, log } = counting(owner);
    await ensureSite(sp);
    expect(log.requests.every((r) => r.method === 'GET')).toBe(true);
  });
});
