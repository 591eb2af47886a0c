import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { withEarlyFetch, type EarlyFetch } from '../../../src/state/early-fetch';
import { DEFAULT_SRC } from '../../../src/model/fetch-timeline';

const HREF = 'https://news.example/data/war.json';

function setup(early?: Partial<EarlyFetch>) {
  const scope = { __datelineEarly: early && { href: HREF, ...early } } as unknown as Window;
  const fallback = vi.fn<typeof fetch>(async () => new Response('late'));
  return { scope, fallback, fetchFn: withEarlyFetch(fallback, scope) };
}

describe('the early fetch started by index.html', () => {
  it('answers the first request for its address, once', async () => {
    const { scope, fallback, fetchFn } = setup({
      response: Promise.resolve(new Response('early')),
    });
    await expect((await fetchFn(new URL(HREF))).text()).resolves.toBe('early');
    expect(scope.__datelineEarly).toBeUndefined();
    // A retry downloads again: the early body has been read.
    await expect((await fetchFn(new URL(HREF))).text()).resolves.toBe('late');
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('is left alone for any other address', async () => {
    const { scope, fallback, fetchFn } = setup({
      response: Promise.resolve(new Response('early')),
    });
    const other = await fetchFn('https://news.example/data/other.json');
    await expect(other.text()).resolves.toBe('late');
    expect(fallback).toHaveBeenCalledTimes(1);
    expect(scope.__datelineEarly?.href).toBe(HREF);
  });

  it('fetches as usual on a page without it', async () => {
    const { fallback, fetchFn } = setup();
    await expect((await fetchFn(HREF)).text()).resolves.toBe('late');
    expect(fallback).toHaveBeenCalledOnce();
  });

  it('passes on its network failure', async () => {
    const { fetchFn } = setup({ response: Promise.reject(new TypeError('Failed to fetch')) });
    await expect(fetchFn(HREF)).rejects.toThrow('Failed to fetch');
  });

  it("keeps the reader's timeout", async () => {
    const { fetchFn } = setup({ response: new Promise<Response>(() => {}) });
    const controller = new AbortController();
    const pending = fetchFn(HREF, { signal: controller.signal });
    controller.abort(new DOMException('too slow', 'TimeoutError'));
    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('is started by index.html for the same default timeline as the reader', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain(`'${DEFAULT_SRC}'`);
    expect(html).toContain('window.__datelineEarly');
  });
});
