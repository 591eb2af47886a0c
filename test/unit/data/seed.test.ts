import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../../src/dates/format-date';
import { isPartialDateError, parsePartialDate } from '../../../src/dates/partial-date';
import type { PartialDate, SourceInput, TimelineInput } from '../../../src/format/types';
import { describeTestZone } from '../../support/dates';

// Checks the seed timeline against the article it was built from. Full validation against the
// schema lives with the validator; this is about faithfulness to the story.

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const timeline = JSON.parse(read('../../../data/nato-china-2023.json')) as TimelineInput;
const article = read('../../fixtures/article.txt');

function date(raw: string): PartialDate {
  const result = parsePartialDate(raw);
  if (isPartialDateError(result)) throw new Error(result.error);
  return result;
}

const events = timeline.events;
const people = timeline.people ?? {};
const groups = timeline.groups ?? {};
const quotes = events.flatMap((event) => (event.quotes ?? []).map((quote) => ({ event, quote })));

/** Every “…” span of the article; a quote may run over paragraphs without closing marks. */
const quotedSpans = [...article.matchAll(/“([^”]*)”/g)].map((m) => m[1] ?? '');
/** Names of programmes, not words anyone said. */
const PROGRAMME_NAMES = ['This Week', 'State of the Union'];

describeTestZone();

describe('the seed timeline file', () => {
  it('declares format v1, its schema, locale and the article as its source', () => {
    expect(timeline.$schema).toBe('./timeline.schema.json');
    expect(timeline.version).toBe(1);
    expect(timeline.locale).toBe('en-US');
    expect(timeline.source?.author).toBe('Hannah Ng');
    expect(article).toContain(timeline.source?.title ?? '(missing title)');
  });

  it('says which years are inferred', () => {
    expect(timeline.note).toMatch(/2023 is inferred/);
    expect(timeline.note).toContain('2022');
  });

  it('has unique, URL-safe kebab-case ids', () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...ids, ...Object.keys(people), ...Object.keys(groups)]) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('lists events in time order', () => {
    const starts = events.map((e) => date(e.date).start);
    expect(starts).toEqual(starts.toSorted((a, b) => a - b));
  });
});

describe('dates', () => {
  const sourceDates = (sources: SourceInput[] = []) =>
    sources.flatMap((s) => (s.date ? [s.date] : []));
  const allDates = events.flatMap((e) => [
    e.date,
    ...(e.end ? [e.end] : []),
    ...sourceDates(e.sources),
    ...(e.quotes ?? []).flatMap((q) => [
      ...(q.date ? [q.date] : []),
      ...sourceDates(q.source ? [q.source] : []),
      ...sourceDates(q.via ? [q.via] : []),
    ]),
  ]);

  it.each(allDates)('%s parses', (raw) => {
    expect(parsePartialDate(raw)).not.toHaveProperty('error');
  });

  it('keeps “In January” as a month', () => {
    const january = events.find((e) => e.id === 'treasury-sanctions-spacety');
    expect(january?.date).toBe('2023-01');
    expect(date(january?.date ?? '').precision).toBe('month');
    expect(formatPartialDate(date(january?.date ?? ''))).toBe('January 2023');
  });

  it('prints the Brussels news conference as Feb 21 in every zone', () => {
    const brussels = events.find((e) => e.id === 'brussels-press-conference');
    expect(formatPartialDate(date(brussels?.date ?? ''))).toBe('Feb 21, 2023');
  });
});

describe('every dated event of the article', () => {
  it.each([
    // date, a person in the event, the outlet it was reported by (if named), programme, place
    ['2022-11-25', 'stoltenberg', 'AFP via Getty Images', undefined, 'NATO headquarters, Brussels'],
    ['2023-01', 'us-treasury', 'U.S. Treasury Department', undefined, undefined],
    ['2023-02-18', 'wang-yi', undefined, undefined, 'Munich'],
    ['2023-02-18', 'blinken', 'CBS News', undefined, undefined],
    ['2023-02-19', 'china-foreign-ministry', 'China’s foreign ministry', undefined, undefined],
    ['2023-02-19', 'blinken', 'ABC', 'This Week', undefined],
    ['2023-02-19', 'thomas-greenfield', 'CNN', 'State of the Union', undefined],
    ['2023-02-21', 'stoltenberg', 'The Hill', undefined, 'Brussels'],
  ])('%s with %s (%s %s)', (when, who, outlet, programme, place) => {
    const matches = events.filter(
      (e) =>
        e.date === when &&
        e.people?.includes(who) &&
        (outlet === undefined || e.sources?.some((s) => s.outlet === outlet)) &&
        (programme === undefined || e.sources?.some((s) => s.programme === programme)),
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]?.place).toBe(place);
  });

  it('has the three leaders at the Brussels news conference', () => {
    const brussels = events.find((e) => e.id === 'brussels-press-conference');
    expect(brussels?.people).toEqual(['stoltenberg', 'kuleba', 'borrell']);
  });
});

describe('quotes', () => {
  it.each(quotes.map(({ event, quote }) => [event.id, quote.text] as const))(
    '%s: %s — occurs verbatim inside quotation marks in the article',
    (_id, text) => {
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/^[“”"]|[“”"]$/);
      expect(article).toContain(text);
      expect(quotedSpans.some((span) => span.includes(text))).toBe(true);
    },
  );

  it('leaves out none of the words quoted in the article', () => {
    const texts = quotes.map(({ quote }) => quote.text);
    const said = quotedSpans
      .flatMap((span) => span.split(/\n+“?/))
      .map((part) => part.replace(/,$/, ''))
      .filter((part) => !PROGRAMME_NAMES.includes(part));
    expect(said.length).toBeGreaterThan(10);
    for (const part of said) expect(texts).toContain(part);
  });

  it.each(quotes.map(({ event, quote }) => [event.id, quote.by] as const))(
    '%s: %s is a person with a role and a known group',
    (_id, by) => {
      const person = people[by];
      expect(person?.name).toBeTruthy();
      expect(person?.role).toBeTruthy();
      expect(groups[person?.group ?? '']).toBeDefined();
    },
  );

  it('attributes Stoltenberg’s Brussels quotes via The Hill', () => {
    const brussels = quotes.filter(({ event }) => event.id === 'brussels-press-conference');
    expect(brussels.length).toBeGreaterThanOrEqual(3);
    for (const { quote } of brussels) {
      expect(quote.by).toBe('stoltenberg');
      expect(quote.via?.outlet).toBe('The Hill');
    }
    expect(brussels[0]?.quote.context).toBe('opening remarks at a joint news conference');
  });

  it.each([
    ['treasury-sanctions-spacety', 'us-treasury', 'in order to enable Wagner combat operations'],
    ['blinken-cbs-news', 'blinken', 'been concerned from day one'],
    ['china-foreign-ministry-statement', 'china-foreign-ministry', 'finger-pointing'],
    ['china-foreign-ministry-statement', 'china-foreign-ministry', 'coercion'],
    ['blinken-abc-this-week', 'blinken', '[and] diplomatic support'],
    ['blinken-abc-this-week', 'blinken', 'to include weapons'],
    ['blinken-abc-this-week', 'blinken', 'serious consequences'],
    ['thomas-greenfield-cnn-state-of-the-union', 'thomas-greenfield', 'that is unacceptable'],
    ['brussels-press-conference', 'stoltenberg', 'Putin must not win.'],
  ])('%s quotes %s: “%s…”', (eventId, by, words) => {
    expect(
      quotes.some(
        ({ event, quote }) => event.id === eventId && quote.by === by && quote.text.includes(words),
      ),
    ).toBe(true);
  });
});

describe('references', () => {
  it('every event person and group resolves', () => {
    for (const event of events) {
      for (const id of event.people ?? []) expect(people, `${event.id}: ${id}`).toHaveProperty(id);
      for (const id of event.groups ?? []) expect(groups, `${event.id}: ${id}`).toHaveProperty(id);
    }
  });
});
