import { createBusinessCalendar, formatClockTime, BusinessCalendar } from './businessCalendar';
import { stateForTimeZone } from './centres';

const sydney: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Sydney' });
const melbourne: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Melbourne' });
const perth: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Perth' });
const brisbane: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Brisbane' });
const darwin: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Darwin' });
const adelaide: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Adelaide' });
const hobart: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Hobart' });
const canberra: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Canberra' });

const iso = (d: Date): string => d.toISOString();

describe('business calendar', () => {
  it('maps centre zones to states', () => {
    expect(stateForTimeZone('Australia/Perth')).toBe('WA');
    expect(stateForTimeZone('Australia/Hobart')).toBe('TAS');
    expect(stateForTimeZone('Europe/London')).toBeUndefined();
    expect(hobart.state).toBe('TAS');
  });

  it('uses the local date, not the UTC date', () => {
    // 23:30Z on Sunday 1 March is 10:30 Monday 2 March in Sydney.
    const i: Date = new Date('2026-03-01T23:30:00Z');
    expect(sydney.localDateKey(i)).toBe('2026-03-02');
    expect(sydney.isBusinessDay(i)).toBe(true);
    expect(perth.localDateKey(i)).toBe('2026-03-02');
  });

  it('skips weekends', () => {
    expect(sydney.isBusinessDay(new Date('2026-03-07T01:00:00Z'))).toBe(false); // Saturday
    expect(iso(sydney.nextBusinessDayClose(new Date('2026-03-06T03:00:00Z')))).toBe('2026-03-09T06:00:00.000Z');
  });

  it('closes at 17:00 local: Perth and Sydney differ in UTC', () => {
    const wed: Date = new Date('2026-03-04T01:00:00Z');
    expect(iso(sydney.closeOfBusinessOn(wed))).toBe('2026-03-04T06:00:00.000Z'); // AEDT +11
    expect(iso(perth.closeOfBusinessOn(wed))).toBe('2026-03-04T09:00:00.000Z'); // AWST +8
    expect(iso(adelaide.closeOfBusinessOn(wed))).toBe('2026-03-04T06:30:00.000Z'); // ACDT +10:30
  });

  it('Darwin and Brisbane have no daylight saving', () => {
    expect(iso(darwin.closeOfBusinessOn(new Date('2026-01-14T01:00:00Z')))).toBe('2026-01-14T07:30:00.000Z');
    expect(iso(darwin.closeOfBusinessOn(new Date('2026-07-15T01:00:00Z')))).toBe('2026-07-15T07:30:00.000Z');
    expect(iso(brisbane.closeOfBusinessOn(new Date('2026-01-14T01:00:00Z')))).toBe('2026-01-14T07:00:00.000Z');
    expect(iso(brisbane.closeOfBusinessOn(new Date('2026-07-15T01:00:00Z')))).toBe('2026-07-15T07:00:00.000Z');
    // Sydney moves by an hour between summer and winter.
    expect(iso(sydney.closeOfBusinessOn(new Date('2026-07-15T01:00:00Z')))).toBe('2026-07-15T07:00:00.000Z');
  });

  it('adds calendar days across the April and October DST changes keeping wall-clock time', () => {
    // Sat 28 Mar 2026 10:00 AEDT + 14 days = Sat 11 Apr 10:00 AEST.
    expect(iso(sydney.addCalendarDays(new Date('2026-03-27T23:00:00Z'), 14))).toBe('2026-04-11T00:00:00.000Z');
    // Sat 3 Oct 2026 10:00 AEST + 1 day = Sun 4 Oct 10:00 AEDT.
    expect(iso(sydney.addCalendarDays(new Date('2026-10-03T00:00:00Z'), 1))).toBe('2026-10-03T23:00:00.000Z');
  });

  it('knows state public holidays', () => {
    const labourDayVic: Date = new Date('2026-03-08T23:00:00Z'); // Mon 9 Mar 10:00 in Melbourne and Sydney
    expect(melbourne.isBusinessDay(labourDayVic)).toBe(false);
    expect(melbourne.holidayName(labourDayVic)).toBe('Labour Day');
    expect(sydney.isBusinessDay(labourDayVic)).toBe(true);
    const cup: Date = new Date('2026-11-02T23:00:00Z'); // Tue 3 Nov
    expect(melbourne.isBusinessDay(cup)).toBe(false);
    expect(sydney.isBusinessDay(cup)).toBe(true);
    const waDay: Date = new Date('2026-06-01T02:00:00Z'); // Mon 1 Jun
    expect(perth.isBusinessDay(waDay)).toBe(false);
    expect(sydney.isBusinessDay(waDay)).toBe(true);
    expect(sydney.isBusinessDay(new Date('2026-12-25T01:00:00Z'))).toBe(false);
  });

  it('keeps a part-day holiday a business day, closing early only if it starts before close of business', () => {
    // Christmas Eve 2025 (Wed) is a public holiday from 7 pm in SA and the NT, from 6 pm in Queensland.
    const adelaide: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Adelaide' });
    const eve: Date = new Date('2025-12-23T23:30:00Z'); // 10:00 ACDT
    expect(adelaide.holidayName(eve)).toBe('Christmas Eve');
    expect(adelaide.isBusinessDay(eve)).toBe(true);
    expect(iso(adelaide.closeOfBusinessOn(eve))).toBe('2025-12-24T06:30:00.000Z'); // 17:00 ACDT
    expect(adelaide.localDateKey(adelaide.closeOfBusinessOnOrAfter(eve))).toBe('2025-12-24');
    const late: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Brisbane', closeOfBusiness: '18:30' });
    expect(iso(late.closeOfBusinessOn(new Date('2025-12-24T00:00:00Z')))).toBe('2025-12-24T08:00:00.000Z'); // 18:00 AEST
    expect(late.isBeforeCloseOfBusiness(new Date('2025-12-24T08:10:00Z'))).toBe(false);
    const darwin: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Darwin' });
    expect(darwin.isBusinessDay(new Date('2025-12-31T01:00:00Z'))).toBe(true); // New Year's Eve from 7 pm
    expect(darwin.isBusinessDay(new Date('2026-01-01T01:00:00Z'))).toBe(false);
  });

  it('adds business days over weekends and holidays', () => {
    // Fri 24 Dec 2026 10:00 Sydney + 1 business day: 25, 26 (Sat), 27 (Sun), 28 (Boxing Day substitute) → Tue 29 Dec.
    expect(sydney.localDateKey(sydney.addBusinessDays(new Date('2026-12-23T23:00:00Z'), 1))).toBe('2026-12-29');
    expect(iso(sydney.addBusinessDays(new Date('2026-03-03T23:00:00Z'), 0))).toBe('2026-03-03T23:00:00.000Z');
    expect(iso(sydney.nextBusinessDayStart(new Date('2026-03-06T03:00:00Z')))).toBe('2026-03-08T21:00:00.000Z');
  });

  it('tells whether an instant is before close of business on a business day', () => {
    expect(sydney.isBeforeCloseOfBusiness(new Date('2026-03-04T05:59:00Z'))).toBe(true);
    expect(sydney.isBeforeCloseOfBusiness(new Date('2026-03-04T06:00:00Z'))).toBe(false);
    expect(sydney.isBeforeCloseOfBusiness(new Date('2026-03-07T01:00:00Z'))).toBe(false);
  });

  it('honours a custom close of business and rejects a malformed one', () => {
    const early: BusinessCalendar = createBusinessCalendar({ timeZone: 'Australia/Sydney', closeOfBusiness: '16:30' });
    expect(iso(early.closeOfBusinessOn(new Date('2026-03-04T01:00:00Z')))).toBe('2026-03-04T05:30:00.000Z');
    expect(() => createBusinessCalendar({ timeZone: 'Australia/Sydney', closeOfBusiness: '5pm' })).toThrow(/17:00/);
    expect(formatClockTime('17:00')).toBe('5:00 pm');
    expect(formatClockTime('08:05')).toBe('8:05 am');
  });

  it("keeps the ACT's own public holidays in Canberra, which Sydney works through", () => {
    expect(canberra.state).toBe('ACT');
    // Canberra Day (second Monday of March) and Reconciliation Day (first Monday on or after 27 May), 2026.
    for (const isoDay of ['2026-03-09T01:00:00Z', '2026-06-01T01:00:00Z']) {
      const i: Date = new Date(isoDay);
      expect(canberra.isBusinessDay(i)).toBe(false);
      expect(canberra.holidayName(i)).toBeDefined();
      expect(sydney.isBusinessDay(i)).toBe(true);
    }
    // Same clock as Sydney: close of business on the next day is the same instant.
    expect(iso(canberra.closeOfBusinessOnOrAfter(new Date('2026-03-09T01:00:00Z')))).toBe('2026-03-10T06:00:00.000Z');
  });
});
