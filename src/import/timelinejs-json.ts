/**
 * TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html) to a Dateline
 * timeline. Nothing is dropped without a word: what Dateline cannot hold is kept in a note or
 * reported as a warning, and every problem points at its JSON path in the TimelineJS file.
 *
 * Decisions:
 * - Dates keep the precision TimelineJS gives: year → "2023", + month → "2023-02", + day →
 *   "2023-02-21", + hour/minute(/second) → "2023-02-21T14:30Z". TimelineJS times have no zone;
 *   without `offset` they are read as UTC, and the event's note and a warning say so.
 * - `text.headline` → title (plain, one line); `text.text` → summary. HTML becomes plain text
 *   (`html-to-text.ts`); `<blockquote>`…`<cite>` becomes a quote whose speaker is a person made
 *   from the cite ("Name, role"); links become sources (a link inside a quote is its source).
 * - `media`: a web address becomes a source (title from `media.title`), `media.link` another;
 *   caption, credit and alt text go into the event note; a blockquote given as media is a quote;
 *   other embed code is converted like text. Thumbnails and backgrounds are reported, not kept.
 * - `unique_id` is the event id when it is URL-safe and not taken; otherwise the id is a slug
 *   of the headline, made unique.
 * - `group` → a group keyed by the slug of its label.
 * - `display_date` (Dateline formats dates itself) → the note: "TimelineJS showed the date as …".
 * - The `title` slide → the timeline's title and summary; its links and media → the timeline
 *   note. Without a title slide, `fallbackTitle` (the file name) is used, with a warning.
 * - `eras` → periods (bands behind the events), labelled with their headline.
 */
import {
  findDuplicateKeys,
  formatPath,
  locatePaths,
  type PathSegment,
} from '../validate/json-locate';
import { mightHaveDuplicateKeys } from '../validate/duplicate-keys';
import { daysInMonth, isPartialDateError, parsePartialDate } from '../dates/partial-date';
import type {
  EventInput,
  PeriodInput,
  GroupInput,
  PersonInput,
  Problem,
  QuoteInput,
  SourceInput,
  TimelineInput,
} from '../format/types';
import {
  htmlToText,
  linkProblem,
  type HtmlLink,
  type HtmlQuote,
  type HtmlText,
} from './html-to-text';
import {
  checkConverted,
  Origins,
  sortProblems,
  type Finding,
  type ImportResult,
  type Severity,
} from './origins';
import { IdAllocator, isUrlSafeId, slugify } from './slug';
import { withoutBom } from '../format/without-bom';
import { compact, isObj, type Obj } from '../format/objects';

export interface TimelineJsOptions {
  /**
   * The UTC offset of the times in the file, "+01:00", "-05:00" or "Z". TimelineJS times have
   * none; without this they are read as UTC and each timed event's note says so.
   */
  offset?: string;
  /** The title when the file has no title slide, e.g. the file name. */
  fallbackTitle?: string;
}

export type JsonFinding = Finding<PathSegment[]>;

const TOP_KEYS = new Set(['events', 'title', 'eras', 'scale']);
const SLIDE_KEYS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'autolink',
  'unique_id',
]);
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
const MEDIA_KEYS = new Set([
  'url',
  'caption',
  'credit',
  'thumbnail',
  'alt',
  'title',
  'link',
  'link_target',
]);
const OFFSET = /^(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;

/** Checks an `offset` option; returns why it is wrong, or `undefined`. */
export function offsetProblem(offset: string): string | undefined {
  if (OFFSET.test(offset) && offset !== '-00:00') return undefined;
  return `the time zone offset ${JSON.stringify(offset)} is not valid; write it as +01:00, -05:00 or Z`;
}

/** Converts a parsed TimelineJS file. `text` (the file as read) adds lines and columns. */
export function fromTimelineJsJson(
  value: unknown,
  options: TimelineJsOptions & { text?: string } = {},
): ImportResult {
  const { value: timeline, findings } = convertTimelineJs(value, options);
  const problems: Problem[] = findings.map((f) => ({
    path: formatPath(f.at),
    message: f.message,
    severity: f.severity,
  }));
  const body = options.text === undefined ? undefined : withoutBom(options.text);
  if (body !== undefined && mightHaveDuplicateKeys(body, value)) {
    for (const p of findDuplicateKeys(body)) problems.push({ ...p, severity: 'error' });
  }
  if (body !== undefined && problems.length > 0) {
    const positions = locatePaths(
      body,
      findings.map((f) => ({ path: f.at })),
    );
    positions.forEach((pos, i) => {
      if (pos && problems[i]!.line === undefined) {
        Object.assign(problems[i]!, { line: pos.line, column: pos.column });
      }
    });
    return { value: timeline, problems: sortProblems(problems) };
  }
  return { value: timeline, problems };
}

/**
 * The conversion with findings on input paths (segments), for callers that locate them
 * otherwise, such as the spreadsheet importer.
 */
export function convertTimelineJs(
  input: unknown,
  options: TimelineJsOptions = {},
): { value: TimelineInput; findings: JsonFinding[] } {
  return new Converter(options).run(input);
}

interface ConvertedDate {
  raw: string;
  /** Set when the time had no zone and was read as UTC. */
  floating?: string;
  display?: string;
}

class Converter {
  private readonly findings: JsonFinding[] = [];
  private readonly origins = new Origins<PathSegment[]>([]);
  private readonly people: Record<string, PersonInput> = {};
  private readonly peopleByName = new Map<string, string>();
  private readonly personIds = new IdAllocator({ avoidReserved: true });
  private readonly groups: Record<string, GroupInput> = {};
  private readonly groupsByLabel = new Map<string, string>();
  private readonly groupIds = new IdAllocator({ avoidReserved: true });
  private readonly eventIds = new IdAllocator();
  private readonly periodIds = new IdAllocator();
  /** Indexes of events whose unique_id an earlier event already took. */
  private readonly duplicateIds = new Set<number>();

  constructor(private readonly options: TimelineJsOptions) {}

  run(input: unknown): { value: TimelineInput; findings: JsonFinding[] } {
    const fallback = this.options.fallbackTitle?.trim() || 'Untitled timeline';
    const empty: TimelineInput = { version: 1, title: fallback, events: [] };
    if (isObj(input) && isObj(input.timeline) && Array.isArray(input.timeline.date)) {
      this.error(
        ['timeline'],
        'this is the old TimelineJS 2 format ("timeline": {"date": […]}), which is not ' +
          'supported; open it in TimelineJS 3 and export it again, or use its spreadsheet',
      );
      return { value: empty, findings: this.findings };
    }
    if (!isObj(input) || !Array.isArray(input.events)) {
      this.error(
        isObj(input) ? ['events'] : [],
        'a TimelineJS file is an object with an "events" list; none was found',
      );
      return { value: empty, findings: this.findings };
    }
    this.unknownKeys(input, [], TOP_KEYS, 'field');
    // "cosmological" needs nothing: the axis counts years wherever a calendar cannot reach.
    if (input.scale !== undefined && input.scale !== 'human' && input.scale !== 'cosmological') {
      this.warn(
        ['scale'],
        `the scale ${JSON.stringify(input.scale)} is not imported: Dateline places dates on a ` +
          'calendar from year 1 to 9999',
      );
    }

    // Explicit ids first, so a generated id never takes one that a later event asks for.
    input.events.forEach((slide, i) => {
      if (!isObj(slide) || typeof slide.unique_id !== 'string') return;
      const id = slide.unique_id.trim();
      if (!isUrlSafeId(id)) return;
      if (!this.eventIds.reserve(id)) {
        this.warn(
          ['events', i, 'unique_id'],
          `the unique_id ${JSON.stringify(id)} is used by an earlier event; this one gets ` +
            'an id made from its headline',
        );
        this.duplicateIds.add(i);
      }
    });

    const head = this.titleSlide(input.title, fallback);
    const events: EventInput[] = [];
    input.events.forEach((slide, i) => {
      const event = this.event(slide, i, events.length);
      if (event) events.push(event);
    });
    const periods = this.eras(input.eras);

    const note = head.notes.join('\n');
    const value: TimelineInput = compact({
      version: 1 as const,
      title: head.title,
      summary: head.summary,
      note: note || undefined,
      people: Object.keys(this.people).length ? this.people : undefined,
      groups: Object.keys(this.groups).length ? this.groups : undefined,
      periods: periods.length ? periods : undefined,
      events,
    });
    if (events.length === 0 && input.events.length === 0) {
      this.error(['events'], 'the TimelineJS file has no events');
    }
    const findings = checkConverted(value, this.origins, this.findings, {
      key: formatPath,
      describe: formatPath,
      mentionOutputPath: true,
    });
    return { value, findings };
  }

  // --- the title slide and eras ------------------------------------------------------------

  private titleSlide(
    slide: unknown,
    fallback: string,
  ): { title: string; summary?: string; notes: string[] } {
    const path: PathSegment[] = ['title'];
    const notes: string[] = [];
    if (slide === undefined || slide === null) {
      this.warn(
        [],
        `the file has no title slide; the timeline is titled ${JSON.stringify(fallback)}`,
      );
      return { title: fallback, notes };
    }
    if (!isObj(slide)) {
      this.error(path, 'the title slide must be an object like {"text": {"headline": "…"}}');
      return { title: fallback, notes };
    }
    this.unknownKeys(slide, path, SLIDE_KEYS, 'field');
    for (const key of ['start_date', 'end_date', 'group', 'display_date', 'unique_id']) {
      if (slide[key] !== undefined && slide[key] !== '') {
        this.warn([...path, key], `the title slide's ${key} is not imported: a timeline has none`);
      }
    }
    this.background(slide, path);
    const text = this.textObject(slide.text, [...path, 'text']);
    const headline = this.html(text?.headline, [...path, 'text', 'headline'], true, false);
    const body = this.html(text?.text, [...path, 'text', 'text'], false, false);
    let title = headline?.text ?? '';
    if (title === '') {
      this.warn(
        [...path, 'text', 'headline'],
        `the title slide has no headline; the timeline is titled ${JSON.stringify(fallback)}`,
      );
      title = fallback;
    } else {
      this.origins.set('$.title', [...path, 'text', 'headline']);
    }
    if (body?.text) this.origins.set('$.summary', [...path, 'text', 'text']);
    const links = [...(headline?.links ?? []), ...(body?.links ?? [])];
    if (links.length) {
      notes.push(`Links on the TimelineJS title slide: ${links.map((l) => l.url).join(', ')}`);
    }
    const media = this.media(slide.media, [...path, 'media']);
    if (media) {
      const parts = [...media.sources.map((s) => s.source.url), ...media.notes];
      if (media.text) parts.push(media.text);
      for (const q of media.quotes) parts.push(`“${q.text}” — ${q.cite}`);
      if (parts.length) notes.push(`Media on the TimelineJS title slide: ${parts.join('; ')}`);
    }
    if (notes.length) this.origins.set('$.note', path);
    return { title, summary: body?.text || undefined, notes };
  }

  /** TimelineJS eras become periods: a band with its headline as the label. */
  private eras(eras: unknown): PeriodInput[] {
    if (eras === undefined) return [];
    if (!Array.isArray(eras)) {
      this.error(['eras'], 'eras must be a list of {"start_date", "end_date", "text"} objects');
      return [];
    }
    const periods: PeriodInput[] = [];
    eras.forEach((era, i) => {
      const path: PathSegment[] = ['eras', i];
      if (!isObj(era)) {
        this.warn(path, 'this era is not an object and was not imported');
        return;
      }
      const start = this.date(era.start_date, [...path, 'start_date'], 'warning');
      const end = this.date(era.end_date, [...path, 'end_date'], 'warning');
      const text = this.textObject(era.text, [...path, 'text']);
      const headline = this.html(text?.headline, [...path, 'text', 'headline'], true, false);
      const body = this.html(text?.text, [...path, 'text', 'text'], true, false);
      if (!start || !end) {
        this.warn(path, 'an era needs a start_date and an end_date; this one was not imported');
        return;
      }
      const label = headline?.text || body?.text || `Era ${i + 1}`;
      if (headline?.text && body?.text) {
        this.warn(
          [...path, 'text', 'text'],
          "a period has a label only; the era's text was not kept",
        );
      }
      this.origins.set(`$.periods[${periods.length}]`, path);
      periods.push({
        id: this.periodIds.allocate(slugify(label, 'period')),
        label,
        date: start.raw,
        end: end.raw,
      });
    });
    return periods;
  }

  // --- events --------------------------------------------------------------------------------

  private event(slide: unknown, i: number, index: number): EventInput | undefined {
    const path: PathSegment[] = ['events', i];
    if (!isObj(slide)) {
      this.error(path, 'an event must be an object with a "start_date" and "text"');
      return undefined;
    }
    this.unknownKeys(slide, path, SLIDE_KEYS, 'field');
    const out = `$.events[${index}]`;

    const start = this.date(slide.start_date, [...path, 'start_date'], 'error', true);
    const hasEnd =
      slide.end_date !== undefined && slide.end_date !== null && !isEmptyDate(slide.end_date);
    const end = hasEnd ? this.date(slide.end_date, [...path, 'end_date'], 'error') : undefined;
    const text = this.textObject(slide.text, [...path, 'text']);
    const headline = this.html(text?.headline, [...path, 'text', 'headline'], true, false);
    const body = this.html(text?.text, [...path, 'text', 'text'], false, true);
    const media = this.media(slide.media, [...path, 'media']);
    this.background(slide, path);

    let title = headline?.text ?? '';
    const summaryParts = [body?.text, media?.text].filter((t): t is string => !!t);
    if (title === '') {
      const firstLine = summaryParts.join(' ').split('\n')[0]?.trim() ?? '';
      if (firstLine === '') {
        this.error(
          [...path, 'text', 'headline'],
          'this event has no headline and no text; Dateline needs a title for every event',
        );
        return undefined;
      }
      title = firstLine.length > 80 ? `${firstLine.slice(0, 79).trimEnd()}…` : firstLine;
      this.warn(
        [...path, 'text', 'headline'],
        `this event has no headline; its title is the start of its text: ${JSON.stringify(title)}`,
      );
    }
    // An event whose dates are wrong is left out; the error says why.
    if (!start || (hasEnd && !end)) return undefined;

    // Id.
    let id: string;
    const uid = typeof slide.unique_id === 'string' ? slide.unique_id.trim() : '';
    if (uid && isUrlSafeId(uid) && !this.duplicateIds.has(i)) {
      id = uid;
      this.origins.set(`${out}.id`, [...path, 'unique_id']);
    } else {
      id = this.eventIds.allocate(slugify(title, 'event'));
      if (uid && !isUrlSafeId(uid)) {
        this.warn(
          [...path, 'unique_id'],
          `the unique_id ${JSON.stringify(uid)} cannot be used in links (letters, digits, "-" ` +
            `and "_" only); the event id is ${JSON.stringify(id)}`,
        );
      } else if (slide.unique_id !== undefined && typeof slide.unique_id !== 'string') {
        this.warn(
          [...path, 'unique_id'],
          `the unique_id is not text; the event id is ${JSON.stringify(id)}`,
        );
      }
      this.origins.set(`${out}.id`, [...path, 'text', 'headline']);
    }

    // Group.
    const groups: string[] = [];
    if (slide.group !== undefined && slide.group !== null && slide.group !== '') {
      const label = this.html(slide.group, [...path, 'group'], true, false)?.text ?? '';
      if (label) {
        const key = this.group(label, [...path, 'group']);
        groups.push(key);
        this.origins.set(`${out}.groups`, [...path, 'group']);
      }
    }

    // Quotes and sources.
    const quotes: QuoteInput[] = [];
    const sources: SourceInput[] = [];
    const seenUrls = new Set<string>();
    const addSource = (source: SourceInput & { url: string }, from: PathSegment[]) => {
      if (seenUrls.has(source.url)) return;
      seenUrls.add(source.url);
      this.origins.set(`${out}.sources[${sources.length}]`, from);
      sources.push(source);
    };
    const addQuotes = (found: HtmlQuote[], from: PathSegment[]) => {
      for (const q of found) {
        const by = this.person(q.cite, from);
        const [first, ...rest] = q.links;
        // A link around the cite names the source; its text is the cite, not a title.
        if (first && first.text === q.cite) first.text = '';
        this.origins.set(`${out}.quotes[${quotes.length}]`, from);
        quotes.push(
          compact({
            text: q.text,
            by,
            source: first ? linkSource(first) : undefined,
          }),
        );
        for (const link of rest) addSource(linkSource(link), from);
      }
    };
    if (media) {
      for (const { source, from } of media.sources) addSource(source, from);
      addQuotes(media.quotes, [...path, 'media', 'url']);
    }
    if (body) {
      addQuotes(body.quotes, [...path, 'text', 'text']);
      for (const link of body.links) addSource(linkSource(link), [...path, 'text', 'text']);
    }
    for (const link of headline?.links ?? []) {
      addSource(linkSource(link), [...path, 'text', 'headline']);
    }
    for (const [link, from] of media?.links ?? []) addSource(linkSource(link), from);

    // Note.
    const notes: string[] = [];
    const display = stringField(slide.display_date) ?? start.display;
    const endDisplay = end?.display;
    if (display || endDisplay) {
      const shown = [display, endDisplay].filter(Boolean).join(' – ');
      notes.push(`TimelineJS showed the date as “${plain(shown)}”.`);
    }
    const floating = [start.floating, end?.floating].filter(Boolean);
    if (floating.length) {
      notes.push(
        `TimelineJS gave the time${floating.length > 1 ? 's' : ''} (${floating.join(', ')}) ` +
          'without a time zone; shown here as UTC.',
      );
    }
    notes.push(...(media?.notes ?? []));

    this.origins.set(out, path);
    this.origins.set(`${out}.date`, [...path, 'start_date']);
    if (end) this.origins.set(`${out}.end`, [...path, 'end_date']);
    this.origins.set(`${out}.title`, [...path, 'text', headline?.text ? 'headline' : 'text']);
    if (summaryParts.length) {
      this.origins.set(
        `${out}.summary`,
        body?.text ? [...path, 'text', 'text'] : [...path, 'media', 'url'],
      );
    }

    return compact({
      id,
      date: start.raw,
      end: end?.raw,
      title,
      summary: summaryParts.join('\n\n') || undefined,
      groups: groups.length ? groups : undefined,
      quotes: quotes.length ? quotes : undefined,
      sources: sources.length ? sources : undefined,
      note: notes.join('\n') || undefined,
    });
  }

  private media(
    media: unknown,
    path: PathSegment[],
  ):
    | {
        sources: { source: SourceInput & { url: string }; from: PathSegment[] }[];
        quotes: HtmlQuote[];
        links: [HtmlLink, PathSegment[]][];
        text: string;
        notes: string[];
      }
    | undefined {
    if (media === undefined || media === null) return undefined;
    if (!isObj(media)) {
      this.error(path, 'media must be an object like {"url": "https://…", "caption": "…"}');
      return undefined;
    }
    this.unknownKeys(media, path, MEDIA_KEYS, 'media field');
    const sources: { source: SourceInput & { url: string }; from: PathSegment[] }[] = [];
    const links: [HtmlLink, PathSegment[]][] = [];
    const notes: string[] = [];
    let quotes: HtmlQuote[] = [];
    let text = '';

    const title = this.html(media.title, [...path, 'title'], true, false)?.text;
    const url = stringField(media.url);
    if (url !== undefined && media.url !== undefined && typeof media.url !== 'string') {
      this.error([...path, 'url'], 'the media url must be text');
    } else if (url?.trim().startsWith('<')) {
      // Embed code: a blockquote is a quote; anything else is converted like text.
      const converted = this.html(url, [...path, 'url'], false, true)!;
      quotes = converted.quotes;
      text = converted.text;
      for (const link of converted.links) links.push([link, [...path, 'url']]);
    } else if (url && url.trim() !== '') {
      const problem = linkProblem(url);
      if (problem) {
        this.warn(
          [...path, 'url'],
          problem.message.replace('its text was kept', 'the media was not imported'),
        );
      } else {
        sources.push({ source: compact({ title, url: url.trim() }), from: [...path, 'url'] });
      }
    }
    if (title && sources.length === 0) notes.push(`Media title: ${title}.`);

    const caption = this.html(media.caption, [...path, 'caption'], true, false);
    const credit = this.html(media.credit, [...path, 'credit'], true, false);
    const alt = this.html(media.alt, [...path, 'alt'], true, false);
    for (const link of caption?.links ?? []) links.push([link, [...path, 'caption']]);
    for (const link of credit?.links ?? []) links.push([link, [...path, 'credit']]);
    if (caption?.text) notes.push(`Media caption: ${caption.text}`);
    if (credit?.text) notes.push(`Media credit: ${credit.text}`);
    if (alt?.text) notes.push(`Media description: ${alt.text}`);

    const link = stringField(media.link)?.trim();
    if (link) {
      const problem = linkProblem(link);
      if (problem) {
        this.warn(
          [...path, 'link'],
          problem.message.replace('its text was kept', 'the media link was not imported'),
        );
      } else sources.push({ source: { url: link }, from: [...path, 'link'] });
    }
    const thumbnail = stringField(media.thumbnail)?.trim();
    if (thumbnail) {
      this.warn(
        [...path, 'thumbnail'],
        'the media thumbnail was not imported: Dateline shows no images',
      );
    }
    return { sources, quotes, links, text, notes };
  }

  private background(slide: Obj, path: PathSegment[]): void {
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

  private date(
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

  // --- people and groups -------------------------------------------------------------------

  private person(cite: string, from: PathSegment[]): string {
    const { name, role } = splitCite(cite);
    const known = this.peopleByName.get(name.toLowerCase());
    if (known) {
      const person = this.people[known]!;
      if (role && person.role && role !== person.role) {
        this.warn(
          from,
          `${name} is cited as ${JSON.stringify(role)} here and ${JSON.stringify(person.role)} ` +
            'earlier; Dateline keeps one role per person, the first',
        );
      } else if (role && !person.role) person.role = role;
      return known;
    }
    const key = this.personIds.allocate(slugify(name, 'person'));
    this.peopleByName.set(name.toLowerCase(), key);
    this.people[key] = compact({ name, role });
    this.origins.set(`$.people.${key}`, from);
    this.origins.set(`$.people["${key}"]`, from);
    return key;
  }

  private group(label: string, from: PathSegment[]): string {
    const known = this.groupsByLabel.get(label);
    if (known) return known;
    const key = this.groupIds.allocate(slugify(label, 'group'));
    this.groupsByLabel.set(label, key);
    this.groups[key] = { label };
    this.origins.set(`$.groups.${key}`, from);
    this.origins.set(`$.groups["${key}"]`, from);
    return key;
  }

  // --- text ------------------------------------------------------------------------------------

  private textObject(value: unknown, path: PathSegment[]): Obj | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isObj(value)) {
      this.error(path, 'text must be an object like {"headline": "…", "text": "…"}');
      return undefined;
    }
    this.unknownKeys(value, path, new Set(['headline', 'text']), 'text field');
    return value;
  }

  /** HTML field → plain text, with its notices reported at `path`. */
  private html(
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

  private unknownKeys(obj: Obj, path: PathSegment[], known: Set<string>, what: string): void {
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

  private warn(at: PathSegment[], message: string): void {
    this.findings.push({ at, message, severity: 'warning' });
  }

  private error(at: PathSegment[], message: string): void {
    this.findings.push({ at, message, severity: 'error' });
  }
}

/** "Jens Stoltenberg, NATO Secretary-General" → name and role; suffixes stay with the name. */
export function splitCite(cite: string): { name: string; role?: string } {
  const at = citeSeparator(cite);
  if (!at) return { name: cite.trim() };
  let name = cite.slice(0, at.start).trim();
  let rest = cite.slice(at.end).trim();
  const suffix = /^(Jr\.?|Sr\.?|II|III|IV)(?=$|[\s,])/.exec(rest);
  if (suffix) {
    name = `${name}, ${suffix[1]}`;
    rest = rest
      .slice(suffix[0].length)
      .replace(/^(?:,\s*|\s+[—–-]\s+|\s+)/, '')
      .trim();
  }
  return rest ? { name, role: rest } : { name };
}

/**
 * Where the name ends in a cite: the first ", " or spaced dash (" — ", " – ", " - ") with
 * something on both sides. Found with `indexOf` and a fixed-width pattern: a pattern like
 * `(.+?)\s+[—–-]\s+` would rescan a long run of spaces from each of its spaces.
 */
function citeSeparator(cite: string): { start: number; end: number } | undefined {
  if (/[\n\r\u2028\u2029]/.test(cite)) return undefined; // A cite is one line.
  const text = cite;
  let comma = text.indexOf(',', 1);
  if (comma === text.length - 1) comma = -1;
  const dash = /\s[—–-]\s/.exec(text.slice(1));
  const dashAt = dash ? dash.index + 1 : -1;
  if (dashAt >= 0 && (comma < 0 || dashAt < comma) && dashAt + 3 < text.length) {
    return { start: dashAt, end: dashAt + 3 };
  }
  return comma >= 0 ? { start: comma, end: comma + 1 } : undefined;
}

/** A link as a source: its text, unless it just repeats the address, is the title. */
function linkSource(link: HtmlLink): SourceInput & { url: string } {
  const title = link.text && link.text !== link.url ? link.text : undefined;
  return compact({ title, url: link.url });
}

function stringField(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Display dates and similar short fields may hold markup too. */
function plain(text: string): string {
  return htmlToText(text, { oneLine: true, quotes: false }).text;
}

/** TimelineJS spreadsheets write an empty end date as {year: "", month: "", day: ""}. */
function isEmptyDate(value: unknown): boolean {
  return (
    isObj(value) && Object.values(value).every((v) => v === undefined || v === null || v === '')
  );
}
