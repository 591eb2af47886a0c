// The prerendered embed page never leaves a reader with a dead graphic (issue 14): the drawn
// reader's buttons work only once seed.js has hydrated it. If the script never runs, seed.css
// puts the static reading (every event and quote) in its place after a grace of a few seconds;
// if it runs and the reader cannot start (a timeline that does not open, language files that a
// sandboxed frame may not load), the static reading takes its place at once, in the reader's box.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { writeSeedPages } from '../../src/build/seed-pages';
import type { TimelineInput } from '../../src/format/types';
import { launchChromium, watchPage } from '../support/chromium';
import { axeViolations } from '../support/pages';
import { startHost, type Host } from './embed-host';

const seed = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const quotes = seed.events.flatMap((e) => (e.quotes ?? []).map((q) => q.text)).sort();
const PATH = '/embed/nato-china-2023.html';
/** seed.css's grace before the static reading replaces a reader whose script never ran, ms. */
const GRACE = 3000;
const FAILED = 'Dateline: the interactive timeline could not start';

let browser: Browser;
let host: Host;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** Init script: when (ms since navigation) the page first showed each state, frame by frame. */
function probe(): void {
  const seen: Record<string, number> = {};
  (window as unknown as { seen: Record<string, number> }).seen = seen;
  const note = (key: string) => (seen[key] ??= Math.round(performance.now()));
  const tick = () => {
    const reader = document.getElementById('dateline');
    const quote = document.querySelector('#dateline-static blockquote');
    const classes = document.documentElement.classList;
    if (reader && !reader.checkVisibility()) note('readerHidden');
    if (quote?.checkVisibility({ contentVisibilityAuto: true })) note('reading');
    if (classes.contains('dateline-live')) note('live');
    if (classes.contains('dateline-fallback')) note('fallback');
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
const seen = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as { seen: Record<string, number> }).seen }));

async function open(
  width: number,
  setUp: (context: BrowserContext) => Promise<unknown> = async () => {},
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, ...options });
  await context.addInitScript(probe);
  await setUp(context);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(inject('baseURL') + PATH);
  return { page, watch, close: () => context.close() };
}

/** The static reading stands in the reader's place: every event and quote, shown. */
async function expectReading(page: Page, events = seed.events.length, all = quotes) {
  const reading = page.locator('#dateline-static');
  await expect(reading.locator('ol.event-list > li').count()).resolves.toBe(events);
  const shown = await reading
    .locator('blockquote')
    .evaluateAll((els) =>
      els.filter((el) => el.checkVisibility()).map((el) => el.textContent!.trim()),
    );
  expect(shown.sort()).toEqual(all);
  await expect(page.locator('#dateline').isVisible()).resolves.toBe(false);
}

const breakTimeline = (context: BrowserContext) =>
  context.route('**' + PATH, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<script type="application\/json" id="dateline-timeline">)[^<]*/,
      '$1{"title": "cut off',
    );
    await route.fulfill({ response, body: html });
  });

describe('the prerendered embed when its script never runs', () => {
  it('shows the static reading after the grace, not before the script would have run', async () => {
    const normal = await open(1280);
    await normal.page.locator('html.dateline-live').waitFor({ state: 'attached' });
    const live = (await seen(normal.page)).live!;
    await normal.close();

    const { page, close } = await open(1280, (c) => c.route('**/embed/seed.js', (r) => r.abort()));
    await expect(
      page.locator('#dateline').evaluate((el) => getComputedStyle(el).animationDelay),
    ).resolves.toBe(`${GRACE / 1000}s`);
    await expect
      .poll(async () => (await seen(page)).reading, { timeout: GRACE + 4000 })
      .toBeDefined();
    const at = await seen(page);
    // Never before the grace, and the grace is well after a normal load is live.
    expect(at.reading).toBeGreaterThanOrEqual(GRACE);
    expect(at.reading).toBeGreaterThan(live);
    expect(at.reading).toBeLessThan(GRACE + 3000);
    // One for the other, in the same frame or the next.
    expect(Math.abs(at.readerHidden! - at.reading!)).toBeLessThan(100);
    expect(at.live).toBeUndefined();
    await expectReading(page);
    await close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations once the reading has taken over, %s',
    async (colorScheme) => {
      // axe goes in as an inline script, which the page's policy refuses: bypassed here.
      const { page, close } = await open(
        1280,
        (c) => c.route('**/embed/seed.js', (r) => r.abort()),
        {
          bypassCSP: true,
          colorScheme,
        },
      );
      await expect
        .poll(async () => (await seen(page)).reading, { timeout: GRACE + 4000 })
        .toBeDefined();
      expect(await axeViolations(page)).toEqual([]);
      await close();
    },
  );

  it('leaves a live reader alone after the grace', async () => {
    const { page, watch, close } = await open(1280);
    await page.locator('html.dateline-live').waitFor({ state: 'attached' });
    await page.waitForFunction((ms) => performance.now() > ms, GRACE + 500);
    const at = await seen(page);
    expect(at.readerHidden).toBeUndefined();
    expect(at.reading).toBeUndefined();
    await expect(page.locator('.marks button').first().isVisible()).resolves.toBe(true);
    expect(watch.errors).toEqual([]);
    await close();
  });
});

describe('the prerendered embed when its reader cannot start', () => {
  it.each([1280, 390])('shows the static reading at once and says why, at %i px', async (width) => {
    const { page, watch, close } = await open(width, breakTimeline);
    await page.locator('html.dateline-fallback').waitFor({ state: 'attached' });
    await expect.poll(async () => (await seen(page)).reading).toBeDefined();
    const at = await seen(page);
    expect(at.reading).toBeLessThan(GRACE);
    expect(at.live).toBeUndefined();
    await expectReading(page);
    // In the reader's box: the height the host gave the graphic, scrolling inside.
    const box = await page.locator('#dateline-static').boundingBox();
    expect(box?.height).toBe(600);
    expect(watch.errors).toEqual([
      `${FAILED} (the timeline the page carries does not open); the page shows its static reading instead.`,
    ]);
    await close();
  });

  it.each([1280, 390])('has no axe violations in its place, at %i px', async (width) => {
    // axe goes in as an inline script, which the page's policy refuses: bypassed here.
    const { page, close } = await open(width, breakTimeline, { bypassCSP: true });
    await page.locator('html.dateline-fallback').waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});

/**
 * A static host for a copy of `dist/embed/` with a German timeline's page built into it, as
 * `npm run build` builds data/'s: `/cors/…` answers with `Access-Control-Allow-Origin: *`
 * (as GitHub Pages does), `/plain/…` without it.
 */
async function germanEmbed(): Promise<{ origin: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-seed-'));
  cpSync('dist/embed', join(dir, 'embed'), { recursive: true });
  mkdirSync(join(dir, 'data'));
  const german = { ...seed, locale: 'de', title: 'NATO und USA warnen China' };
  writeFileSync(join(dir, 'data', 'nato-de.json'), JSON.stringify(german));
  await writeSeedPages(process.cwd(), join(dir, 'embed'), join(dir, 'data'));
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const [, mode, ...rest] = path.split('/');
    const file = normalize(join(dir, 'embed', ...rest));
    const cors = mode === 'cors' ? { 'Access-Control-Allow-Origin': '*' } : {};
    try {
      if (!file.startsWith(join(dir, 'embed'))) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'text/plain', ...cors });
      res.end(body);
    } catch {
      res.writeHead(404, cors).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('a German prerendered embed in a sandboxed iframe on another host', () => {
  let embed: Awaited<ReturnType<typeof germanEmbed>>;
  beforeAll(async () => {
    embed = await germanEmbed();
  });
  afterAll(async () => {
    await embed?.close();
  });

  async function framed(mode: 'cors' | 'plain', width = 1024) {
    const article = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Post</title></head><body style="margin:0">
<script>
window.heights = [];
addEventListener('message', (e) => {
  const frame = document.querySelector('iframe');
  if (e.source !== frame.contentWindow || !e.data || typeof e.data.height !== 'number') return;
  window.heights.push({ origin: e.origin, height: e.data.height });
});
</script>
<iframe sandbox="allow-scripts" title="Zeitleiste" src="${embed.origin}/${mode}/nato-de.html"
  style="display:block;width:100%;border:0" height="600"></iframe></body></html>`;
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(host.page(`/sandboxed-${mode}.html`, article));
    const heights = () =>
      page.evaluate(() => (window as unknown as { heights: { height: number }[] }).heights);
    return {
      page,
      watch,
      frame: page.frameLocator('iframe'),
      heights,
      close: () => context.close(),
    };
  }

  it('hydrates in German where the embed’s host allows any origin', async () => {
    const { frame, watch, heights, close } = await framed('cors');
    await frame.locator('html.dateline-live').waitFor({ state: 'attached' });
    await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(frame.locator('#dateline-static').count()).resolves.toBe(0);
    // German words from the language files, live: a mark opens its event.
    await frame.locator('.marks button').first().click();
    await expect(frame.locator('section.panel').textContent()).resolves.toContain('25. Nov. 2022');
    await expect(frame.getByRole('button', { name: 'Nächstes Ereignis' }).count()).resolves.toBe(1);
    await expect.poll(heights).toContainEqual({ origin: 'null', height: 600 });
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('shows the German static reading where the language files are refused', async () => {
    const { page, frame, watch, heights, close } = await framed('plain');
    await frame.locator('html.dateline-fallback').waitFor({ state: 'attached' });
    const reading = frame.locator('#dateline-static');
    await expect(reading.isVisible()).resolves.toBe(true);
    await expect(frame.locator('#dateline').isVisible()).resolves.toBe(false);
    await expect(reading.locator('ol.event-list > li').count()).resolves.toBe(seed.events.length);
    // The timeline's language: its dates and the reading's own words.
    const text = await reading.textContent();
    for (const german of ['25. Nov. 2022', 'Über diese Chronik', 'Personen'])
      expect(text).toContain(german);
    const shown = await reading.locator('blockquote').allTextContents();
    expect(shown.map((t) => t.trim()).sort()).toEqual(quotes);
    // The host keeps the height it gave the graphic.
    await expect.poll(heights).toContainEqual({ origin: 'null', height: 600 });
    expect((await heights()).every((h) => h.height === 600)).toBe(true);
    // One clear error of ours, beside the browser's own about the refused files.
    const ours = watch.errors.filter((e) => e.startsWith('Dateline:'));
    expect(ours).toEqual([
      expect.stringMatching(
        /^Dateline: the interactive timeline could not start \(the timeline’s language did not load: .*Access-Control-Allow-Origin/,
      ),
    ]);
    void page;
    await close();
  });
});
