import {
  centreCity,
  dueParts,
  DueInput,
  hasWhyNotFinalised,
  isDayOneOnly,
  zonedClock,
  zonedDay
} from './escalationDue';

const arrears: DueInput = {
  category: 'ArrearsStopPayment',
  dueAt: new Date('2025-12-15T06:30:00Z'),
  referredToIct: false,
  urgent: true,
  centreTimeZone: 'Australia/Adelaide'
};

describe("deadline words in the centre's time zone", () => {
  it('says the clock and the day where the centre is', () => {
    expect(zonedClock(arrears.dueAt, 'Australia/Adelaide')).toBe('5:00 pm');
    expect(zonedClock(arrears.dueAt, 'Australia/Perth')).toBe('2:30 pm');
    expect(zonedDay(new Date('2025-12-15T06:30:00Z'), 'Australia/Adelaide', new Date('2025-12-01T00:00:00Z'))).toBe(
      'Mon 15 Dec'
    );
    expect(zonedDay(new Date('2026-01-05T06:30:00Z'), 'Australia/Adelaide', new Date('2025-12-01T00:00:00Z'))).toBe(
      'Mon 5 Jan 2026'
    );
    expect(centreCity('Australia/Adelaide')).toBe('Adelaide');
  });

  it('marks arrears due at 5 pm today as due today, and overdue after it', () => {
    const morning = new Date('2025-12-14T23:30:00Z'); // 10:00 Mon 15 Dec Adelaide
    expect(dueParts(arrears, morning)).toEqual({
      step: 'referToIct',
      state: 'dueToday',
      day: 'today',
      time: '5:00 pm',
      date: 'Mon 15 Dec',
      city: 'Adelaide',
      dayOneOnly: false
    });
    expect(dueParts(arrears, new Date('2025-12-15T07:00:00Z')).state).toBe('overdue');
    // Sunday evening in Adelaide: due tomorrow.
    expect(dueParts(arrears, new Date('2025-12-14T10:00:00Z')).day).toBe('tomorrow');
    // Already Monday in Adelaide while it is still Sunday in Perth: the centre's day counts.
    expect(dueParts(arrears, new Date('2025-12-14T15:00:00Z')).day).toBe('today');
  });

  it('names the step seed 004 sets for each rule', () => {
    const at = new Date('2025-12-01T00:00:00Z');
    expect(dueParts({ ...arrears, urgent: false }, at).step).toBe('finalise');
    const death: DueInput = { ...arrears, category: 'NotificationOfDeath', reviewAt: new Date('2025-12-29T06:30:00Z') };
    expect(dueParts(death, at).step).toBe('action');
    expect(dueParts({ ...death, dueAt: death.reviewAt! }, at).step).toBe('review');
    expect(dueParts({ ...arrears, category: 'FCSO', referredToIct: true }, at).step).toBe('finalise');
    expect(dueParts({ ...arrears, category: 'SystemIssue', nextFollowUpAt: arrears.dueAt }, at).step).toBe('followUp');
    expect(dueParts({ ...arrears, category: 'PolicyReferral' }, at)).toMatchObject({
      step: 'dayOne',
      state: 'later',
      day: 'other',
      dayOneOnly: true
    });
  });

  it('gives a day-one-only escalation no deadline: day one ends 5:00 pm, then document why not, then the SP completes', () => {
    const policy: DueInput = { ...arrears, category: 'PolicyReferral', urgent: false };
    const morning = new Date('2025-12-14T23:30:00Z'); // 10:00 Mon 15 Dec Adelaide
    expect(dueParts(policy, morning)).toMatchObject({
      step: 'dayOne',
      state: 'dueToday',
      time: '5:00 pm',
      dayOneOnly: true
    });
    const evening = new Date('2025-12-15T08:00:00Z');
    expect(dueParts(policy, evening)).toMatchObject({ step: 'documentWhyNot', state: 'overdue' });
    expect(dueParts({ ...policy, whyNotDocumented: true }, evening)).toMatchObject({
      step: 'seniorCompletes',
      state: 'later'
    });
    // A system issue outside the ICT rules and an FCSO not referred to ICT are day one only too.
    expect(isDayOneOnly({ category: 'SystemIssue', referredToIct: true })).toBe(true);
    expect(isDayOneOnly({ category: 'FCSO', referredToIct: false })).toBe(true);
    expect(isDayOneOnly({ category: 'FCSO', referredToIct: true })).toBe(false);
    expect(isDayOneOnly({ category: 'ArrearsStopPayment', referredToIct: false })).toBe(false);
  });

  it('reads "why not finalised" from the notes', () => {
    expect(hasWhyNotFinalised([{ whyNotFinalised: '  ' }])).toBe(false);
    expect(hasWhyNotFinalised([{ whyNotFinalised: '' }, { whyNotFinalised: 'Waiting on ICT' }])).toBe(true);
    expect(hasWhyNotFinalised(undefined)).toBe(false);
  });
});
