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
import { utcHour, utcTickInterval } from 'd3-time';
import { format, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { formatShortDate } from '../dates/format-date';
import type { Precision } from '../format/types';
import { DAY, HOUR } from './time-scale';

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

/** Ticks for `scale`'s whole domain, labelled in `locale`. */
export function timeTicks(
  scale: UtcScale,
  { locale = enUS, spacing = TICK_SPACING }: { locale?: Locale; spacing?: number } = {},
): Tick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  let interval = +d1 > +d0 ? utcTickInterval(d0, d1, count) : null;
  if (!interval) return [];
  const floor = interval.floor(d0);
  const step = +interval.offset(floor, 1) - +floor;
  if (step < HOUR) interval = utcHour;
  const unit = unitOfStep(step);
  return interval.range(d0, new Date(+d1 + 1)).map((t) => {
    const at = boundaryOf(t);
    return {
      value: +t,
      x: scale(t),
      label: cachedLabel(t, at, locale),
      major: RANK[at] > RANK[unit],
    };
  });
}
