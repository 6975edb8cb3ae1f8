import type { IQolCheck, IQolResponse, IQolResult } from '../../data/stores/types';
import { lastMonths, myCheckRows, officersOf, percent, summarise, summaryMonthKeys, viewsForRole } from './model';

const SO1 = 'so1@boutique.local';
const SO2 = 'so2@boutique.local';

function check(id: number, officerKey: string, workType: string, outcome: string): IQolCheck {
  return {
    id, etag: '"1"', created: undefined, modified: undefined, editorName: undefined, requestKey: 'k' + id, workType, officerKey,
    checkerKey: 'tpso1@boutique.local', activityRef: 'ACT-' + id, outcome, pillarsFailed: outcome === 'CriticalError' ? ['RightRate'] : [],
    urgent: false, feedback: outcome === 'Correct' ? '' : 'See the reference.', checkedAt: new Date(2025, 2, id), sentBack: outcome === 'CriticalError'
  };
}

function response(checkId: number, kind: string): IQolResponse {
  return { id: 100 + checkId, etag: '"1"', created: undefined, modified: undefined, editorName: undefined, requestKey: 'r' + checkId + kind, kind, checkId, officerKey: SO1 };
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
    expect(rows.map((r) => [r.feedbackOpen, r.sendBackOpen])).toEqual([[false, true], [true, false], [false, false]]);
  });

  it('counts per officer and per work type, with error rate, open send-backs and unacknowledged feedback', () => {
    const checks = [
      check(1, SO1, 'AIC', 'Correct'), check(2, SO1, 'AIC', 'CriticalError'), check(3, SO1, 'PES', 'NonCriticalError'),
      check(4, SO2, 'AIC', 'CriticalError'), check(4, SO2, 'AIC', 'CriticalError')
    ];
    const s = summarise(checks, [response(2, 'Corrected'), response(3, 'Acknowledged')]);
    expect(s.total).toMatchObject({ done: 4, correct: 1, nonCritical: 1, critical: 2, errorRate: 0.75, sendBackOpen: 1, feedbackOpen: 2 });
    expect(s.byOfficer.map((t) => [t.key, t.done, t.sendBackOpen, t.feedbackOpen])).toEqual([[SO1, 3, 0, 1], [SO2, 1, 1, 1]]);
    expect(s.byWorkType.map((t) => [t.key, t.done, t.critical])).toEqual([['AIC', 3, 2], ['PES', 1, 0]]);
    expect(percent(s.byOfficer[0].errorRate)).toBe('67%');
    expect(officersOf(checks)).toEqual([SO1, SO2]);
  });

  it('reads a period through the indexed month keys: one per work type and month', () => {
    const period = lastMonths(new Date(2025, 0, 15), 2);
    expect(summaryMonthKeys(['AIC', 'PES'], period)).toEqual(['aic|2024-12', 'pes|2024-12', 'aic|2025-01', 'pes|2025-01']);
  });
});
