import { createBusinessCalendar, BusinessCalendar } from './businessCalendar';
import {
  compareByDeadline,
  computeEscalationDeadlines,
  EscalationDeadlineInput,
  EscalationDeadlines
} from './escalationDeadlines';

const cal = (timeZone: string): BusinessCalendar => createBusinessCalendar({ timeZone });
const SYD: BusinessCalendar = cal('Australia/Sydney');
const MEL: BusinessCalendar = cal('Australia/Melbourne');
const PER: BusinessCalendar = cal('Australia/Perth');
const DRW: BusinessCalendar = cal('Australia/Darwin');
const BNE: BusinessCalendar = cal('Australia/Brisbane');

function run(
  calendar: BusinessCalendar,
  input: Partial<EscalationDeadlineInput> & Pick<EscalationDeadlineInput, 'category' | 'raisedAt'>
): EscalationDeadlines {
  return computeEscalationDeadlines({ timeZone: calendar.timeZone, referredToIct: false, ...input }, calendar);
}
const iso = (d: Date | undefined): string | undefined => (d ? d.toISOString() : undefined);

describe('ArrearsStopPayment', () => {
  it('is due at close of business the same local day, urgent, Team Leader sees it', () => {
    const r = run(SYD, { category: 'ArrearsStopPayment', raisedAt: new Date('2026-03-04T05:59:00Z') }); // 16:59 Wed
    expect(iso(r.dueAt)).toBe('2026-03-04T06:00:00.000Z');
    expect(r.label).toBe('Refer to ICT by 5:00 pm today');
    expect(r.urgent).toBe(true);
    expect(r.notifyTeamLeader).toBe(true);
    expect(r.rule).toBe('arrears-same-day');
  });

  it('raised at or after close of business rolls to the next business day', () => {
    const r = run(SYD, { category: 'ArrearsStopPayment', raisedAt: new Date('2026-03-04T06:00:00Z') }); // 17:00 Wed
    expect(iso(r.dueAt)).toBe('2026-03-05T06:00:00.000Z');
    expect(r.label).toBe('Refer to ICT by 5:00 pm next business day');
  });

  it('raised after close of business on Friday rolls over the weekend', () => {
    const r = run(SYD, { category: 'ArrearsStopPayment', raisedAt: new Date('2026-03-06T08:00:00Z') }); // Fri 19:00
    expect(iso(r.dueAt)).toBe('2026-03-09T06:00:00.000Z'); // Mon 17:00 AEDT
  });

  it('raised on a Saturday is due Monday', () => {
    const r = run(SYD, { category: 'ArrearsStopPayment', raisedAt: new Date('2026-03-07T01:00:00Z') });
    expect(iso(r.dueAt)).toBe('2026-03-09T06:00:00.000Z');
  });

  it('raised on a state public holiday is due the next business day in that state only', () => {
    const raisedAt: Date = new Date('2026-03-08T23:00:00Z'); // Mon 9 Mar 10:00 (VIC Labour Day)
    expect(iso(run(MEL, { category: 'ArrearsStopPayment', raisedAt }).dueAt)).toBe('2026-03-10T06:00:00.000Z');
    expect(iso(run(SYD, { category: 'ArrearsStopPayment', raisedAt }).dueAt)).toBe('2026-03-09T06:00:00.000Z');
  });

  it('Perth and Sydney close at different UTC instants', () => {
    const raisedAt: Date = new Date('2026-03-04T01:00:00Z');
    expect(iso(run(PER, { category: 'ArrearsStopPayment', raisedAt }).dueAt)).toBe('2026-03-04T09:00:00.000Z');
    expect(iso(run(SYD, { category: 'ArrearsStopPayment', raisedAt }).dueAt)).toBe('2026-03-04T06:00:00.000Z');
  });

  it('Perth officer after Sydney COB but before Perth COB is still same day', () => {
    const r = run(PER, { category: 'ArrearsStopPayment', raisedAt: new Date('2026-03-04T08:00:00Z') }); // 16:00 AWST
    expect(iso(r.dueAt)).toBe('2026-03-04T09:00:00.000Z');
  });

  it('Friday before the October DST change and NSW Labour Day', () => {
    // Fri 2 Oct 2026 18:00 AEST; Mon 5 Oct is Labour Day in NSW; Tue 6 Oct 17:00 is AEDT (+11).
    const r = run(SYD, { category: 'ArrearsStopPayment', raisedAt: new Date('2026-10-02T08:00:00Z') });
    expect(iso(r.dueAt)).toBe('2026-10-06T06:00:00.000Z');
  });

  it('Darwin and Brisbane close at a fixed UTC time all year', () => {
    expect(iso(run(DRW, { category: 'ArrearsStopPayment', raisedAt: new Date('2026-01-14T01:00:00Z') }).dueAt)).toBe(
      '2026-01-14T07:30:00.000Z'
    );
    expect(iso(run(DRW, { category: 'ArrearsStopPayment', raisedAt: new Date('2026-07-15T01:00:00Z') }).dueAt)).toBe(
      '2026-07-15T07:30:00.000Z'
    );
    expect(iso(run(BNE, { category: 'ArrearsStopPayment', raisedAt: new Date('2026-01-14T01:00:00Z') }).dueAt)).toBe(
      '2026-01-14T07:00:00.000Z'
    );
    expect(iso(run(BNE, { category: 'ArrearsStopPayment', raisedAt: new Date('2026-07-15T01:00:00Z') }).dueAt)).toBe(
      '2026-07-15T07:00:00.000Z'
    );
  });
});

describe('NotificationOfDeath', () => {
  it('is actioned within 24 hours; no review when finalised at first contact', () => {
    const r = run(SYD, {
      category: 'NotificationOfDeath',
      raisedAt: new Date('2026-03-04T01:00:00Z'),
      finalisedAtFirstContact: true
    });
    expect(iso(r.dueAt)).toBe('2026-03-05T01:00:00.000Z');
    expect(r.reviewAt).toBeUndefined();
    expect(r.label).toBe('Action within 24 hours');
    expect(r.rule).toBe('death-24h');
    expect(r.urgent).toBe(true);
  });

  it('is reviewed within 14 days when referred to ICT, keeping wall-clock time across the April DST change', () => {
    const r = run(SYD, {
      category: 'NotificationOfDeath',
      raisedAt: new Date('2026-03-27T23:00:00Z'),
      referredToIct: true,
      finalisedAtFirstContact: true
    });
    expect(iso(r.dueAt)).toBe('2026-03-28T23:00:00.000Z'); // 24 elapsed hours
    expect(iso(r.reviewAt)).toBe('2026-04-11T00:00:00.000Z'); // Sat 11 Apr 10:00 AEST
    expect(r.label).toBe('Action within 24 hours; review within 14 days');
    expect(r.rule).toBe('death-24h-review-14d');
  });

  it('is reviewed within 14 days when not marked finalised', () => {
    const r = run(SYD, { category: 'NotificationOfDeath', raisedAt: new Date('2026-03-04T01:00:00Z') });
    expect(iso(r.reviewAt)).toBe('2026-03-18T01:00:00.000Z');
  });
});

describe('FCSO', () => {
  it('referred to ICT is finalised on day 15 (contact date + 15), at close of business, across October DST', () => {
    // Contact Mon 21 Sep 2026 10:00 AEST; day 15 = Tue 6 Oct 2026 (AEDT).
    const r = run(SYD, {
      category: 'FCSO',
      raisedAt: new Date('2026-09-23T00:00:00Z'),
      originalContactAt: new Date('2026-09-21T00:00:00Z'),
      referredToIct: true
    });
    expect(iso(r.dueAt)).toBe('2026-10-06T06:00:00.000Z');
    expect(r.label).toBe('Finalise on day 15');
    expect(r.rule).toBe('fcso-day-15');
  });

  it('day 15 on a weekend rolls to the next business day', () => {
    // Contact Fri 2 Jan 2026; day 15 = Sat 17 Jan → Mon 19 Jan.
    const r = run(SYD, {
      category: 'FCSO',
      raisedAt: new Date('2026-01-02T00:00:00Z'),
      originalContactAt: new Date('2026-01-02T00:00:00Z'),
      referredToIct: true
    });
    expect(iso(r.dueAt)).toBe('2026-01-19T06:00:00.000Z');
  });

  it('uses raisedAt when there is no original contact date', () => {
    const r = run(SYD, { category: 'FCSO', raisedAt: new Date('2026-09-21T00:00:00Z'), referredToIct: true });
    expect(iso(r.dueAt)).toBe('2026-10-06T06:00:00.000Z');
  });

  it('not referred to ICT gets day one only (ends at close of business the day it was raised)', () => {
    const r = run(SYD, { category: 'FCSO', raisedAt: new Date('2026-03-04T01:00:00Z') });
    expect(r.rule).toBe('day-one');
    expect(r.dayOneOnly).toBe(true);
    expect(iso(r.dueAt)).toBe('2026-03-04T06:00:00.000Z');
  });
});

describe('SystemIssue', () => {
  const raisedAt: Date = new Date('2026-03-03T23:00:00Z'); // Wed 4 Mar 10:00 AEDT

  it('affecting entitlement is followed up weekly', () => {
    const r = run(SYD, { category: 'SystemIssue', raisedAt, referredToIct: true, affectsEntitlement: true });
    expect(iso(r.nextFollowUpAt)).toBe('2026-03-10T23:00:00.000Z');
    expect(iso(r.dueAt)).toBe('2026-03-10T23:00:00.000Z');
    expect(r.label).toBe('Follow up weekly or at EPED');
    expect(r.rule).toBe('system-issue-weekly-or-eped');
  });

  it('or at EPED when that is sooner', () => {
    const r = run(SYD, {
      category: 'SystemIssue',
      raisedAt,
      referredToIct: true,
      affectsEntitlement: true,
      eped: new Date('2026-03-06T00:00:00Z')
    });
    expect(iso(r.nextFollowUpAt)).toBe('2026-03-06T06:00:00.000Z');
    expect(r.label).toBe('Follow up by EPED');
  });

  it('EPED later than a week keeps the weekly follow-up', () => {
    const r = run(SYD, {
      category: 'SystemIssue',
      raisedAt,
      referredToIct: true,
      affectsEntitlement: true,
      eped: new Date('2026-06-30T00:00:00Z')
    });
    expect(iso(r.dueAt)).toBe('2026-03-10T23:00:00.000Z');
  });

  it('a weekly follow-up that lands on Good Friday rolls past Easter Monday to Tuesday, same local time', () => {
    // Raised Fri 11 Apr 2025 10:00 AEST; +7 days = Good Friday 18 Apr; 21 Apr is Easter Monday.
    const r = run(SYD, {
      category: 'SystemIssue',
      raisedAt: new Date('2025-04-11T00:00:00Z'),
      referredToIct: true,
      affectsEntitlement: true
    });
    expect(iso(r.nextFollowUpAt)).toBe('2025-04-22T00:00:00.000Z');
    expect(iso(r.dueAt)).toBe('2025-04-22T00:00:00.000Z');
    expect(r.label).toBe('Follow up weekly or at EPED');
  });

  it('a weekly follow-up that lands on a weekend rolls to Monday', () => {
    // Raised Sat 7 Mar 2026 10:00 AEDT; +7 days = Sat 14 Mar → Mon 16 Mar 10:00 AEDT.
    const r = run(SYD, {
      category: 'SystemIssue',
      raisedAt: new Date('2026-03-06T23:00:00Z'),
      referredToIct: true,
      affectsEntitlement: true
    });
    expect(iso(r.dueAt)).toBe('2026-03-15T23:00:00.000Z');
  });

  it("the weekly roll follows the centre's state holidays (VIC Labour Day, not in NSW)", () => {
    const raisedAt: Date = new Date('2026-03-01T23:00:00Z'); // Mon 2 Mar 10:00 AEDT; +7 = Mon 9 Mar
    expect(
      iso(run(MEL, { category: 'SystemIssue', raisedAt, referredToIct: true, affectsEntitlement: true }).dueAt)
    ).toBe('2026-03-09T23:00:00.000Z');
    expect(
      iso(run(SYD, { category: 'SystemIssue', raisedAt, referredToIct: true, affectsEntitlement: true }).dueAt)
    ).toBe('2026-03-08T23:00:00.000Z');
  });

  it('an EPED sooner than the rolled weekly follow-up wins, at close of business on the EPED', () => {
    const r = run(SYD, {
      category: 'SystemIssue',
      raisedAt: new Date('2025-04-11T00:00:00Z'),
      referredToIct: true,
      affectsEntitlement: true,
      eped: new Date('2025-04-17T02:00:00Z')
    });
    expect(iso(r.dueAt)).toBe('2025-04-17T07:00:00.000Z'); // Thu 17 Apr 17:00 AEST
    expect(iso(r.nextFollowUpAt)).toBe('2025-04-17T07:00:00.000Z');
    expect(r.label).toBe('Follow up by EPED');
  });

  it('an EPED on a public holiday or weekend is followed up on the business day before it, not after', () => {
    const base = {
      category: 'SystemIssue' as const,
      raisedAt: new Date('2025-04-11T00:00:00Z'),
      referredToIct: true,
      affectsEntitlement: true
    };
    for (const eped of ['2025-04-18T02:00:00Z', '2025-04-19T02:00:00Z', '2025-04-21T02:00:00Z']) {
      // Good Friday, Sat, Easter Monday
      expect(iso(run(SYD, { ...base, eped: new Date(eped) }).dueAt)).toBe('2025-04-17T07:00:00.000Z');
    }
  });

  it('an EPED after the rolled weekly follow-up keeps the weekly one', () => {
    const r = run(SYD, {
      category: 'SystemIssue',
      raisedAt: new Date('2025-04-11T00:00:00Z'),
      referredToIct: true,
      affectsEntitlement: true,
      eped: new Date('2025-04-23T02:00:00Z')
    });
    expect(iso(r.dueAt)).toBe('2025-04-22T00:00:00.000Z');
    expect(r.label).toBe('Follow up weekly or at EPED');
  });

  it('an EPED is ignored when the issue does not affect entitlement or was not referred to ICT', () => {
    const eped: Date = new Date('2026-03-05T02:00:00Z');
    expect(
      run(SYD, { category: 'SystemIssue', raisedAt, referredToIct: true, affectsEntitlement: false, eped }).rule
    ).toBe('day-one');
    expect(
      run(SYD, { category: 'SystemIssue', raisedAt, referredToIct: false, affectsEntitlement: true, eped }).rule
    ).toBe('day-one');
  });

  it('not affecting entitlement uses the day-one rule', () => {
    const r = run(SYD, { category: 'SystemIssue', raisedAt, referredToIct: true });
    expect(r.rule).toBe('day-one');
    expect(r.nextFollowUpAt).toBeUndefined();
  });
});

describe('no invented deadlines: day one only (PolicyReferral, ComplexUnableToResolve, ReviewOfDecision)', () => {
  it.each(['PolicyReferral', 'ComplexUnableToResolve', 'ReviewOfDecision'] as const)(
    '%s raised before close: day one ends 5:00 pm that day',
    (category) => {
      const r = run(SYD, { category, raisedAt: new Date('2026-03-06T03:00:00Z') }); // Fri 14:00 AEDT
      expect(iso(r.dueAt)).toBe('2026-03-06T06:00:00.000Z');
      expect(r.label).toBe('Day one ends 5:00 pm today');
      expect(r.dayOneOnly).toBe(true);
      expect(r.urgent).toBe(false);
      expect(r.notifyTeamLeader).toBe(false);
    }
  );

  it('raised after close of business: day one is the next business day', () => {
    const r = run(SYD, { category: 'PolicyReferral', raisedAt: new Date('2026-03-06T07:30:00Z') }); // Fri 18:30 AEDT
    expect(iso(r.dueAt)).toBe('2026-03-09T06:00:00.000Z'); // Mon 17:00
    expect(r.label).toBe('Day one ends 5:00 pm next business day');
  });

  it('raised on Melbourne Cup day: day one is the next business day in VIC, the same day in NSW', () => {
    const raisedAt: Date = new Date('2026-11-02T23:00:00Z'); // Tue 3 Nov 10:00 AEDT
    expect(iso(run(MEL, { category: 'ComplexUnableToResolve', raisedAt }).dueAt)).toBe('2026-11-04T06:00:00.000Z');
    expect(iso(run(SYD, { category: 'ComplexUnableToResolve', raisedAt }).dueAt)).toBe('2026-11-03T06:00:00.000Z');
  });

  it('raised on WA Day: day one is the next business day in Perth, the same day in Sydney', () => {
    const raisedAt: Date = new Date('2026-06-01T02:00:00Z'); // Mon 1 Jun 10:00 AWST
    expect(iso(run(PER, { category: 'PolicyReferral', raisedAt }).dueAt)).toBe('2026-06-02T09:00:00.000Z');
    expect(iso(run(SYD, { category: 'PolicyReferral', raisedAt }).dueAt)).toBe('2026-06-01T07:00:00.000Z');
  });

  it('raised on Labour Day in Melbourne (March): day one is the Tuesday', () => {
    const raisedAt: Date = new Date('2026-03-08T23:00:00Z'); // Mon 9 Mar 10:00 AEDT
    expect(iso(run(MEL, { category: 'ReviewOfDecision', raisedAt }).dueAt)).toBe('2026-03-10T06:00:00.000Z');
  });

  it('the rules with a due time are not day-one-only', () => {
    const raisedAt: Date = new Date('2026-03-03T23:00:00Z');
    expect(run(SYD, { category: 'ArrearsStopPayment', raisedAt }).dayOneOnly).toBe(false);
    expect(run(SYD, { category: 'NotificationOfDeath', raisedAt }).dayOneOnly).toBe(false);
    expect(run(SYD, { category: 'FCSO', raisedAt, referredToIct: true }).dayOneOnly).toBe(false);
  });
});

describe('guards and sorting', () => {
  it('refuses a calendar for another zone', () => {
    expect(() =>
      computeEscalationDeadlines(
        { category: 'FCSO', raisedAt: new Date(), timeZone: 'Australia/Perth', referredToIct: false },
        SYD
      )
    ).toThrow(/Perth/);
  });

  it('sorts by due date, urgent first on ties, undated last', () => {
    const t: Date = new Date('2026-03-04T06:00:00Z');
    const items = [
      { id: 'none' },
      { id: 'late', dueAt: new Date('2026-03-05T06:00:00Z') },
      { id: 'tie', dueAt: t, urgent: false },
      { id: 'urgentTie', dueAt: t, urgent: true },
      { id: 'early', dueAt: new Date('2026-03-03T06:00:00Z') }
    ];
    expect(
      items
        .slice()
        .sort(compareByDeadline)
        .map((i) => i.id)
    ).toEqual(['early', 'urgentTie', 'tie', 'late', 'none']);
  });

  it('sorts day-one-only escalations after every real deadline, oldest first', () => {
    const items = [
      {
        id: 'dayOneNew',
        dueAt: new Date('2026-03-02T06:00:00Z'),
        dayOneOnly: true,
        raisedAt: new Date('2026-03-02T01:00:00Z')
      },
      { id: 'real', dueAt: new Date('2026-03-20T06:00:00Z') },
      {
        id: 'dayOneOld',
        dueAt: new Date('2026-03-02T06:00:00Z'),
        dayOneOnly: true,
        raisedAt: new Date('2026-03-01T22:00:00Z')
      },
      { id: 'urgent', dueAt: new Date('2026-03-21T06:00:00Z'), urgent: true }
    ];
    expect(
      items
        .slice()
        .sort(compareByDeadline)
        .map((i) => i.id)
    ).toEqual(['real', 'urgent', 'dayOneOld', 'dayOneNew']);
  });
});
