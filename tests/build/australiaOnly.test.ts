/**
 * The ship bundle keeps only Australia of date-holidays and moment-timezone (config/webpack/australiaOnly.js).
 * These tests prove the pick changes nothing the app relies on: every state's public holidays and every Smart
 * Centre zone's offsets come out the same as from the full data.
 */
import { TZDate } from '@date-fns/tz';
import { CENTRE_TIME_ZONES } from '../../src/domain/centres';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pick = require('../../config/webpack/australiaOnly');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const HolidaysParser = require('date-holidays-parser').default;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { data: fullData } = require('date-holidays/data');

const STATES: string[] = ['ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA'];

function publicDays(data: unknown, state: string, year: number): string[] {
  const hd = new HolidaysParser(data, 'AU', state);
  return (hd.getHolidays(year) as Array<{ date: string; type: string; name: string }>)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.substring(0, 10) + ' ' + h.name);
}

describe('Australia-only holiday data', () => {
  it('keeps Australia and drops every other country', () => {
    const picked = pick.pickedHolidayData();
    expect(Object.keys(picked.holidays)).toEqual(['AU']);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(fullData).length / 5);
  });

  it.each(STATES)('gives %s the same public holidays as the full data, 2025 to 2032', (state) => {
    const picked = pick.pickedHolidayData();
    for (let year = 2025; year <= 2032; year++) {
      const got = publicDays(picked, state, year);
      expect(got.length).toBeGreaterThan(6);
      expect(got).toEqual(publicDays(fullData, state, year));
    }
  });
});

describe('Australia-only zone data', () => {
  it('holds every Smart Centre zone, with the offsets the platform has, across daylight saving', () => {
    const packed = pick.pickedZoneData();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const moment = require('moment-timezone/moment-timezone');
    moment.tz.load(packed);
    for (const centre of CENTRE_TIME_ZONES) {
      expect(moment.tz.zone(centre.timeZone)).not.toBeNull();
      for (const iso of ['2026-01-15T00:00:00Z', '2026-04-05T15:59:00Z', '2026-04-05T16:01:00Z', '2026-07-01T00:00:00Z', '2026-10-04T16:30:00Z']) {
        const instant = new Date(iso);
        expect(moment.tz(instant, centre.timeZone).utcOffset()).toBe(-new TZDate(instant, centre.timeZone).getTimezoneOffset());
      }
    }
    expect(packed.zones.length).toBeLessThan(20);
  });
});
