/**
 * Urgent QOL and the quality summary against the local SharePoint with the real PnPjs: an officer's urgent request
 * is refused without one of the two reasons; two checkers claiming at once leave exactly one claim (QOL Checks'
 * unique RequestKey) and the loser is told who won; the result reaches the officer, no one else. The summary reads
 * a QOL Checks list past the 5,000-item threshold through the indexed month keys, where a CheckedAt-first or
 * OfficerKey-first query is throttled, and its numbers equal a count made here.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startLocalSp } from '../helpers/localSp';
import { LIST } from '../../src/data/schema';
import { createDataServices, IDataServices } from '../../src/data/services';
import { isThresholdError } from '../../src/data/errors';
import { qolMonthKey, urgentClaimKey } from '../../src/domain/qol';
import { claimUrgent, completeUrgent, directChecks, requestUrgent } from '../../src/webparts/qolChecks/actions';
import { readSummary } from '../../src/webparts/qolChecks/hooks/useQolSummary';
import { counting, IRequestLog, newRequestKey, SO1, TPSO1, TPSO2, startProvisionedSite } from './support';

jest.setTimeout(300000);

const SO2 = 'so2@boutique.local';
const TL = 'tl@boutique.local';
const BIG: number = 6000;
type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;

describe('urgent QOL and the quality summary', () => {
  let local: LocalSp;
  let so1: IDataServices;
  let so2: IDataServices;
  let tom: IDataServices;
  let fiona: IDataServices;
  let tl: IDataServices;
  let tlLog: IRequestLog;
  const now = new Date(2025, 5, 16, 9, 30);

  beforeAll(async () => {
    local = await startProvisionedSite();
    const as = (login: string): IDataServices => createDataServices({ sp: local.spAs(login), currentUserLogin: login });
    so1 = as(SO1);
    so2 = as(SO2);
    tom = as(TPSO1);
    fiona = as(TPSO2);
    const c = counting(local.spAs(TL));
    tl = createDataServices({ sp: c.sp, currentUserLogin: TL });
    tlLog = c.log;
  });
  afterAll(async () => {
    await local.close();
  });

  it('refuses an urgent request without one of the two reasons, or with a CRN, sending nothing', async () => {
    await expect(
      requestUrgent(so1, { workType: 'AIC', reason: 'Backlog', activityRef: 'ACT-1' }, newRequestKey('u'), now)
    ).rejects.toThrow(/only for immediate customer impact or business-critical work/);
    await expect(
      requestUrgent(
        so1,
        { workType: 'AIC', reason: 'ImmediateCustomerImpact', activityRef: '123 456 789A' },
        newRequestKey('u'),
        now
      )
    ).rejects.toThrow(/looks like customer details/);
    expect((await so1.qolResponses.listForOfficer(SO1)).items).toEqual([]);
  });

  it('two checkers claim at once: one claim lands, the other is told who has it; the officer sees the result, no one else', async () => {
    const key = newRequestKey('u');
    const request = await requestUrgent(
      so1,
      { workType: 'AIC', reason: 'ImmediateCustomerImpact', activityRef: 'ACT-URG-1' },
      key,
      now
    );
    expect(
      (
        await requestUrgent(
          so1,
          { workType: 'AIC', reason: 'ImmediateCustomerImpact', activityRef: 'ACT-URG-1' },
          key,
          now
        )
      ).id
    ).toBe(request.id);
    // Both checkers see it (Override List Behaviors); the other officer does not (item-level security).
    const month = request.urgentMonthKey as string;
    expect((await tom.qolResponses.listUrgentForMonthKey(month)).map((r) => r.id)).toContain(request.id);
    expect((await so2.qolResponses.listUrgentForMonthKey(month)).map((r) => r.id)).not.toContain(request.id);

    const [a, b] = await Promise.allSettled([claimUrgent(tom, request, now), claimUrgent(fiona, request, now)]);
    const won = [a, b].filter((r) => r.status === 'fulfilled');
    const lost = [a, b].filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(String(lost[0].reason.message)).toMatch(/has already claimed this urgent check/);
    const claims = (await tom.qolChecks.listUrgentForMonthKey(month)).filter(
      (c) => c.requestKey === urgentClaimKey(request.id)
    );
    expect(claims).toHaveLength(1);
    const winner = won[0].status === 'fulfilled' ? won[0].value : undefined;
    const winnerData = winner!.checkerKey === TPSO1 ? tom : fiona;
    const loserData = winnerData === tom ? fiona : tom;
    await expect(claimUrgent(loserData, request, now)).rejects.toThrow(/already claimed/);

    const done = await completeUrgent(
      winnerData,
      claims[0],
      {
        officerKey: SO1,
        workType: 'AIC',
        activityRef: 'ACT-URG-1',
        pillarsFailed: ['RightDate'],
        nonCriticalErrors: [],
        feedback: 'Date of effect from the wrong event.'
      },
      now
    );
    expect(done.check).toMatchObject({
      outcome: 'CriticalError',
      urgent: true,
      sentBack: true,
      workTypeMonthKey: 'aic|2025-06'
    });
    const mine = (await so1.qolResults.listForOfficer(SO1)).items;
    expect(mine.map((r) => r.requestKey)).toContain(urgentClaimKey(request.id));
    // Priya has no results at all: the list itself is hidden from her (SharePoint answers 404, as for no list).
    await expect(so2.qolResults.listForOfficer(SO1)).rejects.toThrow(/404|does not exist/);
  });

  it('a Team Leader directs checks to a TPSO once per request key; the TPSO reads them; officers cannot', async () => {
    const key = newRequestKey('dir');
    const draft = { tpsoKey: TPSO1, officerKey: SO1, workType: '', checkCount: 5, dueDate: '2025-06-20' };
    await expect(directChecks(tl, { ...draft, checkCount: 0 }, key, now)).rejects.toThrow(/whole number from 1 to 100/);
    await expect(directChecks(tl, { ...draft, workType: 'AIC' }, key, now)).rejects.toThrow(/not both/);
    await expect(directChecks(tl, { ...draft, dueDate: '2025-06-01' }, key, now)).rejects.toThrow(/from today on/);
    const d = await directChecks(tl, draft, key, now);
    expect((await directChecks(tl, draft, key, now)).id).toBe(d.id);
    expect(d).toMatchObject({ tpsoKey: TPSO1, officerKey: SO1, checkCount: 5, directedByKey: TL });
    expect((await tom.qolDirections.listForTpso(TPSO1)).items.map((x) => x.id)).toEqual([d.id]);
    await expect(so1.qolDirections.listForTpso(TPSO1)).rejects.toThrow(/404|does not exist/);
  });

  it('summarises a list past the threshold through the month keys, and matches a count made here', async () => {
    // History: thousands of checks of last year, which a CheckedAt- or OfficerKey-first query would have to scan.
    const rows: Record<string, unknown>[] = [];
    const old = new Date(2024, 3, 10).toISOString();
    for (let i = 0; i < BIG; i++) {
      rows.push({
        Title: 'old-' + i,
        RequestKey: 'old-' + i,
        WorkType: 'AIC',
        OfficerKey: SO1,
        CheckerKey: TPSO1,
        ActivityRef: 'ACT-' + i,
        Outcome: 'Correct',
        CheckedAt: old,
        OfficerMonthKey: qolMonthKey(SO1, 2024, 4),
        WorkTypeMonthKey: qolMonthKey('AIC', 2024, 4),
        Created: old
      });
    }
    // This month: a known mix, with responses for some.
    const mix: Array<[string, string, string]> = [
      [SO1, 'AIC', 'Correct'],
      [SO1, 'AIC', 'NonCriticalError'],
      [SO1, 'PES', 'CriticalError'],
      [SO2, 'AIC', 'CriticalError'],
      [SO2, 'FHA', 'Correct']
    ];
    mix.forEach(([officer, type, outcome], i) =>
      rows.push({
        Title: 'june-' + i,
        RequestKey: 'june-' + i,
        WorkType: type,
        OfficerKey: officer,
        CheckerKey: TPSO1,
        ActivityRef: 'ACT-J' + i,
        Outcome: outcome,
        SentBack: outcome === 'CriticalError',
        CheckedAt: now.toISOString(),
        Created: now.toISOString(),
        OfficerMonthKey: qolMonthKey(officer, 2025, 6),
        WorkTypeMonthKey: qolMonthKey(type, 2025, 6)
      })
    );
    local.server.bulkInsert(LIST.qolChecks, rows, TPSO1);
    const june = await tom.qolChecks.listForMonthKey('WorkTypeMonthKey', qolMonthKey('PES', 2025, 6));
    await so1.qolResponses.respond({
      requestKey: newRequestKey('r'),
      kind: 'Corrected',
      checkId: june[0].id,
      officerKey: SO1
    });

    const throttled = await local
      .spAs(TL)
      .web.lists.getByTitle(LIST.qolChecks)
      .items.filter("OfficerKey eq '" + SO1 + "' and Outcome eq 'Correct'")
      .top(100)()
      .catch((x: unknown) => x);
    expect(isThresholdError(throttled)).toBe(true);

    tlLog.clear();
    const s = await readSummary(tl, ['AIC', 'PES', 'FHA'], {
      from: { year: 2025, month: 6 },
      to: { year: 2025, month: 6 }
    });
    // One query per work type and month, then one per officer checked (two $batches), each filtered first on an
    // indexed Text column.
    const filters = tlLog.requests
      .filter((r) => !/\$batch/.test(r.url))
      .map((r) => decodeURIComponent(r.url.replace(/\+/g, ' ')).split('$filter=')[1]);
    expect(tlLog.requests.filter((r) => /\$batch/.test(r.url))).toHaveLength(2);
    expect(filters).toEqual([
      "WorkTypeMonthKey eq 'aic|2025-06'",
      "WorkTypeMonthKey eq 'pes|2025-06'",
      "WorkTypeMonthKey eq 'fha|2025-06'",
      "OfficerKey eq '" + SO1 + "'",
      "OfficerKey eq '" + SO2 + "'"
    ]);
    // Lean: only the columns a tally counts, no person expansion.
    const selects = tlLog.requests
      .filter((r) => !/\$batch/.test(r.url))
      .map((r) => decodeURIComponent(r.url).split('$select=')[1].split('&')[0]);
    expect(selects.slice(0, 3).every((x) => x === 'Id,OfficerKey,WorkType,Outcome')).toBe(true);
    expect(selects.slice(3).every((x) => x === 'Id,CheckId,Kind')).toBe(true);
    // The urgent check completed above is June's too (critical, sent back, not corrected, not acknowledged).
    expect(s.total).toMatchObject({
      done: 6,
      correct: 2,
      nonCritical: 1,
      critical: 3,
      sendBackOpen: 2,
      feedbackOpen: 4
    });
    expect(s.byOfficer.map((t) => [t.key, t.done])).toEqual([
      [SO1, 4],
      [SO2, 2]
    ]);
    expect(s.byWorkType.map((t) => [t.key, t.done])).toEqual([
      ['AIC', 4],
      ['FHA', 1],
      ['PES', 1]
    ]);
  });
});
