/**
 * Ticks that count years, for axes d3-time cannot draw: anything before 1 AD (d3 would put a
 * tick on year 0, which is 1 BC, and on 101 BC rather than 100 BC) and deep time, where no
 * `Date` exists. Steps are 1, 2 or 5 times a power of ten years — decades, millennia, millions,
 * billions — and land on the round numbers a reader says: 500 BC, 1000 BC, "4.6B years ago".
 *
 * Ticks are placed in "label years", the number the reader sees with its sign: 500 BC is -500,
 * there is no year 0, and before 10000 BC a year -N reads "N years ago" (see
 * src/dates/historic.ts), so -N is its own label year.
 */
import { DEEP_YEAR } from '../dates/years';

/** The average Gregorian year, for turning a span of ms into years. */
export const YEAR_MS = 365.2425 * 86_400_000;

/** The smallest 1, 2 or 5 × 10^k years (at least 1) no less than `years`. */
export function niceYearStep(years: number): number {
  if (!(years > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(years));
  for (const m of [1, 2, 5, 10]) if (m * power >= years) return m * power;
  return 10 * power;
}

/** The label year of an astronomical year: 1 AD is 1, year 0 (1 BC) is -1, -43 is -44. */
export function labelYear(year: number): number {
  return year >= 1 || year < DEEP_YEAR ? year : year - 1;
}

/** The astronomical year of a label year (the inverse of `labelYear`). */
export function astronomicalYear(label: number): number {
  return label >= 1 || label < DEEP_YEAR - 1 ? label : label + 1;
}

/**
 * The astronomical years in `[y0, y1]` whose label year is a multiple of `step` (never year
 * "0", which does not exist), in order. At most `limit` of them, as a guard.
 */
export function yearTickYears(y0: number, y1: number, step: number, limit = 1000): number[] {
  const out: number[] = [];
  const first = Math.ceil(labelYear(y0) / step) * step;
  const last = labelYear(y1);
  for (let label = first; label <= last && out.length < limit; label += step) {
    if (label === 0) continue;
    const year = astronomicalYear(label);
    if (year >= y0 && year <= y1) out.push(year);
  }
  return out;
}
