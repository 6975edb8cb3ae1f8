/**
 * The ship bundle computes business days from build-time holiday tables (config/webpack/holidayTables.js), not from
 * date-holidays. These tests run the module the bundle gets and prove it answers exactly as the library does, for
 * the nation and every state, every year it holds, and refuses any other year instead of guessing.
 */
import zlib from 'node:zlib';
import { HOLIDAY_YEARS, publicHolidaysOf as fromLibrary } from '../../src/domain/holidays/publicHolidays';
import type { IPublicHoliday } from '../../src/domain/holidays/publicHolidays';
import { assertHolidayYear, isHolidayYearOutOfRange } from '../../src/domain/holidays/holidayYears';
import type { AustralianState } from '../../src/domain/centres';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const tables = require('../../config/webpack/holidayTables');

type Lookup = (state: AustralianState | undefined, year: number) => IPublicHoliday[];

/** Evaluates the generated ES module with its one import supplied, as webpack would link it. */
function bundledModule(): Lookup {
  const source: string = tables.tableModuleSource();
  const body = source
    .replace(/^import .*$/m, '')
    .replace(/^export \{.*$/m, '')
    .replace('export function publicHolidaysOf', 'function publicHolidaysOf');
  // eslint-disable-next-line no-new-func
  return new Function('assertHolidayYear', body + '\nreturn publicHolidaysOf;')(assertHolidayYear) as Lookup;
}

const STATES: Array<AustralianState | undefined> = [undefined, 'ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA'];

describe('build-time public holiday tables', () => {
  const bundled: Lookup = bundledModule();

  it('hold exactly the years the app says it knows', () => {
    expect(tables.TABLE_YEARS).toEqual(HOLIDAY_YEARS);
  });

  it.each(STATES.map((s) => [s || 'AU (national)', s]))('equal the library for %s in every year', (_label, state) => {
    for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year++) {
      const expected = fromLibrary(state as AustralianState | undefined, year);
      expect(expected.length).toBeGreaterThan(5);
      expect(bundled(state as AustralianState | undefined, year)).toEqual(expected);
    }
  });

  it('keep part-day holidays with their start time (Christmas Eve from 7 pm in South Australia)', () => {
    expect(bundled('SA', 2026)).toContainEqual({ date: '2026-12-24', name: 'Christmas Eve', startsAtMinute: 19 * 60 });
  });

  it('refuse a year they do not hold, with an error that says so', () => {
    for (const year of [HOLIDAY_YEARS.first - 1, HOLIDAY_YEARS.last + 1]) {
      let error: unknown;
      try {
        bundled('VIC', year);
      } catch (e) {
        error = e;
      }
      expect(isHolidayYearOutOfRange(error)).toBe(true);
      expect(String((error as Error).message)).toContain(String(year));
      expect(() => fromLibrary('VIC', year)).toThrow(/newer version/);
    }
  });

  it('cost a few KiB', () => {
    expect(zlib.gzipSync(tables.tableModuleSource()).length).toBeLessThan(8 * 1024);
  });
});
