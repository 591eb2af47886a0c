/**
 * Years on one number line, from the Big Bang to 9999.
 *
 * The model keeps every time as UTC epoch milliseconds (a plain number), the unit modern dates
 * have always used, so the common case is untouched. A JavaScript `Date` reaches only about
 * 271,800 years back (±8.64e15 ms), so deep-time years are placed by the proleptic Gregorian
 * calendar's 400-year cycle (146,097 days) instead: `yearStartMs` is exactly `Date.UTC(y, 0)`
 * wherever a Date exists, and continues the same line beyond. Beyond 2^53 ms (about 285,000
 * years) the float is no longer an exact integer — at 13.8 billion years it is off by at most
 * 2^16 ms, about a minute — which is far below a year, the only precision deep time has.
 * `yearOfMs` rounds to whole days first, so it always gives the exact year back.
 *
 * Years are astronomical, as in ISO 8601: year 0 is 1 BC, year -43 is 44 BC.
 */

export const DAY_MS = 86_400_000;
const CYCLE_YEARS = 400;
const CYCLE_DAYS = 146_097;

/** The earliest and latest instants a `Date` can hold. */
export const DATE_MIN_MS = -8.64e15;
export const DATE_MAX_MS = 8.64e15;

/** Years before this are written and shown as "… years ago" (deep time), not as "… BC". */
export const DEEP_YEAR = -9999;
/** The earliest year a file may hold. */
export const MIN_YEAR = -99_999_999_999;

function dateYearStart(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
}

/** First millisecond of astronomical `year` (UTC). */
export function yearStartMs(year: number): number {
  if (year >= -200_000 && year <= 200_000) return dateYearStart(year);
  const cycles = Math.floor(year / CYCLE_YEARS);
  const rest = year - cycles * CYCLE_YEARS;
  return dateYearStart(rest) + cycles * CYCLE_DAYS * DAY_MS;
}

const YEAR_ZERO_MS = dateYearStart(0);

/** First millisecond of year 1 AD. */
export const YEAR_ONE_MS = yearStartMs(1);

/** The astronomical year an instant falls in. Exact for every `yearStartMs` value. */
export function yearOfMs(ms: number): number {
  if (ms >= DATE_MIN_MS && ms <= DATE_MAX_MS) return new Date(ms).getUTCFullYear();
  const days = Math.round((ms - YEAR_ZERO_MS) / DAY_MS);
  const cycles = Math.floor(days / CYCLE_DAYS);
  const rest = YEAR_ZERO_MS + (days - cycles * CYCLE_DAYS) * DAY_MS;
  return new Date(rest).getUTCFullYear() + cycles * CYCLE_YEARS;
}

/** Whether a `Date` can carry this instant (ticks and labels fall back to years when not). */
export function fitsDate(ms: number): boolean {
  return ms >= DATE_MIN_MS && ms <= DATE_MAX_MS;
}
