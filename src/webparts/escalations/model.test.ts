import type { IEscalation } from '../../data/stores/types';
import { boardRows, countStates, DEFAULT_FILTERS, dueText, IDueTemplates, replaceById } from './model';

const T: IDueTemplates = {
  steps: {
    referToIct: 'Refer to ICT',
    action: 'Action',
    review: 'Review',
    followUp: 'Follow up',
    finalise: 'Finalise',
    complete: 'Complete',
    dayOne: 'Day one ends {1} ({2}), {3}',
    documentWhyNot: 'Document why not finalised on day one',
    seniorCompletes: 'Senior Practitioner completes the work'
  },
  today: '{0} by {1} today ({2})',
  tomorrow: '{0} by {1} tomorrow ({2})',
  other: '{0} by {3}',
  overdue: '{0} by {3}, {1} ({2})'
};
const NOW = new Date('2025-12-14T23:30:00Z'); // 10:00 Mon 15 Dec in Adelaide
const ME = 'sso@boutique.local';
const ADL = 'Australia/Adelaide';

function esc(id: number, over: Partial<IEscalation>): IEscalation {
  return {
    id,
    etag: '"1"',
    created: undefined,
    modified: undefined,
    editorName: undefined,
    requestKey: 'k' + id,
    enquiryId: id,
    workType: 'AIC',
    category: 'PolicyReferral',
    dueAt: new Date('2025-12-16T06:30:00Z'),
    referredToIct: false,
    docRecorded: true,
    urgent: false,
    raisedByKey: 'tpso1@boutique.local',
    summary: 's',
    centreTimeZone: ADL,
    centreKey: ADL,
    status: 'Open',
    notes: [],
    assigneeName: undefined,
    ...over
  };
}

describe('SSO board view model', () => {
  const items = [
    esc(1, {}),
    esc(2, { category: 'ArrearsStopPayment', urgent: true, dueAt: new Date('2025-12-15T06:30:00Z') }),
    esc(3, { category: 'ReviewOfDecision', dueAt: new Date('2025-12-12T06:30:00Z'), assigneeKey: ME }),
    esc(4, {
      category: 'SystemIssue',
      centreTimeZone: 'Australia/Perth',
      centreKey: 'Australia/Perth',
      dueAt: new Date('2025-12-15T01:00:00Z')
    }),
    esc(5, { category: 'NotificationOfDeath', urgent: true, dueAt: new Date('2025-12-16T00:00:00Z') }),
    esc(6, { status: 'Finalised' })
  ];

  it("puts urgent ones first, then the soonest deadline, then day-one-only ones oldest first, in the centre's time zone", () => {
    const rows = boardRows(items, { ...DEFAULT_FILTERS, centre: 'all' }, ME, ADL, NOW, T);
    expect(rows.map((r) => r.escalation.id)).toEqual([2, 5, 3, 4, 1]);
    expect(rows[0].dueText).toBe('Refer to ICT by 5:00 pm today (Adelaide)');
    expect(rows[0].due.state).toBe('dueToday');
    expect(rows[1].dueText).toBe('Action by 10:30 am tomorrow (Adelaide)');
    // Seed 004 gives reviews, policy referrals and complex escalations no due time: day one, then "why not".
    expect(rows[2]).toMatchObject({ dueText: 'Document why not finalised on day one', due: { state: 'overdue' } });
    expect(rows[3].dueText).toBe('Day one ends 9:00 am (Perth), Mon 15 Dec');
    expect(countStates(rows)).toEqual({ overdue: 1, dueToday: 2 });
  });

  it('sorts a real deadline next week ahead of a day-one-only escalation due today, and those oldest first', () => {
    const mixed = [
      esc(11, {
        category: 'PolicyReferral',
        created: new Date('2025-12-14T23:00:00Z'),
        dueAt: new Date('2025-12-15T06:30:00Z')
      }),
      esc(12, { category: 'FCSO', referredToIct: true, dueAt: new Date('2025-12-22T06:30:00Z') }),
      esc(13, {
        category: 'ReviewOfDecision',
        created: new Date('2025-12-11T23:00:00Z'),
        dueAt: new Date('2025-12-12T06:30:00Z'),
        notes: [
          {
            at: NOW,
            byKey: ME,
            actionTaken: 'a',
            resourcesUsed: 'r',
            actionRequiredByOfficer: '',
            whyNotFinalised: 'Waiting on the DM'
          }
        ]
      })
    ];
    const rows = boardRows(mixed, { ...DEFAULT_FILTERS, centre: 'all' }, ME, ADL, NOW, T);
    expect(rows.map((r) => r.escalation.id)).toEqual([12, 13, 11]);
    expect(rows[1].dueText).toBe('Senior Practitioner completes the work');
    expect(rows[1].due.state).toBe('later');
  });

  it('filters on my centre, category, assigned to me / unassigned and overdue', () => {
    const ids = (f: Partial<typeof DEFAULT_FILTERS>): number[] =>
      boardRows(items, { ...DEFAULT_FILTERS, ...f }, ME, ADL, NOW, T).map((r) => r.escalation.id);
    expect(ids({})).toEqual([2, 5, 3, 1]);
    expect(ids({ category: 'ArrearsStopPayment' })).toEqual([2]);
    expect(ids({ assigned: 'me' })).toEqual([3]);
    expect(ids({ assigned: 'unassigned' })).toEqual([2, 5, 1]);
    expect(ids({ overdueOnly: true, centre: 'all' })).toEqual([3]);
  });

  it('says a later deadline by its day', () => {
    expect(
      dueText(
        {
          step: 'review',
          state: 'later',
          day: 'other',
          time: '5:00 pm',
          date: 'Tue 15 Dec',
          city: 'Adelaide',
          dayOneOnly: false
        },
        T
      )
    ).toBe('Review by Tue 15 Dec');
  });

  it('shows a changed escalation at once and drops a finalised one', () => {
    expect(replaceById(items, esc(1, { assigneeKey: ME })).filter((e) => e.id === 1)[0].assigneeKey).toBe(ME);
    expect(replaceById(items, esc(1, { status: 'Finalised' })).map((e) => e.id)).not.toContain(1);
  });
});
