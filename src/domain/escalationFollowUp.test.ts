import { createBusinessCalendar } from './businessCalendar';
import { deadlinesAfterStep, isPastDayOne, nextWeeklyFollowUp, WorkedEscalation } from './escalationFollowUp';

const adelaide = createBusinessCalendar({ timeZone: 'Australia/Adelaide' });
const sydney = createBusinessCalendar({ timeZone: 'Australia/Sydney' });

describe('deadlines after an SSO works an escalation (seed 004)', () => {
  it('follows a system issue up a week later, on a business day', () => {
    // Fri 11 Apr 2025 10:00 Sydney; a week later is Good Friday, then Easter Monday: Tue 22 Apr 10:00.
    expect(nextWeeklyFollowUp(new Date('2025-04-11T00:00:00Z'), undefined, sydney).toISOString()).toBe(
      '2025-04-22T00:00:00.000Z'
    );
  });

  it('follows up by the EPED when it comes first, and ignores an EPED already past', () => {
    const at = new Date('2025-03-03T00:00:00Z'); // Mon 3 Mar 11:00 Sydney
    // EPED Sat 8 Mar: close of business Fri 7 Mar (17:00 AEDT = 06:00Z).
    expect(nextWeeklyFollowUp(at, new Date('2025-03-08T02:00:00Z'), sydney).toISOString()).toBe(
      '2025-03-07T06:00:00.000Z'
    );
    expect(nextWeeklyFollowUp(at, new Date('2025-02-20T02:00:00Z'), sydney).toISOString()).toBe(
      '2025-03-10T00:00:00.000Z'
    );
  });

  const base: WorkedEscalation = {
    category: 'NotificationOfDeath',
    raisedAt: new Date('2025-06-02T00:30:00Z'),
    dueAt: new Date('2025-06-03T00:30:00Z'),
    reviewAt: new Date('2025-06-16T00:30:00Z'),
    referredToIct: true,
    urgent: true
  };

  it('a notification of death, once actioned, is due at its 14-day review', () => {
    expect(deadlinesAfterStep(base, 'note', new Date('2025-06-02T03:00:00Z'), false, adelaide)).toEqual({
      dueAt: base.reviewAt,
      reviewAt: base.reviewAt,
      urgent: false
    });
    const noReview = deadlinesAfterStep(
      { ...base, reviewAt: undefined },
      'note',
      new Date('2025-06-02T03:00:00Z'),
      false,
      adelaide
    );
    expect(noReview.dueAt!.toISOString()).toBe('2025-06-16T00:30:00.000Z');
  });

  it('a system issue gets its next follow-up only when a follow-up is recorded', () => {
    const sys: WorkedEscalation = {
      ...base,
      category: 'SystemIssue',
      urgent: false,
      nextFollowUpAt: base.dueAt,
      eped: undefined
    };
    expect(deadlinesAfterStep(sys, 'note', new Date('2025-06-03T00:00:00Z'), false, adelaide)).toEqual({});
    const after = deadlinesAfterStep(sys, 'followUp', new Date('2025-06-03T00:00:00Z'), false, adelaide);
    expect(after.dueAt!.toISOString()).toBe('2025-06-10T00:00:00.000Z');
    expect(after.nextFollowUpAt).toEqual(after.dueAt);
  });

  it('arrears referred to ICT stop being urgent and are finalised by the next business day', () => {
    const arrears: WorkedEscalation = {
      ...base,
      category: 'ArrearsStopPayment',
      reviewAt: undefined,
      referredToIct: false
    };
    // Raised Mon 2 Jun 10:00 Adelaide (ACST, +09:30): next business day close is Tue 3 Jun 17:00 = 07:30Z.
    expect(deadlinesAfterStep(arrears, 'note', new Date('2025-06-02T03:00:00Z'), true, adelaide)).toEqual({
      urgent: false,
      referredToIct: true,
      dueAt: new Date('2025-06-03T07:30:00Z')
    });
    expect(deadlinesAfterStep(arrears, 'note', new Date('2025-06-02T03:00:00Z'), false, adelaide)).toEqual({});
  });

  it('FCSO keeps day 15 from the original contact', () => {
    expect(deadlinesAfterStep({ ...base, category: 'FCSO' }, 'followUp', new Date(), false, adelaide)).toEqual({});
  });

  it('day one is the local day it was raised on', () => {
    const raised = new Date('2025-06-02T13:00:00Z'); // 22:30 Mon Adelaide
    expect(isPastDayOne(raised, new Date('2025-06-02T14:00:00Z'), adelaide)).toBe(false); // 23:30 Mon
    expect(isPastDayOne(raised, new Date('2025-06-02T15:00:00Z'), adelaide)).toBe(true); // 00:30 Tue
  });
});
