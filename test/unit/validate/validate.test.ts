import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimelineText, validateTimeline } from '../../../src/validate/validate';
import type { Timeline, TimelineInput } from '../../../src/format/types';

function sample(): TimelineInput {
  return {
    version: 1,
    title: '  NATO warns China  ',
    people: {
      stoltenberg: { name: 'Jens Stoltenberg', role: 'NATO Secretary-General', group: 'nato' },
      kuleba: { name: 'Dmytro Kuleba', group: 'ukraine' },
      blinken: { name: 'Antony Blinken', group: 'us', role: '' },
    },
    groups: {
      nato: { label: 'NATO', color: '#1f77b4' },
      ukraine: { label: 'Ukraine' },
      us: { label: 'United States' },
      eu: { label: 'European Union' },
    },
    events: [
      {
        id: 'brussels',
        date: '2023-02-21',
        title: 'Brussels press conference',
        people: ['stoltenberg', 'kuleba', 'stoltenberg'],
        groups: ['eu'],
        quotes: [
          { text: 'Putin must not win.', by: 'stoltenberg' },
          { text: ' Said later. ', by: 'blinken', date: '2023-02-22', via: { outlet: 'The Hill' } },
        ],
        sources: [{ outlet: 'NATO', url: 'https://www.nato.int/cps/en/natohq/opinions.htm' }],
      },
      { id: 'january', date: '2023-01', title: 'Sanctions', summary: '' },
      { id: 'munich', date: '2023-02-18', end: '2023-02-19', title: 'Munich conference' },
      { id: 'same-day', date: '2023-02-18', title: 'Also on the 18th' },
      { id: 'morning', date: '2023-02-18T09:00+01:00', title: 'A timed event' },
    ],
  };
}

function valid(input: unknown): Timeline {
  const result = validateTimeline(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.timeline;
}

describe('validateTimeline on good input', () => {
  it('sorts events by start, keeping file order for ties, and numbers them', () => {
    const t = valid(sample());
    expect(t.events.map((e) => e.id)).toEqual([
      'january',
      'munich',
      'same-day',
      'morning',
      'brussels',
    ]);
    expect(t.events.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('fills start, stop and precision from the dates, at UTC midnight for calendar dates', () => {
    const [january, munich, , morning] = valid(sample()).events;
    expect(january).toMatchObject({
      precision: 'month',
      start: Date.UTC(2023, 0, 1),
      stop: Date.UTC(2023, 1, 1),
    });
    expect(munich).toMatchObject({
      precision: 'day',
      start: Date.UTC(2023, 1, 18),
      stop: Date.UTC(2023, 1, 20),
    });
    expect(munich!.end!.raw).toBe('2023-02-19');
    expect(morning).toMatchObject({ precision: 'minute', start: Date.UTC(2023, 1, 18, 8) });
  });

  it('resolves people, and adds quote speakers after the listed people, without repeats', () => {
    const brussels = valid(sample()).events.find((e) => e.id === 'brussels')!;
    expect(brussels.people.map((p) => p.id)).toEqual(['stoltenberg', 'kuleba', 'blinken']);
    expect(brussels.people[0]).toEqual({
      id: 'stoltenberg',
      name: 'Jens Stoltenberg',
      role: 'NATO Secretary-General',
      group: 'nato',
    });
  });

  it('derives groups: those of the people (the first picks the lane), then the listed ones, without repeats', () => {
    const t = valid(sample());
    expect(t.events.find((e) => e.id === 'brussels')!.groups).toEqual([
      'nato',
      'ukraine',
      'us',
      'eu',
    ]);
    expect(t.events.find((e) => e.id === 'munich')!.groups).toEqual([]);
    expect(t.groups.nato).toEqual({ id: 'nato', label: 'NATO', color: '#1f77b4' });
  });

  it('gives quotes stable ids, their speaker and a date (their own or the event’s)', () => {
    const [first, second] = valid(sample()).events.find((e) => e.id === 'brussels')!.quotes;
    expect(first).toMatchObject({
      id: 'brussels/0',
      eventId: 'brussels',
      text: 'Putin must not win.',
    });
    expect(first!.by.id).toBe('stoltenberg');
    expect(first!.date.raw).toBe('2023-02-21');
    expect(second).toMatchObject({
      id: 'brussels/1',
      text: 'Said later.',
      via: { outlet: 'The Hill' },
    });
    expect(second!.date.raw).toBe('2023-02-22');
  });

  it('trims text, drops empty optional text, defaults the locale to "en"', () => {
    const t = valid(sample());
    expect(t.title).toBe('NATO warns China');
    expect(t.locale).toBe('en');
    expect(t.people.blinken).toEqual({ id: 'blinken', name: 'Antony Blinken', group: 'us' });
    expect('summary' in t.events[0]!).toBe(false);
  });

  it('keeps a canonical locale and parsed links', () => {
    const input = { ...sample(), locale: 'en-gb' };
    input.events[0]!.sources = [{ outlet: 'X', url: 'HTTPS://Example.com' }];
    const t = valid(input);
    expect(t.locale).toBe('en-GB');
    expect(t.events.find((e) => e.id === 'brussels')!.sources[0]!.url).toBe('https://example.com/');
  });

  it('accepts "$schema", a lone "<" and line breaks in long text', () => {
    const input = { ...sample(), $schema: './timeline.schema.json', summary: 'x < y\nand 1 <2' };
    expect(valid(input).summary).toBe('x < y\nand 1 <2');
  });

  it('accepts an end equal to the date, and a day inside a month-long event', () => {
    const input = sample();
    input.events.push({ id: 'a', date: '2023-03-01', end: '2023-03-01', title: 'A' });
    input.events.push({ id: 'b', date: '2023-03', end: '2023-03-10', title: 'B' });
    const t = valid(input);
    expect(t.events.find((e) => e.id === 'b')!.stop).toBe(Date.UTC(2023, 2, 11));
  });

  it('does not change its input', () => {
    const input = sample();
    const copy = structuredClone(input);
    valid(input);
    expect(input).toEqual(copy);
  });
});

describe('parseTimelineText', () => {
  it('accepts the seed timeline', () => {
    const result = parseTimelineText(readFileSync('data/nato-china-2023.json', 'utf8'));
    expect(result.ok && result.timeline.events.length).toBeGreaterThan(0);
  });

  it('ignores a byte-order mark', () => {
    const result = parseTimelineText(`\uFEFF${JSON.stringify(sample())}`);
    expect(result.ok).toBe(true);
  });

  it('counts lines and columns in characters, across \\r\\n and astral characters', () => {
    const text = '{\r\n"version": 1, "title": "😀😀", "events": [],\r\n"x": 1}';
    const result = parseTimelineText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: '$.events', message: 'the timeline has no events', line: 2, column: 40 },
      { path: '$.x', message: expect.stringContaining('unknown field "x"'), line: 3, column: 1 },
    ]);
  });

  it('reports problems without positions from validateTimeline', () => {
    const result = validateTimeline({ version: 1, title: 'T', events: [] });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '$.events', message: 'the timeline has no events' }],
    });
  });

  it('validates 100,000 events and locates 10,000 problems among them', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => ({
      id: `event-${i}`,
      date: `20${String(10 + (i % 13)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      title: `Event number ${i}`,
      summary: 'Something happened, and a reporter wrote a sentence or two about it.',
      people: ['stoltenberg'],
      ...(i % 10 === 0 ? { quotes: [{ text: 'Words.', by: 'stoltenberg' }] } : {}),
    }));
    const text = JSON.stringify({ ...sample(), events });
    // Speed is the benchmark's business (npm run bench); this proves the scale works at all.
    const result = parseTimelineText(text);
    expect(result.ok).toBe(true);

    const broken = text.replace(/"by":"stoltenberg"/g, '"by":"stoltenbreg"');
    const located = parseTimelineText(broken);
    expect(!located.ok && located.problems.length).toBe(10_000);
    // A scale test, not a timed one: under load (CI, helpers sharing two cores) it took 5.6 s.
  }, 60_000);
});
