import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { withEarlyFetch, type EarlyFetch } from '../../../src/load/early-fetch';
import { DEFAULT_SRC } from '../../../src/load/fetch-timeline';
import { EARLY_FETCH_SOURCE, withEarlyFetchScript } from '../../../src/build/early-fetch-script';

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

  it('is started for the same default timeline as the reader', () => {
    const code = readFileSync(EARLY_FETCH_SOURCE, 'utf8');
    expect(code).toContain(`'${DEFAULT_SRC}'`);
    expect(code).toContain('window.__datelineEarly');
  });

  it('is inline in index.html, and a deferred file before the reader in embed.html', () => {
    const app = withEarlyFetchScript(readFileSync('index.html', 'utf8'));
    expect(app).toContain('window.__datelineEarly = {');
    expect(app.indexOf('window.__datelineEarly')).toBeLessThan(app.indexOf('/src/main.ts'));
    const embed = withEarlyFetchScript(readFileSync('src/pages/embed.html', 'utf8'), '/x/');
    expect(embed).not.toContain('window.__datelineEarly');
    const file = embed.indexOf('<script defer src="/x/early-fetch.js"></script>');
    expect(file).toBeGreaterThan(-1);
    expect(file).toBeLessThan(embed.indexOf('/src/embed/frame-main.ts'));
    // The build's relative base: the file beside the page, wherever the folder is served.
    expect(withEarlyFetchScript(readFileSync('src/pages/embed.html', 'utf8'), './')).toContain(
      '<script defer src="early-fetch.js"></script>',
    );
  });
});
