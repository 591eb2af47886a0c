/**
 * The TimelineJS JSON converter: the file as a whole and each event. What it reads on the way
 * is in `timelinejs-slides.ts` and `timelinejs-fields.ts`; the entry is `timelinejs-json.ts`.
 */
import type { EventInput, QuoteInput, SourceInput, TimelineInput } from '../format/types';
import { formatPath, type PathSegment } from '../validate/json-locate';
import { compact, isObj } from '../format/objects';
import type { HtmlQuote } from './html-types';
import { checkConverted } from './origins';
import { isUrlSafeId, slugify, IdAllocator } from './slug';
import { plain, stringField } from './timelinejs-fields';
import { linkSource, SLIDE_KEYS, TimelineJsSlides } from './timelinejs-slides';
import type { JsonFinding } from './timelinejs-json';

const TOP_KEYS = new Set(['events', 'title', 'eras', 'scale']);

export class Converter extends TimelineJsSlides {
  private readonly eventIds = new IdAllocator();
  /** Indexes of events whose unique_id an earlier event already took. */
  private readonly duplicateIds = new Set<number>();

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
      media: head.media,
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
    if (media?.input) this.origins.set(`${out}.media`, [...path, 'media']);
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
      media: this.withAlt(media?.input, title, [...path, 'media']),
    });
  }
}

/** TimelineJS spreadsheets write an empty end date as {year: "", month: "", day: ""}. */
function isEmptyDate(value: unknown): boolean {
  return (
    isObj(value) && Object.values(value).every((v) => v === undefined || v === null || v === '')
  );
}
