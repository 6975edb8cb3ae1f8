/**
 * Public holidays of an Australian state (or the national ones), from the maintained date-holidays library.
 *
 * The ship bundle does not carry the library: config/webpack/holidayTables.js replaces this module at build time
 * with tables it computes from the same library for {@link HOLIDAY_YEARS}, a few KiB instead of hundreds. Both
 * refuse a year outside that range (`isHolidayYearOutOfRange`), so a deadline is never computed from
 * a calendar that silently lacks its holidays. tests/build/holidayTables.test.ts proves the tables equal this.
 */
import Holidays from 'date-holidays';
import type { AustralianState } from '../centres';
import { assertHolidayYear } from './holidayYears';
import type { IPublicHoliday } from './holidayYears';

export { HOLIDAY_YEARS, HOLIDAY_YEAR_OUT_OF_RANGE, isHolidayYearOutOfRange } from './holidayYears';
export type { IHolidayYearOutOfRangeError, IPublicHoliday } from './holidayYears';

/** Public holidays (`type === 'public'`: bank holidays and observances do not close a centre) of `year`. */
export function publicHolidaysOf(state: AustralianState | undefined, year: number): IPublicHoliday[] {
  assertHolidayYear(year);
  const hd: Holidays = state ? new Holidays('AU', state) : new Holidays('AU');
  const out: IPublicHoliday[] = [];
  for (const h of hd.getHolidays(year) || []) {
    if (h.type === 'public') {
      // Some start part-way through a day ("2026-12-24 19:00:00"): the local minute they start, 0 for a whole day.
      const starts: RegExpExecArray | null = /(\d{2}):(\d{2})/.exec(h.date.substring(11));
      out.push({
        date: h.date.substring(0, 10),
        name: h.name,
        startsAtMinute: starts ? Number(starts[1]) * 60 + Number(starts[2]) : 0
      });
    }
  }
  return out;
}
