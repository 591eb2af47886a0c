import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchTimeline } from '../../../src/load/fetch-timeline';

const SEED = readFileSync('data/nato-china-2023.json', 'utf8');

/** A response as `fetch` gives it after following redirects to `finalUrl`. */
function arrivedFrom(finalUrl: string): typeof fetch {
  return async () => {
    const response = new Response(SEED, { status: 200 });
    Object.defineProperty(response, 'url', { value: finalUrl });
    Object.defineProperty(response, 'redirected', { value: true });
    return response;
  };
}

describe('fetchTimeline after redirects (issue 16, finding 1)', () => {
  const asked = new URL('https://news.example/redir?to=x');

  it('refuses a file that arrived from another origin', async () => {
    const result = await fetchTimeline(asked, arrivedFrom('https://evil.example/t.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('refused');
    expect(result.problems[0]?.message).toBe(
      'https://news.example/redir?to=x redirected to https://evil.example, which is not ' +
        'allowed: timelines load only from https://news.example.',
    );
  });

  it('takes one that stayed on the origin, or went to an allowed one', async () => {
    const same = await fetchTimeline(asked, arrivedFrom('https://news.example/data/t.json'));
    expect(same.ok).toBe(true);
    const listed = await fetchTimeline(
      asked,
      arrivedFrom('https://cdn.example/t.json'),
      undefined,
      ['https://cdn.example'],
    );
    expect(listed.ok).toBe(true);
  });

  it('takes a response made in the page (no url), as the early fetch hands over', async () => {
    const result = await fetchTimeline(asked, async () => new Response(SEED, { status: 200 }));
    expect(result.ok).toBe(true);
  });
});

describe('the refusal message (issue 16, finding 12)', () => {
  it('names each allowed origin once', async () => {
    const { resolveSource } = await import('../../../src/load/fetch-timeline');
    const page = new URL('https://news.example/article');
    const result = resolveSource('https://evil.example/t.json', page, [
      'https://news.example',
      'https://cdn.example',
      'https://cdn.example',
    ]);
    expect(!result.ok && result.problems[0]?.message).toBe(
      'Timelines load only from https://news.example or https://cdn.example; ' +
        'https://evil.example is not allowed.',
    );
  });
});
