import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveSource, refreshSeconds } from '../../../src/load/live-source';
import type { PollResult, Validators } from '../../../src/load/poll-timeline';
import type { Timeline } from '../../../src/format/types';

const url = new URL('http://x.test/data/live.json');
const timeline = (title: string) => ({ title }) as unknown as Timeline;
const v = (etag: string): Validators => ({ etag, lastModified: null });

/** A document whose visibility the test sets. */
function fakeDoc() {
  const listeners = new Set<() => void>();
  return {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    set(state: DocumentVisibilityState) {
      this.visibilityState = state;
      for (const f of listeners) f();
    },
  };
}

function setup(answers: PollResult[]) {
  const doc = fakeDoc();
  const calls: Validators[] = [];
  const updates: string[] = [];
  const stale: number[] = [];
  let fresh = 0;
  const source = new LiveSource({
    url,
    every: 30,
    onupdate: (t) => updates.push(t.title),
    onstale: (since) => stale.push(since.getTime()),
    onfresh: () => fresh++,
    poll: async (_url, since) => {
      calls.push(since);
      return answers.shift() ?? { status: 'unchanged', validators: since };
    },
    doc: doc as unknown as Document,
  });
  return { source, doc, calls, updates, stale, fresh: () => fresh };
}

const changed = (title: string, etag: string): PollResult => ({
  status: 'changed',
  result: { ok: true, src: url.href, timeline: timeline(title) },
  validators: v(etag),
});
const failed: PollResult = {
  status: 'failed',
  result: { ok: false, kind: 'http', src: url.href, title: 'x', problems: [] },
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-30T14:05:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('refreshSeconds', () => {
  it.each([
    [null, null],
    ['', null],
    ['abc', null],
    ['0', null],
    ['-5', null],
    ['10', 30],
    ['30', 30],
    ['90.4', 90],
  ])('%j → %j', (value, want) => expect(refreshSeconds(value)).toBe(want));
});

describe('LiveSource', () => {
  it('polls every interval, sends what the server last said, and hands over new versions', async () => {
    const s = setup([changed('v2', 'e2'), { status: 'unchanged', validators: v('e2') }]);
    s.source.start();
    await vi.advanceTimersByTimeAsync(29_000);
    expect(s.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(s.calls).toEqual([{ etag: null, lastModified: null }]);
    expect(s.updates).toEqual(['v2']);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(s.calls[1]).toEqual(v('e2'));
    expect(s.updates).toEqual(['v2']);
    s.source.stop();
  });

  it('keeps the last good version on a failure, says since when, and backs off', async () => {
    const s = setup([failed, failed, changed('v2', 'e2')]);
    s.source.start();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(s.stale).toEqual([Date.parse('2026-11-30T14:05:00Z')]);
    expect(s.updates).toEqual([]);
    // Next poll waits 60 s, then 120 s.
    await vi.advanceTimersByTimeAsync(59_000);
    expect(s.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(s.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(119_000);
    expect(s.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(s.calls).toHaveLength(3);
    expect(s.updates).toEqual(['v2']);
    expect(s.fresh()).toBe(1);
    // Back to the plain interval.
    expect(s.source.delay).toBe(30);
    s.source.stop();
  });

  it('never waits more than ten minutes between tries', async () => {
    const s = setup(Array.from({ length: 50 }, () => failed));
    s.source.start();
    for (let i = 0; i < 8; i++) await vi.advanceTimersByTimeAsync(600_000);
    expect(s.source.delay).toBe(600);
    s.source.stop();
  });

  it('sends no request while the page is hidden, and catches up when it shows again', async () => {
    const s = setup([]);
    s.source.start();
    s.doc.set('hidden');
    await vi.advanceTimersByTimeAsync(300_000);
    expect(s.calls).toHaveLength(0);
    s.doc.set('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(s.calls).toHaveLength(1);
    s.source.stop();
  });

  it('stops for good', async () => {
    const s = setup([]);
    const stop = s.source.start();
    stop();
    await vi.advanceTimersByTimeAsync(300_000);
    expect(s.calls).toHaveLength(0);
  });

  it('asks with the validators of the first load from the first poll on', async () => {
    const calls: Validators[] = [];
    const source = new LiveSource({
      url,
      every: 30,
      validators: v('first'),
      onupdate: () => {},
      onstale: () => {},
      poll: async (_url, since) => (calls.push(since), { status: 'unchanged', validators: since }),
    });
    source.start();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls).toEqual([v('first')]);
    source.stop();
  });

  // A page changing `refresh`: [interval s, waited s, new interval s, s until the next poll].
  it.each([
    [30, 10, 60, 50],
    [30, 10, 120, 110],
    [120, 50, 30, 0],
    [30, 0, 45, 45],
    [60, 20, 30, 10],
  ])(
    'a %i s interval %i s into its wait, changed to %i s, polls %i s later',
    async (first, waited, every, next) => {
      const s = setup([]);
      s.source.setEvery(first);
      s.source.start();
      await vi.advanceTimersByTimeAsync(waited * 1000);
      s.source.setEvery(every);
      if (next > 0) {
        await vi.advanceTimersByTimeAsync(next * 1000 - 1);
        expect(s.calls).toHaveLength(0);
      }
      await vi.advanceTimersByTimeAsync(1);
      expect(s.calls).toHaveLength(1);
      s.source.stop();
    },
  );

  it('keeps what the server said and its backoff through a new interval', async () => {
    const s = setup([changed('v2', 'e2'), failed]);
    s.source.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(s.calls).toHaveLength(2);
    expect(s.stale).toHaveLength(1);
    // Paused (refresh removed) and started again at 45 s: the failure's backoff doubles it.
    s.source.stop();
    s.source.setEvery(45);
    s.source.start();
    expect(s.source.delay).toBe(90);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(s.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(s.calls[2]).toEqual(v('e2'));
    s.source.stop();
  });

  it('needs a way to poll', () => {
    expect(() => new LiveSource({ url, every: 30, onupdate: () => {}, onstale: () => {} })).toThrow(
      /fetching/,
    );
  });
});
