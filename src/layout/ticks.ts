/**
 * Axis ticks for the visible scale: d3 picks the interval from the time shown and the room
 * (about one tick per 90 px), from years down to hours and never finer. Each label shows the
 * tick at its own precision — "2023", "Feb", "Feb 19", "14:00" — and a tick on a boundary
 * coarser than the interval (a new year among months, a new month among days, midnight among
 * hours) is major.
 *
 * Everything is UTC: d3-time's UTC intervals place the ticks, and labels come from UTC fields,
 * so a reader in Kiritimati and one in Pago Pago see the same axis.
 */
import type { UtcScale } from './utc-scale';
import { utcDay, utcHour, utcMonth, utcTickInterval, utcYear, type TimeInterval } from 'd3-time';
import { isBroken, keptStretches } from './broken-scale';
import { estimateTextWidth } from './text-width';
import { format, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { formatShortDate } from '../dates/format-date';
import type { Precision } from '../format/types';
import { DAY } from './time-scale';
import { fitsDate, yearOfMs, yearStartMs, YEAR_ONE_MS, DEEP_YEAR } from '../dates/years';
import { formatYearsAgo } from '../dates/format-date';
import { labelYear, niceYearStep, YEAR_MS, yearTickYears } from './year-ticks';

export interface Tick {
  /** UTC epoch ms. */
  value: number;
  /** px in the scale's range. */
  x: number;
  label: string;
  /** On a boundary coarser than the ticks around it. */
  major: boolean;
}

/** Default room per tick in px. */
export const TICK_SPACING = 90;

type Unit = 'hour' | 'day' | 'month' | 'year';
const RANK: Record<Unit, number> = { hour: 0, day: 1, month: 2, year: 3 };

/** The coarsest unit whose boundary `t` lies on. */
function boundaryOf(t: Date): Unit {
  if (t.getUTCHours() !== 0 || t.getUTCMinutes() !== 0) return 'hour';
  if (t.getUTCDate() !== 1) return 'day';
  return t.getUTCMonth() === 0 ? 'year' : 'month';
}

function unitOfStep(ms: number): Unit {
  if (ms < DAY) return 'hour';
  if (ms < 28 * DAY) return 'day';
  if (ms < 365 * DAY) return 'month';
  return 'year';
}

/** A calendar date as formatShortDate expects it; only `start` and `precision` are read. */
function calendarDate(t: Date, precision: Precision) {
  const start = t.getTime();
  return { raw: '', precision, start, end: start };
}

function label(t: Date, unit: Unit, locale: Locale): string {
  switch (unit) {
    case 'year':
      return formatShortDate(calendarDate(t, 'year'), locale);
    case 'month':
      // Only the month name is read: mid-month noon is in no zone's DST gap.
      return format(new Date(2000, t.getUTCMonth(), 15, 12), 'LLL', { locale });
    case 'day':
      return formatShortDate(calendarDate(t, 'day'), locale);
    case 'hour': {
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
    }
  }
}

// Formatting dominates the cost of ticks; a pan shows the same ticks again and again.
const labelCache = new WeakMap<Locale, Map<number, string>>();
const LABEL_CACHE_SIZE = 4096;

function cachedLabel(t: Date, unit: Unit, locale: Locale): string {
  let labels = labelCache.get(locale);
  if (!labels) labelCache.set(locale, (labels = new Map()));
  let text = labels.get(+t);
  if (text === undefined) {
    if (labels.size >= LABEL_CACHE_SIZE) labels.clear();
    labels.set(+t, (text = label(t, unit, locale)));
  }
  return text;
}

/** The coarsest interval that ticks may use for data of a precision: days never get hours. */
const FINEST_INTERVAL: ReadonlyMap<Precision, TimeInterval> = new Map([
  ['year', utcYear],
  ['month', utcMonth],
  ['day', utcDay],
  ['minute', utcHour],
  ['second', utcHour],
]);

function stepOf(interval: TimeInterval, at: Date): number {
  const floor = interval.floor(at);
  return +interval.offset(floor, 1) - +floor;
}

export interface TickOptions {
  /** date-fns locale for the labels. Default en-US. */
  locale?: Locale;
  /** Room per tick in px. Default 90. */
  spacing?: number;
  /** The data's finest precision: no tick is finer. Default: hours at the finest. */
  precision?: Precision;
  /** px kept free of ticks on each side of an axis break, for its zigzag. Default 10. */
  breakRoom?: number;
}

/**
 * Ticks for `scale`'s whole domain, labelled in `locale`. On a broken scale the interval comes
 * from the warped span (time is true to scale between the breaks) and no tick falls in a break.
 */
export function timeTicks(scale: UtcScale, options: TickOptions = {}): Tick[] {
  const { locale = enUS, spacing = TICK_SPACING, precision, breakRoom = 10 } = options;
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range() as [number, number];
  const [u0, u1] = isBroken(scale) ? scale.uDomain() : [d0, d1];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  if (u1 <= u0) return [];
  const years = (u1 - u0) / YEAR_MS / count;
  if (![d0, d1, u0, u1].every(fitsDate) || (d0 < YEAR_ONE_MS && years >= 1)) {
    // "538.8M years ago" needs more room than "2023": space the ticks by their widest label.
    const widest = Math.max(
      ...[d0, d1].map((t) => estimateTextWidth(yearLabel(yearOfMs(t), locale), 12)),
    );
    const room = Math.max(spacing, widest + 20);
    const fewer = Math.max(2, Math.floor(Math.abs(r1 - r0) / room));
    return countedYearTicks(scale, niceYearStep((u1 - u0) / YEAR_MS / fewer), locale, breakRoom);
  }
  let interval = u1 > u0 ? utcTickInterval(new Date(u0), new Date(u1), count) : null;
  if (!interval) return [];
  let step = stepOf(interval, new Date(d0));
  const finest = FINEST_INTERVAL.get(precision ?? 'minute')!;
  if (step < stepOf(finest, new Date(d0))) {
    interval = finest;
    step = stepOf(finest, new Date(d0));
  }
  const unit = unitOfStep(step);
  const breaks = isBroken(scale) ? scale.warper.breaks : [];
  const out: Tick[] = [];
  for (const [a, b] of keptStretches(breaks, d0, d1 + 1)) {
    for (const t of interval.range(new Date(a), new Date(b))) {
      const x = scale(t);
      if (breaks.length > 0 && nearBreak(scale, breaks, +t, x, breakRoom)) continue;
      const at = boundaryOf(t);
      out.push({ value: +t, x, label: cachedLabel(t, at, locale), major: RANK[at] > RANK[unit] });
    }
  }
  return out;
}

/** Ticks every `step` years, for axes before 1 AD or beyond a Date's reach (year-ticks.ts). */
function countedYearTicks(scale: UtcScale, step: number, locale: Locale, breakRoom: number) {
  const [d0, d1] = scale.domain();
  const breaks = isBroken(scale) ? scale.warper.breaks : [];
  const out: Tick[] = [];
  for (const [a, b] of keptStretches(breaks, d0, d1 + 1)) {
    for (const year of yearTickYears(yearOfMs(a), yearOfMs(b), step)) {
      const value = yearStartMs(year);
      if (value < a || value > b) continue;
      const x = scale(value);
      if (breaks.length > 0 && nearBreak(scale, breaks, value, x, breakRoom)) continue;
      const major = labelYear(year) % (step * 10) === 0;
      out.push({ value, x, label: yearLabel(year, locale), major });
    }
  }
  return out;
}

/** A year on the axis: "2023", "500 BC", "4.6B years ago". */
export function yearLabel(year: number, locale: Locale): string {
  const start = yearStartMs(year);
  let labels = labelCache.get(locale);
  if (!labels) labelCache.set(locale, (labels = new Map()));
  let text = labels.get(start);
  if (text === undefined) {
    if (labels.size >= LABEL_CACHE_SIZE) labels.clear();
    const tag = locale.code ?? 'en-US';
    text =
      year < DEEP_YEAR
        ? formatYearsAgo(-year, tag, 'short')
        : year > 9999 // only the padding of a deep-time axis reaches past the last date
          ? new Intl.NumberFormat(tag, { notation: 'compact' }).format(year)
          : formatShortDate({ raw: '', precision: 'year', start, end: start }, locale);
    labels.set(start, text);
  }
  return text;
}

/** Whether a tick at `x` would crowd a break's label (tick labels run to the right). */
function nearBreak(
  scale: UtcScale,
  breaks: readonly { from: number; to: number }[],
  t: number,
  x: number,
  room: number,
): boolean {
  for (const b of breaks) {
    if (t <= b.from && scale(b.from) - x < room) return true;
    if (t >= b.to && x - scale(b.to) < room) return true;
  }
  return false;
}

export interface YearMark {
  x: number;
  label: string;
}

/**
 * The year, always on the axis: at the left edge (unless a year tick is already there) and after
 * every break that crosses into another year. Ticks whose labels those would cover are dropped.
 */
export function withYears(
  scale: UtcScale,
  ticks: readonly Tick[],
  { locale = enUS, room = 44 }: { locale?: Locale; room?: number } = {},
): { ticks: Tick[]; years: YearMark[] } {
  const [, right] = scale.range() as [number, number];
  const [d0, d1] = scale.domain();
  // A tick on a new year (every tick of a counted-years axis is one) already says the year.
  const onYear = (t: number) => !fitsDate(t) || boundaryOf(new Date(t)) === 'year';
  const years: YearMark[] = [];
  const leftYear = ticks.some((t) => t.x < room && onYear(t.value));
  if (!leftYear) years.push({ x: 0, label: yearLabel(yearOfMs(d0), locale) });
  if (isBroken(scale)) {
    for (const b of scale.warper.breaks) {
      if (b.to <= d0 || b.to >= d1) continue;
      if (yearOfMs(b.from) === yearOfMs(b.to)) continue;
      const x = scale(b.to);
      // Breaks close together: a year that would run into the one before it is left out.
      const before = years[years.length - 1];
      if (before && x < before.x + estimateTextWidth(before.label, 12) + 8) continue;
      years.push({ x, label: yearLabel(yearOfMs(b.to), locale) });
    }
  }
  // A label that would run past the right edge is dropped, not cut.
  const kept = ticks.filter(
    (t) =>
      t.x + 3 + estimateTextWidth(t.label, 12) <= right &&
      !years.some(
        (y) => t.x >= y.x - 8 && t.x < y.x + Math.max(room, estimateTextWidth(y.label, 12) + 8),
      ),
  );
  return { ticks: kept, years };
}
