import type { IQolCheck, IQolDirection, IQolResponse, IQolResult } from '../../data/stores/types';
import {
  directedRows,
  directionMonthKeys,
  lastMonths,
  myCheckRows,
  myUrgentRows,
  officersOf,
  percent,
  summarise,
  summaryMonthKeys,
  urgentMonthKeys,
  urgentQueue,
  viewsForRole,
  waitedWords
} from './model';

const SO1 = 'so1@boutique.local';
const SO2 = 'so2@boutique.local';

function check(id: number, officerKey: string, workType: string, outcome: string): IQolCheck {
  return {
    id,
    etag: '"1"',
    created: undefined,
    modified: undefined,
    editorName: undefined,
    requestKey: 'k' + id,
    workType,
    officerKey,
    checkerKey: 'tpso1@boutique.local',
    activityRef: 'ACT-' + id,
    outcome,
    pillarsFailed: outcome === 'CriticalError' ? ['RightRate'] : [],
    urgent: false,
    feedback: outcome === 'Correct' ? '' : 'See the reference.',
    checkedAt: new Date(2025, 2, id),
    sentBack: outcome === 'CriticalError'
  };
}

function response(checkId: number, kind: string): IQolResponse {
  return {
    id: 100 + checkId,
    etag: '"1"',
    created: undefined,
    modified: undefined,
    editorName: undefined,
    requestKey: 'r' + checkId + kind,
    kind,
    checkId,
    officerKey: SO1
  };
}

describe('QOL Checks view model', () => {
  it('gives each roster role its views; someone not on the roster is an officer', () => {
    expect(viewsForRole('TPSO')).toEqual(['record']);
    expect(viewsForRole('SSO')).toEqual(['summary']);
    expect(viewsForRole('TeamLeader')).toEqual(['summary']);
    expect(viewsForRole(undefined)).toEqual(['mine']);
  });

  it("lists an officer's checks newest first with what is still open", () => {
    const results: IQolResult[] = [1, 2, 3].map((id) => {
      const c = check(id, SO1, 'AIC', ['Correct', 'NonCriticalError', 'CriticalError'][id - 1]);
      return { ...c, checkId: id, nonCriticalErrors: [] };
    });
    const rows = myCheckRows(results, [response(3, 'Acknowledged')]);
    expect(rows.map((r) => r.result.checkId)).toEqual([3, 2, 1]);
    expect(rows.map((r) => [r.feedbackOpen, r.sendBackOpen])).toEqual([
      [false, true],
      [true, false],
      [false, false]
    ]);
  });

  it('counts per officer and per work type, with error rate, open send-backs and unacknowledged feedback', () => {
    const checks = [
      check(1, SO1, 'AIC', 'Correct'),
      check(2, SO1, 'AIC', 'CriticalError'),
      check(3, SO1, 'PES', 'NonCriticalError'),
      check(4, SO2, 'AIC', 'CriticalError'),
      check(4, SO2, 'AIC', 'CriticalError')
    ];
    const s = summarise(checks, [response(2, 'Corrected'), response(3, 'Acknowledged')]);
    expect(s.total).toMatchObject({
      done: 4,
      correct: 1,
      nonCritical: 1,
      critical: 2,
      errorRate: 0.75,
      sendBackOpen: 1,
      feedbackOpen: 2
    });
    expect(s.byOfficer.map((t) => [t.key, t.done, t.sendBackOpen, t.feedbackOpen])).toEqual([
      [SO1, 3, 0, 1],
      [SO2, 1, 1, 1]
    ]);
    expect(s.byWorkType.map((t) => [t.key, t.done, t.critical])).toEqual([
      ['AIC', 3, 2],
      ['PES', 1, 0]
    ]);
    expect(percent(s.byOfficer[0].errorRate)).toBe('67%');
    expect(officersOf(checks)).toEqual([SO1, SO2]);
  });

  it('reads a period through the indexed month keys: one per work type and month', () => {
    const period = lastMonths(new Date(2025, 0, 15), 2);
    expect(summaryMonthKeys(['AIC', 'PES'], period)).toEqual([
      'aic|2024-12',
      'pes|2024-12',
      'aic|2025-01',
      'pes|2025-01'
    ]);
  });
});

describe('urgent QOL view model', () => {
  const NOW = new Date(2025, 5, 16, 10, 0);
  function request(id: number, workType: string, minutesAgo: number): IQolResponse {
    return {
      ...response(0, 'UrgentRequest'),
      id,
      requestKey: 'u' + id,
      workType,
      created: new Date(NOW.getTime() - minutesAgo * 60000)
    };
  }
  function claim(requestId: number, checkerKey: string, outcome: string): IQolCheck {
    return { ...check(900 + requestId, SO1, 'AIC', 'Correct'), requestKey: 'urgent-' + requestId, checkerKey, outcome };
  }

  it("lists a checker's work types oldest first with who holds each claim, leaving out checked ones", () => {
    const rows = urgentQueue(
      [
        request(1, 'AIC', 5),
        request(2, 'AIC', 65),
        request(3, 'FHA', 90),
        request(4, 'AIC', 30),
        request(5, 'AIC', 40)
      ],
      [
        claim(4, 'tpso2@boutique.local', ''),
        claim(1, 'tpso1@boutique.local', ''),
        claim(5, 'tpso1@boutique.local', 'Correct')
      ],
      ['aic', 'PES'],
      'tpso1@boutique.local',
      NOW
    );
    expect(rows.map((r) => [r.request.id, r.state])).toEqual([
      [2, 'waiting'],
      [4, 'other'],
      [1, 'mine']
    ]);
    expect(waitedWords(rows[0].waitedMs, '{0} min', '{0} h {1} min')).toBe('1 h 5 min');
    expect(waitedWords(rows[2].waitedMs, '{0} min', '{0} h {1} min')).toBe('5 min');
  });

  it("shows an officer's urgent requests with their result once checked", () => {
    const result: IQolResult = {
      ...check(7, SO1, 'AIC', 'Correct'),
      requestKey: 'urgent-2',
      checkId: 7,
      nonCriticalErrors: []
    };
    expect(
      myUrgentRows([request(1, 'AIC', 5), request(2, 'AIC', 50), response(3, 'Acknowledged')], [result]).map((r) => [
        r.request.id,
        !!r.result
      ])
    ).toEqual([
      [1, false],
      [2, true]
    ]);
    expect(urgentMonthKeys(new Date(2025, 0, 3))).toEqual(['urgent|2024-12', 'urgent|2025-01']);
  });
});

describe('directed checks view model', () => {
  const NOW = new Date(2025, 5, 16, 10, 0);
  const direction = (id: number, over: Partial<IQolDirection>): IQolDirection => ({
    id,
    etag: '"1"',
    created: new Date(2025, 5, 2),
    modified: undefined,
    editorName: undefined,
    requestKey: 'd' + id,
    tpsoKey: 'tpso1@boutique.local',
    checkCount: 2,
    dueDate: new Date(2025, 5, 20, 23, 59),
    directedByKey: 'tl@boutique.local',
    ...over
  });

  it("counts the TPSO's own checks of that officer or work type between the direction and its due date", () => {
    const checks = [
      check(1, SO1, 'AIC', 'Correct'),
      check(3, SO1, 'PES', 'CriticalError'),
      check(5, SO2, 'AIC', 'Correct'),
      { ...check(6, SO1, 'AIC', 'Correct'), checkerKey: 'tpso2@boutique.local' },
      { ...check(7, SO1, 'AIC', ''), outcome: '' }
    ].map((c) => ({ ...c, checkedAt: new Date(2025, 5, 2 + c.id) }));
    checks.push(checks[0]); // read twice, by officer and by work type month key
    const rows = directedRows(
      [
        direction(1, { officerKey: SO1 }),
        direction(2, { workType: 'aic', dueDate: new Date(2025, 5, 10) }),
        direction(3, { workType: 'FHA', dueDate: new Date(2025, 5, 12) })
      ],
      checks,
      'tpso1@boutique.local',
      NOW
    );
    expect(rows.map((r) => [r.direction.id, r.done, r.overdue])).toEqual([
      [2, 2, false],
      [3, 0, true],
      [1, 2, false]
    ]);
    expect(directionMonthKeys([direction(1, { officerKey: SO1, created: new Date(2025, 4, 30) })], NOW)).toEqual([
      { column: 'OfficerMonthKey', key: SO1 + '|2025-05' },
      { column: 'OfficerMonthKey', key: SO1 + '|2025-06' }
    ]);
  });
});
