/**
 * The reader's way to validate: the quick check, and the diagnostics loaded only on a no. Its
 * answers must be the synchronous validator's, to the letter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkTimeline, checkTimelineText } from '../../../src/validate/check-timeline';
import { acceptTimeline, parseText } from '../../../src/validate/quick-check';
import { parseTimelineText, validateTimeline } from '../../../src/validate/validate';

const SEED = readFileSync('data/nato-china-2023.json', 'utf8');
const BROKEN = 'test/fixtures/broken';
const broken = readdirSync(BROKEN)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, readFileSync(`${BROKEN}/${f}`, 'utf8')] as const);

describe('acceptTimeline', () => {
  it('gives the validated timeline of a good file', () => {
    const result = parseTimelineText(SEED);
    expect(result.ok && acceptTimeline(parseText(SEED))).toStrictEqual(
      result.ok && result.timeline,
    );
  });

  it.each(broken.filter(([, text]) => parseText(text) !== undefined))(
    'says no, and only no, to %s',
    (_name, text) => expect(acceptTimeline(parseText(text))).toBeUndefined(),
  );

  it.each([null, [], 'timeline', {}, { version: 1, title: 'T', events: [] }])(
    'says no to %j',
    (value) => expect(acceptTimeline(value)).toBeUndefined(),
  );
});

describe('parseText', () => {
  it('reads past a byte-order mark', () => {
    expect(parseText(`\uFEFF${SEED}`)).toStrictEqual(JSON.parse(SEED));
  });

  it('answers undefined, which JSON never is, for text that is not JSON', () => {
    expect(parseText('{"title": ')).toBeUndefined();
  });
});

describe('checkTimelineText', () => {
  it('checks a good file as the validator does', async () => {
    expect(await checkTimelineText(SEED)).toStrictEqual(parseTimelineText(SEED));
  });

  it.each(broken)('reports %s exactly as the validator does', async (_name, text) => {
    const result = await checkTimelineText(text);
    expect(result).toStrictEqual(parseTimelineText(text));
    expect(!result.ok && result.problems.length).toBeGreaterThan(0);
  });

  it('locates every problem of a file with many, in reading order', async () => {
    const text = readFileSync(`${BROKEN}/multi-error.json`, 'utf8');
    const result = await checkTimelineText(text);
    if (result.ok) throw new Error('multi-error.json passed');
    expect(result.problems.map((p) => [p.line, p.path])).toEqual([
      [3, '$.title'],
      [4, '$.locale'],
      [6, '$.people.stoltenberg.group'],
      [8, '$.groups.nato.color'],
      [12, '$.events[0].date'],
      [14, '$.events[0].quotes[0].by'],
      [16, '$.events[1].title'],
      [17, '$.events[1].id'],
      [19, '$.events[1].end'],
      [20, '$.events[1].titel'],
      [21, '$.events[1].sources[0].url'],
    ]);
  });
});

describe('checkTimeline', () => {
  it('reports a value exactly as the validator does, with paths and no lines', async () => {
    const value = JSON.parse(readFileSync(`${BROKEN}/multi-error.json`, 'utf8')) as unknown;
    const result = await checkTimeline(value);
    expect(result).toStrictEqual(validateTimeline(value));
    expect(!result.ok && result.problems.every((p) => p.line === undefined)).toBe(true);
  });
});

describe('when the diagnostics cannot be loaded', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/validate/diagnose');
    vi.resetModules();
  });

  it('still says the file has problems, and how to see them, instead of throwing', async () => {
    vi.resetModules();
    vi.doMock('../../../src/validate/diagnose', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { checkTimelineText: check } = await import('../../../src/validate/check-timeline');
    expect(await check('{"version": 1}')).toStrictEqual({
      ok: false,
      problems: [
        {
          path: '$',
          message:
            'this file has problems, but the list of them could not be loaded; reload the page to see it',
        },
      ],
    });
    expect((await check(SEED)).ok).toBe(true);
  });
});
