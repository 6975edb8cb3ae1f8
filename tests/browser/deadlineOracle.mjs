// The escalation deadline rules of BRIEF.md worked out independently of src/domain (Intl for the centre's wall
// clock, date-holidays for the state's public holidays), so the browser test checks the stored DueAt against the
// rule itself rather than against the code that computed it.
import Holidays from 'date-holidays';

const COB_HOUR = 17;
const holidayCache = new Map();

/** Local calendar date and time of an instant in `timeZone`. */
export function localParts(instant, timeZone) {
  const parts = new Intl.DateTimeFormat('en-AU', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(instant);
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second')
  };
}

/** `YYYY-MM-DD` of a local date. */
export function dateKey({ year, month, day }) {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The next calendar date. */
export function addDays({ year, month, day }, days) {
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Whole-day public holidays of a state (part-day ones start after close of business and close nothing). */
function holidays(state, year) {
  const key = `${state}:${year}`;
  if (!holidayCache.has(key)) {
    const set = new Set();
    for (const h of new Holidays('AU', state).getHolidays(year) || []) {
      if (h.type === 'public' && h.date.substring(11, 16) === '00:00') set.add(h.date.substring(0, 10));
    }
    holidayCache.set(key, set);
  }
  return holidayCache.get(key);
}

/** Weekday that is not a whole-day public holiday of the state. */
export function isBusinessDate(date, state) {
  const dow = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return dow !== 0 && dow !== 6 && !holidays(state, date.year).has(dateKey(date));
}

/** The instant that reads `date` at `hour`:00 on the wall clock of `timeZone`. */
export function wallClock(date, hour, timeZone) {
  let guess = Date.UTC(date.year, date.month - 1, date.day, hour);
  for (let i = 0; i < 3; i++) {
    const p = localParts(new Date(guess), timeZone);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += Date.UTC(date.year, date.month - 1, date.day, hour) - asUtc;
  }
  return new Date(guess);
}

/** Arrears generated incorrectly / stop payment: close of business the same local day, else the next business day's. */
export function arrearsDueAt(raisedAt, timeZone, state) {
  const local = localParts(raisedAt, timeZone);
  let date = { year: local.year, month: local.month, day: local.day };
  if (isBusinessDate(date, state) && local.hour < COB_HOUR) return wallClock(date, COB_HOUR, timeZone);
  do date = addDays(date, 1);
  while (!isBusinessDate(date, state));
  return wallClock(date, COB_HOUR, timeZone);
}

/** Close of business on a local date. */
export function closeOfBusiness(date, timeZone) {
  return wallClock(date, COB_HOUR, timeZone);
}
