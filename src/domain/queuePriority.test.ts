import { createBusinessCalendar } from './businessCalendar';
import {
  compareQueuePriority,
  queuePriority,
  stopPaymentDueAt,
  takeOverAtOnce,
  TECHNICAL_EXPERT_REASON
} from './queuePriority';
import { correctionsOf, parseCorrections, serialiseCorrections } from './tpsOutcomes';

describe('queue priority (seeds 002 items 4 and 10, 003, 004)', () => {
  it('puts a stop-payment request first, a customer asking for a technical expert next, then routine work', () => {
    const rows = [
      { id: 1, reason: 'System will not allow updates' },
      { id: 2, reason: TECHNICAL_EXPERT_REASON },
      { id: 3, reason: 'Arrears or negative adjustment unsure', stopPayment: true },
      { id: 4, reason: 'System will not allow updates' }
    ];
    expect(
      rows
        .slice()
        .sort(compareQueuePriority)
        .map((r) => r.id)
    ).toEqual([3, 2, 1, 4]);
    expect(queuePriority(rows[2])).toBe('stopPayment');
    expect(takeOverAtOnce(rows[1])).toBe(true);
    expect(takeOverAtOnce(rows[0])).toBe(false);
  });

  it("gives a stop-payment request until close of business in the officer's centre", () => {
    const perth = createBusinessCalendar({ timeZone: 'Australia/Perth' });
    const sydney = createBusinessCalendar({ timeZone: 'Australia/Sydney' });
    const posted = new Date('2026-03-04T03:00:00Z'); // Wed 11:00 AWST, 14:00 AEDT
    expect(stopPaymentDueAt(posted, perth).toISOString()).toBe('2026-03-04T09:00:00.000Z'); // 17:00 AWST
    expect(stopPaymentDueAt(posted, sydney).toISOString()).toBe('2026-03-04T06:00:00.000Z'); // 17:00 AEDT
    // Posted after close in Sydney (18:30 Wed): the next business day's close.
    expect(stopPaymentDueAt(new Date('2026-03-04T07:30:00Z'), sydney).toISOString()).toBe('2026-03-05T06:00:00.000Z');
  });
});

describe('corrections of work type and reason', () => {
  it('records who, when, from and to, and reads back what it wrote', () => {
    const at = new Date('2026-03-04T01:00:00Z');
    const list = correctionsOf(
      { workType: 'AIC', reason: 'System will not allow updates' },
      { workType: 'PES', reason: 'System will not allow updates' },
      'tpso1@x',
      at
    );
    expect(list).toEqual([{ at, byKey: 'tpso1@x', field: 'workType', from: 'AIC', to: 'PES' }]);
    expect(parseCorrections(serialiseCorrections(list))).toEqual(list);
    expect(parseCorrections('not json')).toEqual([]);
    expect(parseCorrections(undefined)).toEqual([]);
  });
});
