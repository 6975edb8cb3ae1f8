'use strict';
/**
 * Build-time public holiday tables for the ship bundle.
 *
 * src/domain/holidays/publicHolidays.ts asks date-holidays for a state's public holidays. In the browser that
 * library brings its rule engine, every country's rules, moment-timezone and astronomy code (hundreds of KiB) to
 * answer a question whose answers for Australia fit in a few KiB. This webpack loader replaces that module, while
 * webpack reads it, with those answers: computed here, in Node, by the same library, for TABLE_YEARS, for the
 * nation and every state. Outside those years the module throws (assertHolidayYear), never guesses.
 * tests/build/holidayTables.test.ts proves the tables equal the library's answers and the range equals HOLIDAY_YEARS.
 */

/** The years the tables hold: keep equal to HOLIDAY_YEARS in src/domain/holidays/holidayYears.ts (tested). */
const TABLE_YEARS = { first: 2020, last: 2050 };

/** The nation ('AU', used when a centre's state is unknown) and the states and territories. */
const REGIONS = ['AU', 'ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA'];

/** Public holidays of a region and year as the library gives them: date, name, local start minute. */
function libraryHolidays(region, year) {
  const Holidays = require('date-holidays');
  const hd = region === 'AU' ? new Holidays('AU') : new Holidays('AU', region);
  return (hd.getHolidays(year) || [])
    .filter((h) => h.type === 'public')
    .map((h) => {
      const starts = /(\d{2}):(\d{2})/.exec(h.date.substring(11));
      return {
        date: h.date.substring(0, 10),
        name: h.name,
        startsAtMinute: starts ? Number(starts[1]) * 60 + Number(starts[2]) : 0
      };
    });
}

/**
 * The tables, compact: holiday names once, then per region one string per year of `MMDD.nameIndex[.minute]`
 * entries joined by commas (about 40 KB of text that gzip takes to a few KiB).
 */
function buildTables() {
  const names = [];
  const tables = {};
  for (const region of REGIONS) {
    const years = [];
    for (let year = TABLE_YEARS.first; year <= TABLE_YEARS.last; year++) {
      const entries = libraryHolidays(region, year).map((h) => {
        let index = names.indexOf(h.name);
        if (index < 0) index = names.push(h.name) - 1;
        return (
          h.date.substring(5, 7) +
          h.date.substring(8, 10) +
          '.' +
          index.toString(36) +
          (h.startsAtMinute ? '.' + h.startsAtMinute : '')
        );
      });
      years.push(entries.join(','));
    }
    tables[region] = years;
  }
  return { first: TABLE_YEARS.first, names, tables };
}

/** The module that replaces publicHolidays.ts in the bundle (ES module, ES5 syntax: SPFx targets ES5). */
function tableModuleSource() {
  const t = buildTables();
  return [
    "import { assertHolidayYear } from './holidayYears';",
    "export { HOLIDAY_YEARS, HOLIDAY_YEAR_OUT_OF_RANGE, isHolidayYearOutOfRange } from './holidayYears';",
    'var FIRST = ' + t.first + ';',
    'var NAMES = ' + JSON.stringify(t.names) + ';',
    'var TABLES = ' + JSON.stringify(t.tables) + ';',
    'export function publicHolidaysOf(state, year) {',
    '  assertHolidayYear(year);',
    "  var row = (TABLES[state || 'AU'] || [])[year - FIRST];",
    "  if (row === undefined) { throw new Error('No public holiday table for ' + (state || 'AU') + ' ' + year + '.'); }",
    '  if (!row) { return []; }',
    "  return row.split(',').map(function (entry) {",
    "    var parts = entry.split('.');",
    "    return { date: year + '-' + parts[0].substring(0, 2) + '-' + parts[0].substring(2, 4), name: NAMES[parseInt(parts[1], 36)], startsAtMinute: parts[2] ? Number(parts[2]) : 0 };",
    '  });',
    '}',
    ''
  ].join('\n');
}

/** Adds the loader to the SPFx webpack configuration (the module is compiled to lib/ first, so match .js too). */
function holidayTables(config) {
  config.module.rules.push({
    test: /[\\/]domain[\\/]holidays[\\/]publicHolidays\.(js|ts)$/,
    use: { loader: __filename }
  });
  return config;
}

/** The webpack loader: ignores the module's source and returns the tables. */
function loader() {
  return tableModuleSource();
}

module.exports = loader;
module.exports.holidayTables = holidayTables;
module.exports.tableModuleSource = tableModuleSource;
module.exports.libraryHolidays = libraryHolidays;
module.exports.TABLE_YEARS = TABLE_YEARS;
module.exports.REGIONS = REGIONS;
