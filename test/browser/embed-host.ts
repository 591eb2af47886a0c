/**
 * A host page's web server for the embed tests: a second origin (127.0.0.1 on a port of its
 * own) serving article pages, while the embed comes from the preview server under another name
 * (localhost) — so every test crosses origins the way a newsroom's article and its graphics do.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';

export interface Host {
  origin: string;
  /** Serves `html` at `path` from now on (replacing what was there). */
  page(path: string, html: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

export async function startHost(): Promise<Host> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers });
    res.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(path, html, headers = {}) {
      pages.set(path, { html, headers });
      return origin + path;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The embed's origin: the preview server under the name `localhost`, not 127.0.0.1. */
export function embedOrigin(baseURL: string): string {
  const url = new URL(baseURL);
  url.hostname = 'localhost';
  return url.origin;
}

/**
 * A demo page of the build, as a newsroom would copy it to its own site: every address of the
 * build it names (`embed/…`, `data/…`, `./assets/…`, `embed.html`: relative, as the build writes
 * them; or from the root) points back at the embed's origin.
 */
export function demoPage(
  name: 'demo-element' | 'demo-iframe',
  embed: string,
  dist = 'dist',
): string {
  return readFileSync(`${dist}/${name}.html`, 'utf8').replace(
    /(src|href)="(?![a-z][a-z\d+.-]*:|\/\/|#)(?:\.\/|\/)?/gi,
    (_, attr: string) => `${attr}="${embed}/`,
  );
}

/**
 * Scrolls the demo article from top to bottom past the reading line and records, in order, the
 * events the timeline marks as the current step (`aria-current="step"` on a mark, found through
 * `timeline`: the element's locator or the iframe's frame). Returns what it saw and what the
 * article's `data-dateline-event` paragraphs say it should have seen.
 */
export async function scrollThroughArticle(
  page: Page,
  timeline: { locator(selector: string): Locator },
  pauseMs: number,
): Promise<{ steps: string[]; expected: string[] }> {
  // Room above and below, so every paragraph crosses the reading line while scrolling.
  await page.addStyleTag({ content: '.text { padding-top: 100vh; padding-bottom: 100vh }' });
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.text [data-dateline-event]')]
      .map((p) => p.dataset.datelineEvent!)
      .filter((id, i, all) => id !== all[i - 1]),
  );
  const steps: string[] = [];
  const end = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < end; y += 60) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(pauseMs);
    const id = await timeline
      .locator('[aria-current="step"]')
      .first()
      .getAttribute('data-key', { timeout: 50 })
      .catch(() => null);
    if (id && id !== steps[steps.length - 1]) steps.push(id);
  }
  return { steps, expected };
}
