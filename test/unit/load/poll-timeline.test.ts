import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_VALIDATORS, pollTimeline } from '../../../src/load/poll-timeline';
import { fetchTimeline as load } from '../../../src/load/fetch-timeline';

const SEED = readFileSync('data/nato-china-2023.json', 'utf8');
const url = new URL('http://x.test/data/nato-china-2023.json');

/** A server that answers once, and notes what it was asked with. */
function server(status: number, body: string | null, headers: Record<string, string> = {}) {
  const asked: Headers[] = [];
  const cacheModes: (RequestCache | undefined)[] = [];
  const fetchFn = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    asked.push(new Headers(init?.headers));
    cacheModes.push(init?.cache);
    return new Response(body, { status, headers });
  }) as typeof fetch;
  return { fetchFn, asked, cacheModes };
}

describe('pollTimeline', () => {
  it('asks with what the server said last, and a 304 is "unchanged" without parsing', async () => {
    const s = server(304, null, { ETag: 'W/"2"' });
    const answer = await pollTimeline(
      url,
      { etag: 'W/"1"', lastModified: 'Mon, 30 Nov 2026 14:05:00 GMT' },
      { load, fetchFn: s.fetchFn },
    );
    expect(answer.status).toBe('unchanged');
    expect(s.cacheModes).toEqual(['no-store']);
    expect(s.asked[0]!.get('If-None-Match')).toBe('W/"1"');
    expect(s.asked[0]!.get('If-Modified-Since')).toBe('Mon, 30 Nov 2026 14:05:00 GMT');
  });

  it('sends no validators the first time, and keeps the new ones with a changed file', async () => {
    const s = server(200, SEED, {
      ETag: 'W/"3"',
      'Last-Modified': 'Tue, 01 Dec 2026 10:00:00 GMT',
    });
    const answer = await pollTimeline(url, NO_VALIDATORS, { load, fetchFn: s.fetchFn });
    expect(s.asked[0]!.has('If-None-Match')).toBe(false);
    expect(answer.status).toBe('changed');
    if (answer.status !== 'changed') return;
    expect(answer.result.timeline.events).toHaveLength(8);
    expect(answer.validators).toEqual({
      etag: 'W/"3"',
      lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT',
    });
  });

  it.each([
    ['a server error', 500, SEED, 'http'],
    ['a body that is not JSON', 200, '{"events": [', 'invalid'],
    [
      'an invalid timeline',
      200,
      '{"version": 1, "title": "x", "events": [{"id": "a"}]}',
      'invalid',
    ],
  ])('fails on %s, keeping nothing of it', async (_why, status, body, kind) => {
    const s = server(status, body);
    const answer = await pollTimeline(url, NO_VALIDATORS, { load, fetchFn: s.fetchFn });
    expect(answer.status).toBe('failed');
    if (answer.status === 'failed') expect(answer.result.kind).toBe(kind);
  });

  it('from another origin, sends no header that needs a preflight: the browser revalidates', async () => {
    const s = server(200, SEED, { ETag: 'W/"4"' });
    const answer = await pollTimeline(
      url,
      { etag: 'W/"3"', lastModified: 'Mon, 30 Nov 2026 14:05:00 GMT' },
      { load, fetchFn: s.fetchFn, crossOrigin: true },
    );
    expect(answer.status).toBe('changed');
    expect(s.asked[0]!.has('If-None-Match')).toBe(false);
    expect(s.asked[0]!.has('If-Modified-Since')).toBe(false);
    expect(s.cacheModes).toEqual(['no-cache']);
  });

  // The file on the embed's server, the article's page elsewhere: the first load allows media
  // from both (TimelineLoader.mediaOrigins), and an update must show the same pictures.
  it.each([
    ['the page’s own origin, when given the first load’s list', ['http://page.test'], true],
    ['an origin nobody listed', [], false],
  ])('holds media to %s', async (_why, pageOrigins, shown) => {
    const input = JSON.parse(SEED) as { events: { id: string; media?: unknown }[] };
    input.events[0]!.media = { src: 'http://page.test/img/a.svg', alt: 'A picture' };
    const s = server(200, JSON.stringify(input));
    const answer = await pollTimeline(url, NO_VALIDATORS, {
      load,
      fetchFn: s.fetchFn,
      mediaOrigins: pageOrigins.length ? [...pageOrigins, url.origin] : undefined,
    });
    if (answer.status !== 'changed') throw new Error(answer.status);
    const media = answer.result.timeline.events.find((e) => e.id === input.events[0]!.id)?.media;
    expect(media?.src).toBe('http://page.test/img/a.svg');
    expect(media?.refused).toBe(shown ? undefined : 'http://page.test');
  });
});
