'use strict';
/**
 * What the ship bundle keeps of date-holidays and moment-timezone: Australia only.
 *
 * date-holidays (with date-holidays-parser, caldate and moment-timezone) otherwise brings every country's holidays,
 * every time zone and every moment locale into the web part that computes escalation deadlines: about 1.7 MB of
 * the TPS Queue's 2.2 MB. Its README's answer is a "custom build" (`holidays2json --pick AU`) that rewrites files
 * inside node_modules; these loaders do the same pick while webpack reads the files, so nothing installed changes.
 * `pickedHolidayData` and `pickedZoneData` are exported for the test that proves the pick loses no Australian rule.
 */

/** Zones the AU holiday data names, and the Smart Centres' own. */
const ZONE = /^(Australia|Antarctica\/Macquarie)\b/;

/** date-holidays' data with only Australia (the names table is shared by every country, so it stays). */
function pickedHolidayData() {
  const { data } = require('date-holidays/data');
  return { ...data, holidays: { AU: data.holidays.AU } };
}

/** moment-timezone's packed data with only the Australian zones and their links. */
function pickedZoneData() {
  const packed = require('moment-timezone/data/packed/latest.json');
  const name = (z) => z.split('|')[0];
  return {
    version: packed.version,
    zones: packed.zones.filter((z) => ZONE.test(name(z))),
    links: packed.links.filter((l) => l.split('|').every((n) => ZONE.test(n))),
    countries: packed.countries.filter((c) => c.split('|')[0] === 'AU')
  };
}

/** Adds the rules and plugins to the SPFx webpack configuration. */
function australiaOnly(config, webpack) {
  config.module.rules.push(
    // date-holidays/src/data.js: `export const data = {...every country...}`
    { test: /[\\/]date-holidays[\\/]src[\\/]data\.js$/, use: { loader: __filename, options: { pick: 'holidays' } } },
    // moment-timezone/index.js: the core plus every zone
    { test: /[\\/]moment-timezone[\\/]index\.js$/, use: { loader: __filename, options: { pick: 'zones' } } }
  );
  // moment's locales are reached through a dynamic require of ./locale: none is used (dates are formatted by Intl).
  config.plugins.push(new webpack.IgnorePlugin({ resourceRegExp: /^\.\/locale$/, contextRegExp: /[\\/]moment$/ }));
  return config;
}

/** The webpack loader: replaces the source of the two data modules with the Australian pick. */
function loader() {
  const { pick } = this.getOptions();
  if (pick === 'holidays') {
    return 'export const data = ' + JSON.stringify(pickedHolidayData()) + ';\n';
  }
  const core = JSON.stringify('./moment-timezone.js');
  return 'var moment = module.exports = require(' + core + ');\nmoment.tz.load(' + JSON.stringify(pickedZoneData()) + ');\n';
}

module.exports = loader;
module.exports.australiaOnly = australiaOnly;
module.exports.pickedHolidayData = pickedHolidayData;
module.exports.pickedZoneData = pickedZoneData;
