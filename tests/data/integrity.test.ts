/**
 * What SharePoint's permissions hold, tried over REST as each persona (the browser is not a security boundary):
 * - what TPS staff decide lives in Enquiry Handling, which officers cannot even see; whatever an officer writes on
 *   their own Enquiries items changes nothing a TPSO sees in "Mine" or counts in "Resolved today";
 * - exactly one of two racing claims wins, and a claim whose answer was lost is still the claimant's;
 * - TPS Settings is the site owners' to change; nobody but site owners deletes from any Boutique TPS list.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createDataServices, IDataServices } from '../../src/data/services';
import { httpStatus, isConflictError } from '../../src/data/errors';
import { LIST, SCHEMA_VERSION_KEY } from '../../src/data/schema';
import { resolvedDayKey } from '../../src/data/stores/HandlingStore';
import type { IEnquiry, INewEnquiry } from '../../src/data/stores/types';
import { claim, finalise, readAsTps } from '../../src/webparts/tpsQueue/actions';
import { actorOf, withHandling } from '../../src/webparts/tpsQueue/model';
import { withdrawEnquiry, officerOf } from '../../src/webparts/askTps/actions';
import { newRequestKey, OWNER, SO1, startProvisionedSite, TPSO1, TPSO2 } from './support';

jest.setTimeout(120000);

const SSO = 'sso@boutique.local';
const TOM = actorOf({ login: TPSO1, displayName: 'Tom Peer' });
const FIONA = actorOf({ login: TPSO2, displayName: 'Fiona Peer' });
const SAM = officerOf({ login: SO1, displayName: 'Sam Service' });

type LocalSp = Awaited<ReturnType<typeof startProvisionedSite>>;

function enquiryInput(over: Partial<INewEnquiry> = {}): INewEnquiry {
  return {
    requestKey: newRequestKey('enq'),
    workType: 'AIC',
    reason: 'System will not allow updates',
    question: 'The system will not let me update the rate.',
    referencesChecked: ['NNU'],
    customerOnHold: false,
    centreTimeZone: 'Australia/Melbourne',
    requesterKey: SO1,
    ...over
  };
}

/** The HTTP status a promise is refused with (fails the test when it resolves). */
async function statusOf(p: Promise<unknown>): Promise<number | undefined> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(err).toBeDefined();
  return httpStatus(err);
}

describe('integrity: only TPS staff write what TPS staff rely on', () => {
  let local: LocalSp;
  let so1: IDataServices;
  let tom: IDataServices;
  let fiona: IDataServices;

  const as = (login: string): IDataServices => createDataServices({ sp: local.spAs(login), currentUserLogin: login });

  async function throttle(rule: Record<string, unknown>): Promise<void> {
    const res = await fetch(local.url + '/_local/throttle', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Local-User': OWNER },
      body: JSON.stringify(rule)
    });
    expect(res.ok).toBe(true);
  }

  beforeAll(async () => {
    local = await startProvisionedSite();
    so1 = as(SO1);
    tom = as(TPSO1);
    fiona = as(TPSO2);
  });
  afterAll(async () => {
    await local.close();
  });

  it("an officer's forged columns never reach a TPSO's Mine, Resolved today or waiting queue", async () => {
    const sam: SPFI = local.spAs(SO1);
    const today: string = resolvedDayKey(TPSO1, new Date());
    // posted already "Claimed" by Tom, and one "Resolved" by him today with a forged answer
    const forged = await sam.web.lists.getByTitle(LIST.enquiries).items.add({
      Title: 'f1',
      RequestKey: newRequestKey('f'),
      WorkType: 'AIC',
      Status: 'Claimed',
      AssigneeKey: TPSO1,
      RequesterKey: SO1,
      Question: 'Forged',
      ClaimedAt: new Date().toISOString()
    });
    const own = await so1.enquiries.create(enquiryInput());
    await sam.web.lists.getByTitle(LIST.enquiries).items.getById(own.id).update({
      Status: 'Resolved',
      AssigneeKey: TPSO1,
      ResolvedDayKey: today,
      Resolution: 'Forged answer',
      ResolvedAt: new Date().toISOString()
    });
    expect((await so1.enquiries.getById(own.id)).status).toBe('Resolved'); // SharePoint lets the officer write their item

    const mine = await tom.handling.listHeldBy(TPSO1, ['Claimed', 'TakenOver']);
    const resolved = await tom.handling.listResolvedOn(TPSO1, new Date());
    expect(mine.items.map((h) => h.enquiryId)).not.toContain(forged.Id);
    expect(resolved.items.map((h) => h.enquiryId)).not.toContain(own.id);
    // the waiting queue does not list an item posted as Claimed
    expect((await tom.enquiries.listAllWaiting()).items.map((e) => e.id)).not.toContain(forged.Id);
    // opened by a TPSO, nothing TPS-decided stands without Enquiry Handling
    const seen: IEnquiry = await readAsTps(tom, own.id);
    expect(seen).toMatchObject({ status: 'Waiting', assigneeKey: undefined, resolution: undefined });
  });

  it('an officer gets 404 on Enquiry Handling: not to read, add, change or delete', async () => {
    const e = await so1.enquiries.create(enquiryInput());
    const claimed = await claim(tom, withHandling(await so1.enquiries.getById(e.id), undefined), TOM, undefined);
    const handling = local.spAs(SO1).web.lists.getByTitle(LIST.handling);
    expect(await statusOf(handling.items())).toBe(404);
    expect(
      await statusOf(
        handling.items.add({ Title: 'x', EnquiryId: 99999, Status: 'Resolved', ResolvedDayKey: TPSO1 + '|x' })
      )
    ).toBe(404);
    expect(await statusOf(handling.items.getById(claimed.handling!.id).update({ Status: 'Waiting' }))).toBe(404);
    expect(await statusOf(handling.items.getById(claimed.handling!.id).delete())).toBe(404);
  });

  it('two TPSOs claim at once: one wins, the other is told who', async () => {
    const e = await so1.enquiries.create(enquiryInput());
    const waiting: IEnquiry = withHandling(await tom.enquiries.getById(e.id), undefined);
    const results = await Promise.allSettled([
      claim(tom, waiting, TOM, undefined),
      claim(fiona, waiting, FIONA, undefined)
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(isConflictError(lost[0].reason)).toBe(true);
    const h = await tom.handling.forEnquiry(e.id);
    const winner: string = (won[0] as PromiseFulfilledResult<IEnquiry>).value.assigneeKey!;
    expect(h!.assigneeKey).toBe(winner);
    expect(lost[0].reason.editorTitle).toBe(winner === TPSO1 ? 'Tom Peer' : 'Fiona Peer');
  });

  it('a claim, a finalise and a withdraw whose answer was a 504 after the save are reported as saved', async () => {
    const e = await so1.enquiries.create(enquiryInput());
    await throttle({ status: 504, count: 1, methods: ['POST'], pathContains: 'Enquiry Handling' });
    const claimed = await claim(tom, withHandling(await tom.enquiries.getById(e.id), undefined), TOM, undefined);
    expect(claimed).toMatchObject({ status: 'Claimed', assigneeKey: TPSO1 });
    expect((await tom.handling.listHeldBy(TPSO1, ['Claimed'])).items.filter((h) => h.enquiryId === e.id)).toHaveLength(
      1
    );

    await throttle({ status: 504, count: 1, methods: ['POST', 'MERGE'], pathContains: 'Enquiry Handling' });
    const done = await finalise(
      tom,
      await readAsTps(tom, e.id),
      TOM,
      { referencesGiven: '111-05070020', comment: 'Recode the rate.', notify: false },
      { mailSent: false }
    );
    expect(done.status).toBe('Resolved');
    expect((await so1.enquiries.getById(e.id)).status).toBe('Resolved');

    const w = await so1.enquiries.create(enquiryInput());
    await throttle({ status: 504, count: 1, methods: ['POST', 'MERGE'], pathContains: 'Enquiries' });
    const withdrawn = await withdrawEnquiry(so1, await so1.enquiries.getById(w.id), SAM);
    expect(withdrawn.status).toBe('Withdrawn');
  });

  it('TPS Settings: group members read the schema version and cannot change it', async () => {
    for (const login of [SO1, TPSO1, SSO]) {
      const settings = local.spAs(login).web.lists.getByTitle(LIST.settings).items;
      const rows: Array<{ Id: number; Value: string }> = await settings
        .filter("Title eq '" + SCHEMA_VERSION_KEY + "'")
        .select('Id', 'Value')();
      expect(rows).toHaveLength(1);
      expect(await statusOf(settings.getById(rows[0].Id).update({ Value: '0' }))).toBe(403);
      expect(await statusOf(settings.add({ Title: SCHEMA_VERSION_KEY, Value: '0' }))).toBe(403);
    }
  });

  it('nobody but site owners deletes from any Boutique TPS list', async () => {
    const owner: SPFI = local.spAs(OWNER);
    const e = await so1.enquiries.create(enquiryInput());
    const lists: Array<[string, number]> = [[LIST.enquiries, e.id]];
    for (const title of [
      LIST.settings,
      LIST.workTypes,
      LIST.roster,
      LIST.escalations,
      LIST.qolChecks,
      LIST.feedback,
      LIST.handling
    ]) {
      const added = await owner.web.lists.getByTitle(title).items.add({ Title: 'delete-me' });
      lists.push([title, added.Id]);
    }
    for (const login of [SO1, TPSO1, SSO]) {
      for (const [title, id] of lists) {
        const status = await statusOf(local.spAs(login).web.lists.getByTitle(title).items.getById(id).delete());
        // 403 where the persona may read the list or item; 404 where it does not exist for them
        expect([title, login, status === 403 || status === 404]).toEqual([title, login, true]);
      }
    }
    // the officer cannot delete even their own enquiry
    expect(await statusOf(local.spAs(SO1).web.lists.getByTitle(LIST.enquiries).items.getById(e.id).delete())).toBe(403);
    await owner.web.lists.getByTitle(LIST.enquiries).items.getById(e.id).delete();
  });
});
