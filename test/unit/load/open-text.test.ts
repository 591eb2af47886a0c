import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fetchTimeline } from '../../../src/load/fetch-timeline';
import { openTimelineText } from '../../../src/load/open-text';
import { parseTimelineText } from '../../../src/validate/validate';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const SEED = read('../../../data/nato-china-2023.json');
const TIMELINEJS = read('../../fixtures/import/timelinejs-sample.json');
const MULTI_ERROR = read('../../fixtures/broken/multi-error.json');

describe('openTimelineText', () => {
  it('opens a Dateline file exactly as the validator does', async () => {
    const result = await openTimelineText(SEED);
    expect(result).toStrictEqual({ ...parseTimelineText(SEED), format: 'dateline' });
    expect(result.ok).toBe(true);
  });

  it('converts a TimelineJS file, warnings notwithstanding', async () => {
    const result = await openTimelineText(TIMELINEJS);
    expect(result.format).toBe('timelinejs');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.timeline.title).toBe('NATO & China: the warnings');
    expect(result.timeline.events.map((e) => e.id)).toEqual([
      'a-year-of-war',
      'spacety-sanctions',
      'munich-security-conference',
      'stoltenberg-nato-increasingly-concerned',
    ]);
    expect(result.timeline.events[3]!.quotes[0]!.by.name).toBe('Jens Stoltenberg');
  });

  it('titles a TimelineJS file without a title slide from the name given', async () => {
    const text = JSON.stringify({
      events: [{ start_date: { year: 2023 }, text: { headline: 'E' } }],
    });
    const result = await openTimelineText(text, 'war-2022');
    expect(result.ok && result.timeline.title).toBe('war-2022');
  });

  it('blocks on errors in a TimelineJS file, with their JSON paths and lines', async () => {
    const text = JSON.stringify(
      { events: [{ start_date: { year: 2023, month: 13 }, text: { headline: 'E' } }] },
      null,
      2,
    );
    const result = await openTimelineText(text);
    expect(result).toStrictEqual({
      ok: false,
      format: 'timelinejs',
      problems: [
        {
          path: '$.events[0].start_date.month',
          message: 'month 13 does not exist; months run from 1 to 12',
          severity: 'error',
          line: 6,
          column: 18,
        },
      ],
    });
  });

  it('reports every problem of a broken Dateline file, located, as the validator does', async () => {
    const result = await openTimelineText(MULTI_ERROR);
    expect(result).toStrictEqual({ ...parseTimelineText(MULTI_ERROR), format: 'dateline' });
    expect(!result.ok && result.problems.length).toBe(11);
    expect(!result.ok && result.problems.every((p) => p.line && p.column)).toBe(true);
  });

  it('leaves a JSON syntax error to the validator, which locates it', async () => {
    const result = await openTimelineText('{"events": [{"start_date": {"year": 2023}}');
    expect(result.ok).toBe(false);
    expect(result.format).toBe('dateline');
    expect(!result.ok && result.problems[0]!.line).toBe(1);
  });
});

describe('fetchTimeline with a broken Dateline file', () => {
  it('lists every problem with its line and column', async () => {
    const result = await fetchTimeline(
      new URL('https://news.example/data/x.json'),
      async () => new Response(MULTI_ERROR, { status: 200 }),
    );
    const expected = parseTimelineText(MULTI_ERROR);
    expect(result).toStrictEqual({
      ok: false,
      kind: 'invalid',
      src: 'https://news.example/data/x.json',
      title: 'The timeline file has 11 problems.',
      problems: !expected.ok && expected.problems,
    });
  });
});

describe('fetchTimeline with a TimelineJS file', () => {
  const respond = (body: string) => async () => new Response(body, { status: 200 });

  it('shows the converted timeline', async () => {
    const result = await fetchTimeline(
      new URL('https://news.example/data/tl.json'),
      respond(TIMELINEJS),
    );
    expect(result.ok && result.timeline.events.length).toBe(4);
  });

  it('names the file in the error title and lists the problems', async () => {
    const bad = JSON.stringify({
      title: { text: { headline: 'T' } },
      events: [{ text: { headline: 'E' } }],
    });
    const result = await fetchTimeline(new URL('https://news.example/data/tl.json'), respond(bad));
    expect(result).toMatchObject({
      ok: false,
      kind: 'invalid',
      title: 'The TimelineJS file has a problem.',
      problems: [{ path: '$.events[0].start_date' }],
    });
  });

  it('uses the file name as the title when there is no title slide', async () => {
    const text = JSON.stringify({
      events: [{ start_date: { year: 2023 }, text: { headline: 'E' } }],
    });
    const result = await fetchTimeline(
      new URL('https://news.example/data/war%202022.json'),
      respond(text),
    );
    expect(result.ok && result.timeline.title).toBe('war 2022');
  });
});
