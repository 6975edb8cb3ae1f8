/**
 * QOL checks: an officer reads only their own results and cannot change a check, its result or the checker's
 * record, through the app's stores (real PnPjs) and over plain REST, as each persona. The design is explained in
 * src/data/stores/QolResultStore.ts.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startLocalSp } from '../helpers/localSp';
import { isThresholdError } from '../../src/data/errors';
import { LIST } from '../../src/data/schema';
import { createDataServices, IDataServices } from '../../src/data/services';
import { ActionRefused, recordCheck, respond } from '../../src/webparts/qolChecks/actions';
import type { IRecordedCheck } from '../../src/webparts/qolChecks/actions';
import type { IQolCheckDraft } from '../../src/domain/qol';
import { newRequestKey, SO1, TPSO1, startProvisionedSite } from './support';

jest.setTimeout(120000);

const SO2 = 'so2@boutique.local';
type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;
const JSON_LIGHT = { headers: { Accept: 'application/json;odata=nometadata' } };

function draft(officerKey: string, over: Partial<IQolCheckDraft> = {}): IQolCheckDraft {
  return {
    officerKey,
    workType: 'ABSTUDY',
    activityRef: 'ACT-2024-0001',
    pillarsFailed: [],
    nonCriticalErrors: [],
    feedback: '',
    ...over
  };
}

describe('QOL checks: who reads and writes what', () => {
  let local: LocalSp;
  let checker: IDataServices;
  let so1: IDataServices;
  let so2: IDataServices;
  let critical: IRecordedCheck;
  let so2Check: IRecordedCheck;
  const url = (list: string): string => `/sites/boutique/_api/web/lists/getbytitle('${list}')/items`;

  beforeAll(async () => {
    local = await startProvisionedSite();
    checker = createDataServices({ sp: local.spAs(TPSO1), currentUserLogin: TPSO1 });
    so1 = createDataServices({ sp: local.spAs(SO1), currentUserLogin: SO1 });
    so2 = createDataServices({ sp: local.spAs(SO2), currentUserLogin: SO2 });
    const now = new Date(2025, 2, 10, 10, 0);
    await recordCheck(checker, draft(SO1, { activityRef: 'ACT-OK' }), newRequestKey('qol'), now);
    critical = await recordCheck(
      checker,
      draft(SO1, { activityRef: 'ACT-RATE', pillarsFailed: ['RightRate'], feedback: 'Rate used the old income.' }),
      newRequestKey('qol'),
      now
    );
    so2Check = await recordCheck(
      checker,
      draft(SO2, { activityRef: 'ACT-SO2', nonCriticalErrors: ['Documentation'], feedback: 'DOC incomplete.' }),
      newRequestKey('qol'),
      now
    );
  });

  afterAll(async () => {
    await local.close();
  });

  it('the outcome comes from the domain: a failed pillar is critical and sent back', () => {
    expect(critical.check.outcome).toBe('CriticalError');
    expect(critical.check.sentBack).toBe(true);
    expect(critical.result.outcome).toBe('CriticalError');
    expect(so2Check.check.outcome).toBe('NonCriticalError');
    expect(so2Check.check.officerMonthKey).toBe(SO2 + '|2025-03');
  });

  it('refuses a CRN in the activity reference and an error without feedback, sending nothing', async () => {
    const before = (await checker.qolChecks.listForOfficer(SO1)).items.length;
    await expect(
      recordCheck(checker, draft(SO1, { activityRef: '123 456 789A' }), newRequestKey('qol'), new Date())
    ).rejects.toBeInstanceOf(ActionRefused);
    await expect(
      recordCheck(checker, draft(SO1, { pillarsFailed: ['RightDate'] }), newRequestKey('qol'), new Date())
    ).rejects.toThrow(/feedback/i);
    expect((await checker.qolChecks.listForOfficer(SO1)).items.length).toBe(before);
  });

  it('a retried save lands once', async () => {
    const key = newRequestKey('qol');
    const a = await recordCheck(checker, draft(SO2, { activityRef: 'ACT-RETRY' }), key, new Date());
    const b = await recordCheck(checker, draft(SO2, { activityRef: 'ACT-RETRY' }), key, new Date());
    expect(b.check.id).toBe(a.check.id);
    expect(b.result.id).toBe(a.result.id);
  });

  it('each officer reads their own results only (store)', async () => {
    const mine = (await so1.qolResults.listForOfficer(SO1)).items.map((r) => r.activityRef);
    expect(mine.sort()).toEqual(['ACT-OK', 'ACT-RATE']);
    expect((await so2.qolResults.listForOfficer(SO1)).items).toEqual([]);
    await expect(so2.qolResults.getById(critical.result.id)).rejects.toMatchObject({ status: 404 });
  });

  it("over plain REST an officer gets no other officer's result, and no check at all", async () => {
    const all = await local.rawFetch(SO2, `${url(LIST.qolResults)}?$top=500`, JSON_LIGHT);
    expect(all.status).toBe(200);
    const rows = ((await all.json()) as { value: Array<{ OfficerKey: string; FileSystemObjectType: number }> }).value;
    // The items endpoint returns folders too: SO2 sees their own folder and the results in it, nothing else.
    const results = rows.filter((r) => r.FileSystemObjectType === 0);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.OfficerKey === SO2)).toBe(true);
    expect(rows.filter((r) => r.FileSystemObjectType === 1)).toHaveLength(1);
    expect((await local.rawFetch(SO2, `${url(LIST.qolResults)}(${critical.result.id})`, JSON_LIGHT)).status).toBe(404);
    expect((await local.rawFetch(SO1, `${url(LIST.qolChecks)}?$top=5`, JSON_LIGHT)).status).toBe(404);
  });

  it('results live in one folder per officer: one permission scope per officer, none per result', async () => {
    const get = async (login: string, path: string): Promise<unknown> =>
      ((await (await local.rawFetch(login, path, JSON_LIGHT)).json()) as { value: unknown }).value;
    const results = `/sites/boutique/_api/web/lists/getbytitle('${LIST.qolResults}')`;
    // The result inherits its folder; the folder has its own permissions.
    expect(await get(TPSO1, `${results}/items(${critical.result.id})/hasuniqueroleassignments`)).toBe(false);
    const folder = `${results}/rootfolder/folders('so1@boutique.local')`;
    const folderItem = (await (await local.rawFetch(TPSO1, `${folder}/listitemallfields`, JSON_LIGHT)).json()) as {
      Id: number;
      FileSystemObjectType: number;
    };
    expect(folderItem.FileSystemObjectType).toBe(1);
    expect(await get(TPSO1, `${results}/items(${folderItem.Id})/hasuniqueroleassignments`)).toBe(true);
    // Two officers checked three times: two scopes (their folders), whatever the number of checks.
    const more = await recordCheck(checker, draft(SO1, { activityRef: 'ACT-MORE' }), newRequestKey('qol'), new Date());
    expect(await get(TPSO1, `${results}/items(${more.result.id})/hasuniqueroleassignments`)).toBe(false);
    // Another officer's folder does not exist for SO2; their own does.
    expect((await local.rawFetch(SO2, folder, JSON_LIGHT)).status).toBe(404);
    expect((await local.rawFetch(SO2, `${results}/rootfolder/folders('so2@boutique.local')`, JSON_LIGHT)).status).toBe(
      200
    );
    // An officer cannot add to their own folder (Read), so they cannot plant a result.
    const plant = await local.rawFetch(SO2, `${results}/AddValidateUpdateItemUsingPath()`, {
      method: 'POST',
      headers: {
        Accept: 'application/json;odata=nometadata',
        'Content-Type': 'application/json',
        'X-RequestDigest': await local.digest(SO2)
      },
      body: JSON.stringify({
        listItemCreateInfo: { FolderPath: { DecodedUrl: '/sites/boutique/Lists/QOL Results/so2@boutique.local' } },
        formValues: [{ FieldName: 'Title', FieldValue: 'x' }]
      })
    });
    expect(plant.status).toBe(403);
  });

  it('an officer cannot change their result or the check over REST', async () => {
    const merge = (path: string): Promise<Response> =>
      local.rawFetch(SO1, path, {
        method: 'POST',
        headers: {
          Accept: 'application/json;odata=nometadata',
          'Content-Type': 'application/json',
          'X-HTTP-Method': 'MERGE',
          'IF-MATCH': '*'
        },
        body: JSON.stringify({ Outcome: 'Correct' })
      });
    expect((await merge(`${url(LIST.qolResults)}(${critical.result.id})`)).status).toBe(403);
    expect([403, 404]).toContain((await merge(`${url(LIST.qolChecks)}(${critical.check.id})`)).status);
    expect((await checker.qolResults.getById(critical.result.id)).outcome).toBe('CriticalError');
    expect((await checker.qolChecks.getById(critical.check.id)).outcome).toBe('CriticalError');
  });

  it('an officer acknowledges and confirms corrected as responses of their own, once per key; the check is unchanged', async () => {
    const key = newRequestKey('ack');
    const ack = await respond(so1, critical.result, 'Acknowledged', key);
    expect((await respond(so1, critical.result, 'Acknowledged', key)).id).toBe(ack.id);
    await respond(so1, critical.result, 'Corrected', newRequestKey('fix'));
    const mine = (await so1.qolResponses.listForOfficer(SO1)).items.map((r) => r.kind).sort();
    expect(mine).toEqual(['Acknowledged', 'Corrected']);
    expect((await so2.qolResponses.listForOfficer(SO1)).items).toEqual([]);
    // TPS staff read every response (Override List Behaviors).
    expect((await checker.qolResponses.listForOfficer(SO1)).items).toHaveLength(2);
    const check = await checker.qolChecks.getById(critical.check.id);
    expect([check.outcome, check.checkerKey, check.etag]).toEqual(['CriticalError', TPSO1, critical.check.etag]);
  });

  it('refuses to acknowledge a correct check or confirm one not sent back', async () => {
    const ok = (await so1.qolResults.listForOfficer(SO1)).items.find((r) => r.activityRef === 'ACT-OK');
    await expect(respond(so1, ok!, 'Acknowledged', newRequestKey('ack'))).rejects.toThrow(/no feedback/);
    await expect(respond(so2, so2Check.result, 'Corrected', newRequestKey('fix'))).rejects.toThrow(/not sent back/);
  });

  it("past the list view threshold an officer's results still read by the indexed OfficerKey; a scan is refused", async () => {
    // 6,000 other officers' results (at the root, as version 4 left them): the list is past 5,000 items.
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      Title: 'bulk-' + i,
      RequestKey: 'bulk-result-' + i,
      OfficerKey: 'officer' + (i % 50) + '@boutique.local',
      WorkType: 'AIC',
      Outcome: 'Correct',
      CheckId: 100000 + i
    }));
    local.server.bulkInsert(LIST.qolResults, rows, TPSO1);
    const mine = (await so1.qolResults.listForOfficer(SO1)).items.map((r) => r.officerKey);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((k) => k === SO1)).toBe(true);
    const scan = await local
      .spAs(TPSO1)
      .web.lists.getByTitle(LIST.qolResults)
      .items.filter("Outcome eq 'CriticalError'")
      .top(10)()
      .catch((x: unknown) => x);
    expect(isThresholdError(scan)).toBe(true);
  });
});
