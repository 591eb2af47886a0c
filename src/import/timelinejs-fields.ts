/**
 * The base of the TimelineJS JSON converter (`timelinejs-convert.ts`): the findings and origins
 * every part reports to, and the fields any slide may have: text (HTML to plain text), dates
 * and background. Method bodies are those of the one converter class they were split from.
 */
import { daysInMonth, isPartialDateError, parsePartialDate } from '../dates/partial-date';
import type { PathSegment } from '../validate/json-locate';
import { compact, isObj, type Obj } from '../format/objects';
import { htmlToText } from './html-to-text';
import type { HtmlText } from './html-types';
import { Origins, type Severity } from './origins';
import type { JsonFinding, TimelineJsOptions } from './timelinejs-json';

const DATE_KEYS = new Set([
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'millisecond',
  'display_date',
  'format',
]);

export interface ConvertedDate {
  raw: string;
  /** Set when the time had no zone and was read as UTC. */
  floating?: string;
  display?: string;
}

export abstract class TimelineJsFields {
  protected readonly findings: JsonFinding[] = [];
  protected readonly origins = new Origins<PathSegment[]>([]);

  constructor(protected readonly options: TimelineJsOptions) {}

  protected background(slide: Obj, path: PathSegment[]): void {
    const bg = slide.background;
    if (
      bg === undefined ||
      bg === null ||
      bg === '' ||
      (isObj(bg) && Object.keys(bg).length === 0)
    ) {
      return;
    }
    this.warn(
      [...path, 'background'],
      'the slide background was not imported: Dateline themes the timeline itself',
    );
  }

  // --- dates -----------------------------------------------------------------------------------

  protected date(
    value: unknown,
    path: PathSegment[],
    severity: Severity,
    required = false,
  ): ConvertedDate | undefined {
    const report = (at: PathSegment[], message: string) =>
      this.findings.push({ at, message, severity });
    if (value === undefined || value === null) {
      if (required)
        report(path, 'this event has no start_date; Dateline needs a date for every event');
      return undefined;
    }
    if (!isObj(value)) {
      report(path, 'a date must be an object like {"year": 2023, "month": 2, "day": 21}');
      return undefined;
    }
    this.unknownKeys(value, path, DATE_KEYS, 'date field');
    let ok = true;
    const num = (key: string, min: number, max: number, range: string): number | undefined => {
      const raw = value[key];
      if (raw === undefined || raw === null || raw === '') return undefined;
      const cleaned = typeof raw === 'string' ? raw.replace(/[\s,]+/g, '') : raw;
      const n =
        typeof cleaned === 'number'
          ? cleaned
          : /^-?\d+$/.test(String(cleaned))
            ? Number(cleaned)
            : NaN;
      if (!Number.isInteger(n)) {
        report([...path, key], `the ${key} must be a whole number, not ${JSON.stringify(raw)}`);
        ok = false;
        return undefined;
      }
      if (n < min || n > max) {
        report([...path, key], `${key} ${n} does not exist; ${range}`);
        ok = false;
        return undefined;
      }
      return n;
    };
    const yearRaw = value.year;
    const year = num('year', -Infinity, Infinity, '');
    const month = num('month', 1, 12, 'months run from 1 to 12');
    const day = num('day', 1, 31, 'days run from 1 to 31');
    const hour = num('hour', 0, 23, 'hours run from 0 to 23');
    const minute = num('minute', 0, 59, 'minutes run from 0 to 59');
    const second = num('second', 0, 59, 'seconds run from 0 to 59');
    const millisecond = num('millisecond', 0, 999, 'milliseconds run from 0 to 999');
    if (year === undefined) {
      if (ok || yearRaw === undefined || yearRaw === '') {
        report([...path, 'year'], 'a date needs at least a year');
      }
      return undefined;
    }
    if (year === 0 || year > 9999) {
      report(
        [...path, 'year'],
        year === 0
          ? 'TimelineJS has no year 0: write -1 for 1 BC or 1 for AD 1'
          : `the year ${year} cannot be imported: Dateline dates run to year 9999`,
      );
      return undefined;
    }
    // TimelineJS counts years as historians do (-44 is 44 BC, no year 0); ISO 8601 counts
    // astronomically (year 0000 is 1 BC), so 44 BC is -0043. Deep-time years (before 10000 BC)
    // read "N years ago" in Dateline and are kept as they are.
    const isoYear = year < 0 && year >= -10_000 ? year + 1 : year;
    if (!ok) return undefined;
    const need = (key: string, has: unknown, what: string) => {
      if (has !== undefined) return true;
      report([...path, key], `a ${key} needs a ${what}`);
      return false;
    };
    if (day !== undefined && !need('day', month, 'month')) return undefined;
    if (hour !== undefined && !need('hour', day, 'day')) return undefined;
    if (minute !== undefined && !need('minute', hour, 'hour')) return undefined;
    if (second !== undefined && !need('second', minute, 'minute')) return undefined;
    if (month !== undefined && day !== undefined && day > daysInMonth(isoYear, month)) {
      const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', {
        month: 'long',
        timeZone: 'UTC',
      });
      report(
        [...path, 'day'],
        `day ${day} does not exist: ${name} ${year} has ${daysInMonth(isoYear, month)} days`,
      );
      return undefined;
    }
    if (millisecond) {
      this.warn([...path, 'millisecond'], 'milliseconds are not kept; the time is to the second');
    }

    const p2 = (n: number) => String(n).padStart(2, '0');
    let raw = `${isoYear < 0 ? '-' : ''}${String(Math.abs(isoYear)).padStart(4, '0')}`;
    if (month !== undefined) raw += `-${p2(month)}`;
    if (day !== undefined) raw += `-${p2(day)}`;
    let floating: string | undefined;
    if (hour !== undefined) {
      const time = `${p2(hour)}:${p2(minute ?? 0)}${second !== undefined ? `:${p2(second)}` : ''}`;
      raw += `T${time}${this.options.offset ?? 'Z'}`;
      if (this.options.offset === undefined) {
        floating = time;
        this.warn(
          [...path, 'hour'],
          `TimelineJS gives no time zone for ${time}; it was imported as UTC and the event's ` +
            'note says so (give the zone with --offset, e.g. --offset +01:00)',
        );
      }
    }
    const checked = parsePartialDate(raw);
    if (isPartialDateError(checked)) {
      report(path, checked.error);
      return undefined;
    }
    const display = stringField(value.display_date);
    return compact({ raw, floating, display: display ? plain(display) : undefined });
  }

  // --- text ------------------------------------------------------------------------------------

  protected textObject(value: unknown, path: PathSegment[]): Obj | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isObj(value)) {
      this.error(path, 'text must be an object like {"headline": "…", "text": "…"}');
      return undefined;
    }
    this.unknownKeys(value, path, new Set(['headline', 'text']), 'text field');
    return value;
  }

  /** HTML field → plain text, with its notices reported at `path`. */
  protected html(
    value: unknown,
    path: PathSegment[],
    oneLine: boolean,
    quotes: boolean,
  ): HtmlText | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number') value = String(value);
    if (typeof value !== 'string') {
      this.error(path, `this must be text, not ${Array.isArray(value) ? 'a list' : typeof value}`);
      return undefined;
    }
    const result = htmlToText(value, { oneLine, quotes });
    for (const n of result.notices) this.findings.push({ at: path, ...n });
    return result;
  }

  protected unknownKeys(obj: Obj, path: PathSegment[], known: Set<string>, what: string): void {
    for (const key of Object.keys(obj)) {
      if (known.has(key)) continue;
      const value = obj[key];
      if (value === undefined || value === null || value === '') continue;
      this.warn(
        [...path, key],
        `the TimelineJS ${what} "${key}" is not known and was not imported`,
      );
    }
  }

  protected warn(at: PathSegment[], message: string): void {
    this.findings.push({ at, message, severity: 'warning' });
  }

  protected error(at: PathSegment[], message: string): void {
    this.findings.push({ at, message, severity: 'error' });
  }
}

export function stringField(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Display dates and similar short fields may hold markup too. */
export function plain(text: string): string {
  return htmlToText(text, { oneLine: true, quotes: false }).text;
}
