import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followStory, staleTime, type LiveView } from '../../../src/state/live-story';
import type { FetchResult } from '../../../src/load/fetch-timeline';
import { en } from '../../../src/i18n/messages';
import { parseTimelineText } from '../../../src/validate/validate';
import type { Timeline, TimelineInput } from '../../../src/format/types';

const SEED = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const url = new URL('http://x.test/data/live.json');

function version(...added: string[]): Timeline {
  const input = structuredClone(SEED);
  for (const id of added) input.events.push({ id, date: '2023-02-20', title: `Event ${id}` });
  const result = parseTimelineText(JSON.stringify(input));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.timeline;
}

const good = (timeline: Timeline): FetchResult => ({ ok: true, src: url.href, timeline });
const bad: FetchResult = { ok: false, kind: 'network', src: url.href, title: 'x', problems: [] };

/** A story whose polls get `answers` in turn; its views as they came. */
function follow(answers: FetchResult[]) {
  const views: LiveView[] = [];
  let asked = 0;
  const story = followStory({
    url,
    every: 30,
    timeline: version(),
    messages: en,
    lang: 'en-US',
    load: async () => (asked++, answers.shift() ?? bad),
    allowedOrigins: [],
    mediaOrigins: [url.origin],
    pageOrigin: url.origin,
    onview: (view) => views.push(view),
    doc: { visibilityState: 'visible', addEventListener() {}, removeEventListener() {} },
  });
  return { story, views, last: () => views.at(-1)!, asked: () => asked };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-30T14:05:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('followStory', () => {
  it('shows at once, with nothing to say: the live region is there before its first message', () => {
    const s = follow([]);
    expect(s.views).toHaveLength(1);
    expect(s.last()).toMatchObject({ said: '', stale: '' });
    expect([...s.last().fresh]).toEqual([]);
    s.story.stop();
  });

  it('marks new events, says each update once, and unmarks what the reader opens', async () => {
    const s = follow([good(version('x')), good(version('x')), good(version('x', 'y'))]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect([...s.last().fresh]).toEqual(['x']);
    expect(s.last().said).toBe('1 new event');
    const views = s.views.length;
    // The same file again: nothing a reader sees changed, nothing is shown or said.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(s.views).toHaveLength(views);
    // The same words as last time are still news: they differ by a silent no-break space.
    await vi.advanceTimersByTimeAsync(30_000);
    expect([...s.last().fresh]).toEqual(['x', 'y']);
    expect(s.last().said).toBe('1 new event\u00a0');
    s.story.opened('x');
    expect([...s.last().fresh]).toEqual(['y']);
    s.story.stop();
  });

  it('keeps the last good version through a failure, says since when, and clears it after', async () => {
    const s = follow([bad, good(version('x'))]);
    const first = s.last().timeline;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(s.last().timeline).toBe(first);
    expect(s.last().stale).toBe(`Not updated since ${staleTime(new Date(), new Date(), 'en-US')}`);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(s.last().stale).toBe('');
    expect(s.last().timeline.events.some((e) => e.id === 'x')).toBe(true);
    s.story.stop();
  });

  it('keeps its marks and its version through a change of interval, a pause and a restart', async () => {
    const s = follow([good(version('x')), good(version('x', 'y'))]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect([...s.last().fresh]).toEqual(['x']);
    const views = s.views.length;
    s.story.every(null);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(s.asked()).toBe(1);
    s.story.every(60);
    s.story.every(90);
    expect(s.views).toHaveLength(views);
    await vi.advanceTimersByTimeAsync(89_000);
    expect(s.asked()).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(s.asked()).toBe(2);
    expect([...s.last().fresh]).toEqual(['x', 'y']);
    expect(s.last().said).toBe('1 new event\u00a0');
    s.story.stop();
  });
});

describe('staleTime', () => {
  const now = new Date(2026, 10, 30, 16, 0);
  it.each([
    ['en-US', new Date(2026, 10, 30, 14, 5), /^2:05\sPM$/],
    ['de', new Date(2026, 10, 30, 14, 5), /^14:05$/],
    ['en-US', new Date(2026, 10, 29, 14, 5), /^Nov 29, 2:05\sPM$/],
    ['not a tag!', new Date(2026, 10, 30, 14, 5), /\d/],
  ])('%s, %s', (lang, since, want) => expect(staleTime(since, now, lang)).toMatch(want));
});
