/**
 * Precision-aware display of partial dates with date-fns: a year reads "2023", a month
 * "January 2023", a day "Feb 21, 2023", a time "Feb 21, 2023, 14:30 UTC+01:00".
 *
 * Nothing here depends on the reader's time zone. A calendar date prints as the day it is; a
 * time prints as the wall-clock reading it was written in, with that offset, because "14:30 in
 * Brussels" is what the source said and what the reporter can check.
 */
import { format, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import type { PartialDate } from '../format/types';

import { formatHistoric, isHistoric } from './historic-lazy';

export { formatYearsAgo, loadHistoric, useHistoric } from './historic-lazy';
export { loadDateLocale, resolveDateLocaleTag } from './date-locale';

/**
 * A Date whose local-time methods act on its UTC fields. date-fns formats in local time; given
 * this, it prints the wall-clock reading we put in the UTC fields, the same in every zone.
 * Building a local Date from the fields instead would break in the reader's DST gaps: 02:30 on a
 * spring-forward night does not exist locally and would print as 03:30.
 */
class WallClock extends Date {
  override getFullYear() {
    return this.getUTCFullYear();
  }
  override getMonth() {
    return this.getUTCMonth();
  }
  override getDate() {
    return this.getUTCDate();
  }
  override getDay() {
    return this.getUTCDay();
  }
  override getHours() {
    return this.getUTCHours();
  }
  override getMinutes() {
    return this.getUTCMinutes();
  }
  override getSeconds() {
    return this.getUTCSeconds();
  }
  override getMilliseconds() {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset() {
    return 0;
  }
  override setFullYear(...args: Parameters<Date['setUTCFullYear']>) {
    return this.setUTCFullYear(...args);
  }
  override setMonth(...args: Parameters<Date['setUTCMonth']>) {
    return this.setUTCMonth(...args);
  }
  override setDate(...args: Parameters<Date['setUTCDate']>) {
    return this.setUTCDate(...args);
  }
  override setHours(...args: Parameters<Date['setUTCHours']>) {
    return this.setUTCHours(...args);
  }
  override setMinutes(...args: Parameters<Date['setUTCMinutes']>) {
    return this.setUTCMinutes(...args);
  }
  override setSeconds(...args: Parameters<Date['setUTCSeconds']>) {
    return this.setUTCSeconds(...args);
  }
  override setMilliseconds(...args: Parameters<Date['setUTCMilliseconds']>) {
    return this.setUTCMilliseconds(...args);
  }
}

/** The date as its writer's clock read it: calendar dates at UTC midnight, times in their offset. */
function wallClock(d: PartialDate): WallClock {
  return new WallClock(d.start + (d.offsetMinutes ?? 0) * 60_000);
}

/** date-fns patterns per precision. Defaults suit most European languages. */
interface DatePatterns {
  year: string;
  month: string;
  day: string;
  monthShort: string;
  dayShort: string;
  /** A day range within one month: [first day, last day with month and year]. */
  dayRange?: [string, string];
  /** A month range within one year. */
  monthRange?: [string, string];
  /** Between the two halves of a shortened range ("Feb 18 – 21, 2023", "18.–21. Feb. 2023"). */
  rangeJoin: string;
}

const DEFAULT_PATTERNS: DatePatterns = {
  year: 'y',
  month: 'LLLL y',
  // The locale's own medium date: "Feb 21, 2023", "21. Feb. 2023", "21 févr. 2023".
  day: 'PP',
  monthShort: 'LLL y',
  dayShort: 'd MMM',
  rangeJoin: '–',
};

// Where a language's natural forms differ from the defaults. Keyed by date-fns locale code, then
// by language. Range shapes follow CLDR interval formats (what Intl.DateTimeFormat prints).
const CJK = {
  year: "y'年'",
  month: "y'年'M'月'",
  day: 'PPP',
  monthShort: "y'年'M'月'",
  dayShort: "M'月'd'日'",
} satisfies Partial<DatePatterns>;

const PATTERNS: Record<string, Partial<DatePatterns>> = {
  'en-US': {
    dayShort: 'MMM d',
    dayRange: ['MMM d', 'd, y'],
    monthRange: ['LLLL', 'LLLL y'],
    rangeJoin: ' – ',
  },
  en: { dayRange: ['d', 'd MMM y'], monthRange: ['LLLL', 'LLLL y'], rangeJoin: ' – ' },
  de: { dayShort: 'd. MMM', dayRange: ['d.', 'd. MMM y'], monthRange: ['LLLL', 'LLLL y'] },
  fr: { dayRange: ['d', 'd MMM y'], monthRange: ['LLLL', 'LLLL y'] },
  es: { dayRange: ['d', 'd MMM y'], monthRange: ['LLLL', 'LLLL y'] },
  it: { dayRange: ['d', 'd MMM y'], monthRange: ['LLLL', 'LLLL y'] },
  ar: { dayRange: ['d', 'd MMM y'], monthRange: ['LLLL', 'LLLL y'] },
  uk: { dayRange: ['d', "d MMM y 'р.'"] },
  ru: { dayRange: ['d', "d MMM y 'г.'"] },
  zh: {
    ...CJK,
    dayRange: ["y'年'M'月'd'日'", "d'日'"],
    monthRange: ["y'年'M'月'", "M'月'"],
    rangeJoin: '至',
  },
  ja: {
    ...CJK,
    dayRange: ["y'年'M'月'd'日'", "d'日'"],
    monthRange: ["y'年'M'月'", "M'月'"],
    rangeJoin: '～',
  },
  ko: {
    year: "y'년'",
    month: "y'년' M'월'",
    day: 'PPP',
    monthShort: "y'년' M'월'",
    dayShort: "M'월' d'일'",
    dayRange: ["y'년' M'월' d'일'", "d'일'"],
    monthRange: ["y'년' M'월'", "M'월'"],
    rangeJoin: '~',
  },
};

function patternsFor(locale: Locale): DatePatterns {
  const code = locale.code ?? '';
  const language = code.split('-')[0] ?? '';
  const own =
    (Object.hasOwn(PATTERNS, code) ? PATTERNS[code] : undefined) ??
    (Object.hasOwn(PATTERNS, language) ? PATTERNS[language] : undefined) ??
    {};
  return { ...DEFAULT_PATTERNS, ...own };
}

/** "UTC", "UTC+01:00", "UTC−05:00" (with a real minus sign, which screen readers say). */
export function formatUtcOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  return `UTC${offsetString(offsetMinutes, '−')}`;
}

function offsetString(offsetMinutes: number, minus: string): string {
  const abs = Math.abs(offsetMinutes);
  const sign = offsetMinutes < 0 ? minus : '+';
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Joins a date pattern and a time pattern the way the locale joins them ("{{date}}, {{time}}"). */
function dateTimePattern(locale: Locale, date: string, time: string): string {
  const template = locale.formatLong?.dateTime({ width: 'medium' }) ?? '{{date}}, {{time}}';
  return template.replace('{{date}}', date).replace('{{time}}', time);
}

function isTime(d: PartialDate): boolean {
  return d.precision === 'minute' || d.precision === 'second';
}

function timePattern(d: PartialDate): string {
  return d.precision === 'second' ? 'HH:mm:ss' : 'HH:mm';
}

/** Quotes text as a date-fns literal. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The full, precision-aware form for the detail panel and screen readers: "2023",
 * "January 2023", "Feb 21, 2023", "Feb 21, 2023, 14:30 UTC+01:00".
 */
export function formatPartialDate(d: PartialDate, locale: Locale = enUS): string {
  if (isHistoric(d)) return formatHistoric(d, locale.code ?? 'en-US');
  const p = patternsFor(locale);
  if (!isTime(d))
    return format(wallClock(d), p[d.precision as 'year' | 'month' | 'day'], { locale });
  const pattern = dateTimePattern(locale, p.day, timePattern(d));
  return `${format(wallClock(d), pattern, { locale })} ${formatUtcOffset(d.offsetMinutes ?? 0)}`;
}

/**
 * A compact label for marks and lists: "2023", "Jan 2023", "Feb 21", "Feb 21, 14:30". Leaves
 * out the year of a day and the offset of a time; use it only where the full form is at hand.
 */
export function formatShortDate(d: PartialDate, locale: Locale = enUS): string {
  if (isHistoric(d)) return formatHistoric(d, locale.code ?? 'en-US', 'short');
  const p = patternsFor(locale);
  const pattern = {
    year: p.year,
    month: p.monthShort,
    day: p.dayShort,
    minute: dateTimePattern(locale, p.dayShort, 'HH:mm'),
    second: dateTimePattern(locale, p.dayShort, 'HH:mm:ss'),
  }[d.precision];
  return format(wallClock(d), pattern, { locale });
}

/**
 * A date, or a period from `date` to `end` (inclusive of `end`'s whole period), shortened where
 * the language allows: "Feb 18 – 21, 2023", "January – March 2023", "2022–2023",
 * "Feb 21, 2023, 14:30 – 16:00 UTC+01:00". Otherwise the two full forms joined by " – ".
 */
export function formatRange(date: PartialDate, end?: PartialDate, locale: Locale = enUS): string {
  if (!end || (end.start === date.start && end.end === date.end)) {
    return formatPartialDate(date, locale);
  }
  if (isHistoric(date) || isHistoric(end)) {
    // Both with their era, so "44 BC – AD 14" never reads as two years of one era.
    const tag = locale.code ?? 'en-US';
    return `${formatHistoric(date, tag)} – ${formatHistoric(end, tag)}`;
  }
  const p = patternsFor(locale);
  const a = wallClock(date);
  const b = wallClock(end);
  const join = (first: string, last: string) =>
    `${format(a, first, { locale })}${p.rangeJoin}${format(b, last, { locale })}`;
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();

  if (date.precision === end.precision) {
    switch (date.precision) {
      case 'year':
        return join(p.year, p.year);
      case 'month':
        if (sameYear && p.monthRange) return join(...p.monthRange);
        break;
      case 'day':
        if (sameMonth && p.dayRange) return join(...p.dayRange);
        break;
      default:
        if (
          sameMonth &&
          a.getUTCDate() === b.getUTCDate() &&
          date.offsetMinutes === end.offsetMinutes
        ) {
          const times = `${format(a, timePattern(date))}${p.rangeJoin}${format(b, timePattern(end))}`;
          const pattern = dateTimePattern(locale, p.day, literal(times));
          return `${format(a, pattern, { locale })} ${formatUtcOffset(date.offsetMinutes ?? 0)}`;
        }
    }
  }
  return `${formatPartialDate(date, locale)} – ${formatPartialDate(end, locale)}`;
}

/**
 * A valid HTML `<time datetime>` value at the date's own precision: "2023", "2023-01",
 * "2023-02-21", "2023-02-21T14:30+01:00", "2023-02-21T14:30:05Z". Built from the parsed fields,
 * not copied from `raw`, so it is valid whatever produced the PartialDate. None before 1 AD.
 */
export function isoDateTimeAttr(d: PartialDate): string | undefined {
  // HTML's <time> has no years before 1 AD: better no machine value than a wrong one.
  if (isHistoric(d)) return undefined;
  const w = wallClock(d);
  const year = pad(w.getUTCFullYear(), 4);
  const month = `${year}-${pad(w.getUTCMonth() + 1)}`;
  const day = `${month}-${pad(w.getUTCDate())}`;
  switch (d.precision) {
    case 'year':
      return year;
    case 'month':
      return month;
    case 'day':
      return day;
    default: {
      const seconds = d.precision === 'second' ? `:${pad(w.getUTCSeconds())}` : '';
      const offset = d.offsetMinutes ? offsetString(d.offsetMinutes, '-') : 'Z';
      return `${day}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}${seconds}${offset}`;
    }
  }
}
