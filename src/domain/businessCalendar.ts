/**
 * Business days and close of business for a Smart Centre, in the centre's own time zone.
 *
 * Every function takes and returns JS `Date` instants; wall-clock maths happens in the centre's zone through
 * `TZDate`, so results do not depend on the machine's time zone and are correct across daylight saving.
 * Business days skip weekends and the public holidays of the centre's state (holidays/publicHolidays.ts).
 */
import { TZDate } from '@date-fns/tz';
import { publicHolidaysOf } from './holidays/publicHolidays';
import { stateForTimeZone } from './centres';
import type { AustralianState } from './centres';

/** Options for {@link createBusinessCalendar}. */
export interface BusinessCalendarOptions {
  /** IANA zone of the Smart Centre, e.g. `Australia/Perth`. */
  timeZone: string;
  /** State for public holidays; defaults to the state of `timeZone`. */
  state?: AustralianState;
  /** Local close of business, `HH:mm` (default `17:00`). */
  closeOfBusiness?: string;
  /** Local opening time, `HH:mm` (default `08:00`). */
  openOfBusiness?: string;
}

/** Business-day arithmetic for one Smart Centre. All inputs and outputs are instants. */
export interface BusinessCalendar {
  readonly timeZone: string;
  readonly state: AustralianState | undefined;
  /** Close of business as `HH:mm`. */
  readonly closeOfBusiness: string;
  /** Local calendar date of an instant, `YYYY-MM-DD`. */
  localDateKey(instant: Date): string;
  /** Name of the public holiday on the local date of `instant`, if any. */
  holidayName(instant: Date): string | undefined;
  /** True when the local date of `instant` is a weekday that is not a public holiday. */
  isBusinessDay(instant: Date): boolean;
  /** The instant of close of business on the local date of `instant` (whether or not it is a business day). */
  closeOfBusinessOn(instant: Date): Date;
  /** The instant of opening on the local date of `instant`. */
  openOfBusinessOn(instant: Date): Date;
  /** True when `instant` is on a business day before that day's close of business. */
  isBeforeCloseOfBusiness(instant: Date): boolean;
  /** Same local wall-clock time `days` calendar days later (DST-correct). */
  addCalendarDays(instant: Date, days: number): Date;
  /**
   * Same local wall-clock time on the `days`-th business day after the local date of `instant`
   * (`days` ≥ 0; 0 returns `instant` itself when it is on a business day, else the next business day).
   */
  addBusinessDays(instant: Date, days: number): Date;
  /** Opening time of the first business day strictly after the local date of `instant`. */
  nextBusinessDayStart(instant: Date): Date;
  /** Close of business of the first business day strictly after the local date of `instant`. */
  nextBusinessDayClose(instant: Date): Date;
  /** Close of business of the local date of `instant` if it is a business day, else of the next business day. */
  closeOfBusinessOnOrAfter(instant: Date): Date;
}

interface LocalDate {
  year: number;
  month: number; // 0-based, like Date
  day: number;
}

/** A public holiday on a local date: its name and the local minute of the day it starts (0 for a whole day). */
interface HolidayEntry {
  name: string;
  startsAtMinute: number;
}

const holidayCache: Map<string, Map<string, HolidayEntry>> = new Map<string, Map<string, HolidayEntry>>();

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function keyOf(d: LocalDate): string {
  return d.year + '-' + pad2(d.month + 1) + '-' + pad2(d.day);
}

function parseClock(value: string, fallback: string): { hours: number; minutes: number } {
  const m: RegExpExecArray | null = /^(\d{1,2}):(\d{2})$/.exec(value || fallback);
  if (!m) {
    throw new Error('A time of day must look like 17:00, not "' + value + '".');
  }
  const hours: number = Number(m[1]);
  const minutes: number = Number(m[2]);
  if (hours > 23 || minutes > 59) {
    throw new Error('A time of day must look like 17:00, not "' + value + '".');
  }
  return { hours, minutes };
}

/**
 * Public holidays of a state for a year, keyed by local date; cached because computing them is slow. Some start
 * part-way through a day (Christmas Eve and New Year's Eve from 7 pm in SA and the NT, Christmas Eve from 6 pm in
 * Queensland): those keep the day a business day and only close it early if they start before close of business.
 */
function publicHolidays(state: AustralianState | undefined, year: number): Map<string, HolidayEntry> {
  const cacheKey: string = (state || 'AU') + ':' + year;
  let set: Map<string, HolidayEntry> | undefined = holidayCache.get(cacheKey);
  if (!set) {
    set = new Map<string, HolidayEntry>();
    for (const h of publicHolidaysOf(state, year)) {
      const known: HolidayEntry | undefined = set.get(h.date);
      if (!known || h.startsAtMinute < known.startsAtMinute) {
        set.set(h.date, { name: h.name, startsAtMinute: h.startsAtMinute });
      }
    }
    holidayCache.set(cacheKey, set);
  }
  return set;
}

/** Steps a local calendar date by whole days; UTC arithmetic on date parts has no DST to trip on. */
function addDays(d: LocalDate, days: number): LocalDate {
  const t: Date = new Date(Date.UTC(d.year, d.month, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth(), day: t.getUTCDate() };
}

function dayOfWeek(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month, d.day)).getUTCDay();
}

/** Creates the business calendar of a Smart Centre. Throws for a malformed time of day. */
export function createBusinessCalendar(options: BusinessCalendarOptions): BusinessCalendar {
  const timeZone: string = options.timeZone;
  const state: AustralianState | undefined = options.state || stateForTimeZone(timeZone);
  const closeText: string = options.closeOfBusiness || '17:00';
  const close: { hours: number; minutes: number } = parseClock(closeText, '17:00');
  const open: { hours: number; minutes: number } = parseClock(options.openOfBusiness || '08:00', '08:00');

  function local(instant: Date): TZDate {
    return new TZDate(instant.getTime(), timeZone);
  }

  function localDate(instant: Date): LocalDate {
    const z: TZDate = local(instant);
    return { year: z.getFullYear(), month: z.getMonth(), day: z.getDate() };
  }

  function at(d: LocalDate, hours: number, minutes: number, seconds: number = 0, ms: number = 0): Date {
    return new Date(new TZDate(d.year, d.month, d.day, hours, minutes, seconds, ms, timeZone).getTime());
  }

  function holidayOn(d: LocalDate): HolidayEntry | undefined {
    return publicHolidays(state, d.year).get(keyOf(d));
  }

  function isBusinessDate(d: LocalDate): boolean {
    const dow: number = dayOfWeek(d);
    if (dow === 0 || dow === 6) {
      return false;
    }
    const holiday: HolidayEntry | undefined = holidayOn(d);
    return !holiday || holiday.startsAtMinute > 0;
  }

  /** Close of business on a date: earlier when a part-day holiday starts before it. */
  function closeOn(d: LocalDate): Date {
    const holiday: HolidayEntry | undefined = holidayOn(d);
    const closeMinute: number = close.hours * 60 + close.minutes;
    const minute: number =
      holiday && holiday.startsAtMinute > 0 ? Math.min(closeMinute, holiday.startsAtMinute) : closeMinute;
    return at(d, Math.floor(minute / 60), minute % 60);
  }

  function nextBusinessDate(d: LocalDate): LocalDate {
    let next: LocalDate = addDays(d, 1);
    // Bounded: no Australian state has more than a handful of consecutive non-business days.
    for (let i: number = 0; i < 30 && !isBusinessDate(next); i++) {
      next = addDays(next, 1);
    }
    return next;
  }

  const calendar: BusinessCalendar = {
    timeZone,
    state,
    closeOfBusiness: closeText,
    localDateKey: (instant: Date): string => keyOf(localDate(instant)),
    holidayName: (instant: Date): string | undefined => {
      const holiday: HolidayEntry | undefined = holidayOn(localDate(instant));
      return holiday ? holiday.name : undefined;
    },
    isBusinessDay: (instant: Date): boolean => isBusinessDate(localDate(instant)),
    closeOfBusinessOn: (instant: Date): Date => closeOn(localDate(instant)),
    openOfBusinessOn: (instant: Date): Date => at(localDate(instant), open.hours, open.minutes),
    isBeforeCloseOfBusiness: (instant: Date): boolean => {
      const d: LocalDate = localDate(instant);
      return isBusinessDate(d) && instant.getTime() < closeOn(d).getTime();
    },
    addCalendarDays: (instant: Date, days: number): Date => {
      const z: TZDate = local(instant);
      const d: LocalDate = addDays(localDate(instant), days);
      return at(d, z.getHours(), z.getMinutes(), z.getSeconds(), z.getMilliseconds());
    },
    addBusinessDays: (instant: Date, days: number): Date => {
      const z: TZDate = local(instant);
      let d: LocalDate = localDate(instant);
      if (!isBusinessDate(d)) {
        d = nextBusinessDate(d);
      }
      for (let i: number = 0; i < days; i++) {
        d = nextBusinessDate(d);
      }
      return at(d, z.getHours(), z.getMinutes(), z.getSeconds(), z.getMilliseconds());
    },
    nextBusinessDayStart: (instant: Date): Date => at(nextBusinessDate(localDate(instant)), open.hours, open.minutes),
    nextBusinessDayClose: (instant: Date): Date => closeOn(nextBusinessDate(localDate(instant))),
    closeOfBusinessOnOrAfter: (instant: Date): Date => {
      const d: LocalDate = localDate(instant);
      return closeOn(isBusinessDate(d) ? d : nextBusinessDate(d));
    }
  };
  return calendar;
}

/** Formats `HH:mm` the way Australians read it: `17:00` → `5:00 pm`. */
export function formatClockTime(hhmm: string): string {
  const c: { hours: number; minutes: number } = parseClock(hhmm, '17:00');
  const suffix: string = c.hours < 12 ? 'am' : 'pm';
  const h12: number = c.hours % 12 === 0 ? 12 : c.hours % 12;
  return h12 + ':' + pad2(c.minutes) + ' ' + suffix;
}
