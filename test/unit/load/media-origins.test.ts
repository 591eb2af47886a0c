/** Media come from the origins the page allows, or the timeline is refused with located problems. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchTimeline } from '../../../src/load/fetch-timeline';
import { checkMedia } from '../../../src/load/media-check';
import { foreignMedia, withResolvedMedia } from '../../../src/load/media-url';
import { validateTimeline } from '../../../src/validate/validate';

const file = {
  version: 1,
  title: 'T',
  media: { src: 'cover.png', alt: 'Cover' },
  events: [
    {
      id: 'late',
      date: '2023-03-01',
      title: 'Late',
      media: { src: 'https://evil.example/x.png', alt: 'x' },
    },
    {
      id: 'early',
      date: '2023-01-01',
      title: 'Early',
      media: {
        src: 'img/a.png',
        alt: 'a',
        srcset: [{ src: 'https://cdn.example/a-600.png', width: 600 }],
        tracks: [{ src: 'https://evil.example/a.vtt', srclang: 'en', label: 'English' }],
      },
    },
    {
      id: 'video',
      date: '2023-02-01',
      title: 'Video',
      media: { src: 'https://youtu.be/dQw4w9WgXcQ', alt: 'v' },
    },
  ],
};
const text = JSON.stringify(file, null, 2);

function fetchOf(body: string): typeof fetch {
  return () => Promise.resolve(new Response(body, { status: 200 }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('media after loading', () => {
  const checked = validateTimeline(file);
  if (!checked.ok) throw new Error('fixture invalid');

  it('resolves every address against the file, leaving YouTube links and the input alone', () => {
    const resolved = withResolvedMedia(checked.timeline, 'https://news.example/data/t.json');
    expect(resolved.media!.src).toBe('https://news.example/data/cover.png');
    const early = resolved.events.find((e) => e.id === 'early')!.media!;
    expect(early.src).toBe('https://news.example/data/img/a.png');
    expect(early.srcset![0]!.src).toBe('https://cdn.example/a-600.png');
    expect(resolved.events.find((e) => e.id === 'video')!.media!.src).toBe(
      'https://youtu.be/dQw4w9WgXcQ',
    );
    expect(checked.timeline.events[0]!.media!.src).toBe('img/a.png');
  });

  it('lists the addresses from origins not allowed', () => {
    const resolved = withResolvedMedia(checked.timeline, 'https://news.example/data/t.json');
    const found = foreignMedia(resolved, ['https://news.example', 'https://cdn.example']);
    expect(found.map((f) => [f.eventId, f.field.join('.'), f.origin])).toEqual([
      ['early', 'tracks.0.src', 'https://evil.example'],
      ['late', 'src', 'https://evil.example'],
    ]);
  });

  it('locates each address from an origin not allowed, at its path and line in the file', async () => {
    const { problems } = await checkMedia(
      checked.timeline,
      text,
      'https://news.example/data/t.json',
      ['https://news.example', 'https://cdn.example'],
    );
    expect(problems.map((p) => p.path)).toEqual([
      '$.events[1].media.tracks[0].src',
      '$.events[0].media.src',
    ]);
    const lines = text.split('\n');
    for (const p of problems) {
      expect(lines[p.line! - 1]).toContain('evil.example');
      expect(p.message).toMatch(
        /shows https:\/\/evil\.example\/.* media load only from https:\/\/news\.example or https:\/\/cdn\.example; .*allow https:\/\/evil\.example/,
      );
    }
  });

  it('opens the timeline with those media refused (never requested), and says where in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const url = new URL('https://news.example/data/t.json');
    const result = await fetchTimeline(
      url,
      fetchOf(text),
      1000,
      [],
      ['https://news.example', 'https://cdn.example'],
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const refused = Object.fromEntries(result.timeline.events.map((e) => [e.id, e.media?.refused]));
    expect(refused).toEqual({
      early: 'https://evil.example',
      video: undefined,
      late: 'https://evil.example',
    });
    expect(result.timeline.media!.refused).toBeUndefined();
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(
        /^Dateline: https:\/\/news\.example\/data\/t\.json:\d+:\d+ \$\.events\[1\]\.media\.tracks\[0\]\.src /,
      ),
      expect.stringMatching(/\$\.events\[0\]\.media\.src /),
    ]);
  });

  it('accepts them when the page lists the origin, and hands back resolved addresses', async () => {
    const url = new URL('https://news.example/data/t.json');
    const result = await fetchTimeline(
      url,
      fetchOf(text),
      1000,
      [],
      ['https://news.example', 'https://cdn.example', 'https://evil.example'],
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.timeline.media!.src).toBe('https://news.example/data/cover.png');
  });

  it('by default allows the file’s own origin and the listed ones', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const url = new URL('https://news.example/data/t.json');
    const result = await fetchTimeline(url, fetchOf(text), 1000, ['https://cdn.example']);
    expect(result.ok && result.timeline.events.filter((e) => e.media?.refused)).toHaveLength(2);
  });

  it('opens a TimelineJS preview, its pictures from hosts not allowed refused', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const timelinejs = JSON.stringify({
      title: { text: { headline: 'T' } },
      events: [
        {
          start_date: { year: 2023 },
          text: { headline: 'Far' },
          media: { url: 'https://images.example/a.jpg', alt: 'far away' },
        },
        {
          start_date: { year: 2022 },
          text: { headline: 'Near' },
          media: { url: 'img/b.jpg', alt: 'near' },
        },
        {
          start_date: { year: 2021 },
          text: { headline: 'Video' },
          media: { url: 'https://youtu.be/dQw4w9WgXcQ', alt: 'video' },
        },
      ],
    });
    const url = new URL('https://news.example/data/tl.json');
    const result = await fetchTimeline(
      url,
      fetchOf(timelinejs),
      1000,
      [],
      ['https://news.example'],
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const media = Object.fromEntries(
      result.timeline.events.map((e) => [e.title, e.media && [e.media.src, e.media.refused]]),
    );
    expect(media).toEqual({
      Far: ['https://images.example/a.jpg', 'https://images.example'],
      Near: undefined,
      Video: ['https://youtu.be/dQw4w9WgXcQ', undefined],
    });
  });
});
