/** The years whose public holidays the app knows; the build-time tables hold exactly these. */
export const HOLIDAY_YEARS: { readonly first: number; readonly last: number } = { first: 2020, last: 2050 };

/** One public holiday on a local date. */
export interface IPublicHoliday {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  name: string;
  /** Local minute of the day it starts: 0 for a whole day, 1140 for one that starts at 7 pm. */
  startsAtMinute: number;
}

/** The code of the error thrown for a year outside {@link HOLIDAY_YEARS}. */
export const HOLIDAY_YEAR_OUT_OF_RANGE: string = 'HolidayYearOutOfRange';

/** A date outside {@link HOLIDAY_YEARS}: the app cannot tell business days there, so it says so. */
export interface IHolidayYearOutOfRangeError extends RangeError {
  code: typeof HOLIDAY_YEAR_OUT_OF_RANGE;
  year: number;
}

/** True for the error {@link assertHolidayYear} throws (a plain error with a code: ES5 output loses subclasses). */
export function isHolidayYearOutOfRange(e: unknown): e is IHolidayYearOutOfRangeError {
  return e instanceof RangeError && (e as Partial<IHolidayYearOutOfRangeError>).code === HOLIDAY_YEAR_OUT_OF_RANGE;
}

/** Throws an {@link IHolidayYearOutOfRangeError} for a year the tables do not hold. */
export function assertHolidayYear(year: number): void {
  if (!(year >= HOLIDAY_YEARS.first && year <= HOLIDAY_YEARS.last)) {
    const error: IHolidayYearOutOfRangeError = new RangeError(
      'Public holidays are known for ' +
        HOLIDAY_YEARS.first +
        ' to ' +
        HOLIDAY_YEARS.last +
        ', not ' +
        year +
        ': a newer version of Boutique TPS is needed to compute deadlines in that year.'
    ) as IHolidayYearOutOfRangeError;
    error.code = HOLIDAY_YEAR_OUT_OF_RANGE;
    error.year = year;
    throw error;
  }
}
