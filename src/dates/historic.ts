/**
 * Dates before 1 AD, in the reader's language, with nothing but `Intl`: "44 BC",
 * "15 March 44 BC", "44 v. Chr.", "公元前44年", and deep time as "13.8 billion years ago",
 * "vor 13,8 Milliarden Jahren", "138亿年前".
 *
 * date-fns prints a year as the year of its era without the era ("44"), which would put Caesar
 * in 44 AD; `Intl.DateTimeFormat` with `era` knows every language's BC/BCE label. Deep-time
 * years (before 10000 BC) have no Date at all: the year -N reads "N years ago", the couple of
 * thousand years between year 0 and today being far below the precision such numbers carry.
 * Formats are cached per language: a long list formats thousands of dates.
 */
import type { PartialDate } from '../format/types';
import { DEEP_YEAR, YEAR_ONE_MS, yearOfMs } from './years';

/** Whether a date needs this module: it starts before 1 AD. */
export function isHistoric(d: PartialDate): boolean {
  return d.start < YEAR_ONE_MS;
}

export type Form = 'full' | 'short';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d${tag}${JSON.stringify(options)}`, () => {
    try {
      return new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    } catch {
      return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
  });
}

/**
 * Where a compact "13,8 milliards" needs "de"/"d'" before the noun, which `RelativeTimeFormat`
 * (made for plain numbers) would leave out: "il y a 13,8 milliards d'années".
 */
const WITH_PARTITIVE: Record<string, (n: string) => string> = {
  fr: (n) => `il y a ${n} d’années`,
  es: (n) => `hace ${n} de años`,
  pt: (n) => `há ${n} de anos`,
  it: (n) => `${n} di anni fa`,
};

/**
 * "13.8 billion years ago" (`long`) or "13.8B years ago" (`short`, for axis ticks); below a
 * million years the number is written out: "50,000 years ago".
 */
export function formatYearsAgo(years: number, tag: string, display: 'long' | 'short' = 'long') {
  const language = tag.split('-')[0] ?? 'en';
  const relative = cached(`r${tag}`, () => {
    try {
      return new Intl.RelativeTimeFormat(tag, { numeric: 'always' });
    } catch {
      return new Intl.RelativeTimeFormat('en-US', { numeric: 'always' });
    }
  });
  if (years < 1e6) return relative.format(-years, 'year');
  const compact = cached(`n${tag}${display}`, () => {
    try {
      return new Intl.NumberFormat(tag, {
        notation: 'compact',
        compactDisplay: display,
        maximumFractionDigits: 1,
      });
    } catch {
      return new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
    }
  });
  const number = compact.format(years);
  if (display === 'long' && Object.hasOwn(WITH_PARTITIVE, language)) {
    return WITH_PARTITIVE[language]!(number);
  }
  // The language's own "… years ago" around the compact number (its plural is the number's).
  let out = '';
  let placed = false;
  for (const part of relative.formatToParts(-years, 'year')) {
    if (part.type === 'literal') out += part.value;
    else if (!placed) {
      out += number;
      placed = true;
    }
  }
  return out.trim();
}

const FULL: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', era: 'short' },
  month: { year: 'numeric', month: 'long', era: 'short' },
  day: { year: 'numeric', month: 'short', day: 'numeric', era: 'short' },
};
const SHORT: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: FULL.year,
  month: { year: 'numeric', month: 'short', era: 'short' },
  day: { month: 'short', day: 'numeric' },
};

/**
 * A date in `tag`'s language with its era: "44 BC", "March 44 BC", "Mar 15, 44 BC" (`short`
 * leaves out the year of a day, like formatShortDate). Years after 1 AD get their era too
 * ("AD 14"), for ranges that cross it. Deep time reads "… years ago".
 */
export function formatHistoric(d: PartialDate, tag: string, form: Form = 'full'): string {
  const year = yearOfMs(d.start);
  if (year < DEEP_YEAR) return formatYearsAgo(-year, tag);
  const precision = d.precision === 'year' || d.precision === 'month' ? d.precision : 'day';
  const options = (form === 'full' ? FULL : SHORT)[precision];
  return dateFormat(tag, options).format(d.start + (d.offsetMinutes ?? 0) * 60_000);
}
