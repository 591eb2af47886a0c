import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import type { TimelineInput } from '../../src/format/types';
import { renderStaticPage } from '../../src/ssr/render-static';

const seed = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const quotes = seed.events.flatMap((e) => (e.quotes ?? []).map((q) => q.text));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the page rendered at build time', () => {
  it('holds every event and quote as semantic HTML with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseURL')}/nato-china-2023.html`);
    await expect(page.title()).resolves.toBe(seed.title);
    await expect(page.locator('ol.event-list > li').count()).resolves.toBe(seed.events.length);
    const blockquotes = (await page.locator('blockquote').allTextContents()).map((t) => t.trim());
    expect(blockquotes.sort()).toEqual([...quotes].sort());
    // Dates are machine-readable and keep their precision ("In January" stays a month).
    const datetimes = await page
      .locator('ol.event-list time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(datetimes).toContain('2023-01');
    expect(datetimes).toContain('2023-02-21');
    // One visible attribution for his four consecutive quotes (issue 11: quotes with editorial
    // weight); each of the four still names him to a screen reader.
    await expect(page.locator('cite', { hasText: 'Jens Stoltenberg' }).count()).resolves.toBe(4);
    await expect(
      page.locator('cite:not(.visually-hidden)', { hasText: 'Jens Stoltenberg' }).count(),
    ).resolves.toBe(1);
    await context.close();
  });

  it('gives way to the interactive reader when the script runs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const data: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.json')) data.push(new URL(r.url()).pathname);
    });
    await page.goto(`${inject('baseURL')}/nato-china-2023.html`);
    await page.locator('.marks button').first().waitFor();
    await expect(page.locator('.static').count()).resolves.toBe(0);
    // Its preload, the early fetch and the reader share one download of the timeline.
    expect(data).toEqual(['/data/nato-china-2023.json']);
    await page.close();
  });
});

// The static page of a timeline with media, read with JavaScript off: rendered as the build
// renders dist/<name>.html (renderStaticPage on the built index.html), with a picture made for
// the tests, and one hot-linked from another host, which the page must not ask for.
describe('media on the page rendered at build time, with JavaScript off', () => {
  const PHOTO = {
    src: 'img/press.svg',
    alt: 'Jens Stoltenberg at a lectern, NATO flags behind him',
    caption: 'Stoltenberg speaks at NATO headquarters in Brussels.',
    credit: 'Test image, made for the tests',
    link: 'https://example.org/photos/press',
    width: 1200,
    height: 800,
  };
  const FOREIGN = {
    src: 'https://images.example.com/treasury.jpg',
    alt: 'The Treasury building in Washington',
    caption: 'The U.S. Treasury announced the sanctions.',
    credit: 'Hot-linked from another host',
  };
  const withMedia: TimelineInput = {
    ...seed,
    events: seed.events.map((e) =>
      e.id === 'brussels-press-conference'
        ? { ...e, media: PHOTO }
        : e.id === 'treasury-sanctions-spacety'
          ? { ...e, media: FOREIGN }
          : e,
    ),
  };

  it('shows the picture with its alt text, caption and credit; another host’s as text, never asked for', async () => {
    const base = inject('baseURL');
    const template = await (await fetch(`${base}/index.html`)).text();
    // The figure's stylesheets, as the build lists them for its own static pages.
    const { mediaStyles } = (await (await fetch(`${base}/kit-files.json`)).json()) as {
      mediaStyles: string[];
    };
    expect(mediaStyles).toEqual([expect.stringMatching(/^assets\/MediaFigure-[\w-]+\.css$/)]);
    const result = await renderStaticPage(
      JSON.stringify(withMedia),
      template,
      'data/media-static.json',
      null,
      { styles: mediaStyles },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1000, height: 900 },
    });
    const asked: string[] = [];
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (r) => (asked.push(r.request().url()), r.abort()),
    );
    await context.route(`${base}/media-static.html`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/html', body: result.html }),
    );
    await context.route(`${base}/data/img/press.svg`, (r) =>
      r.fulfill({
        status: 200,
        contentType: 'image/svg+xml',
        body: readFileSync('test/fixtures/media/press.svg'),
      }),
    );
    const page = await context.newPage();
    await page.goto(`${base}/media-static.html`);
    // The picture: loaded, in the space its size keeps, with its alt text.
    const img = page.getByRole('img', { name: PHOTO.alt });
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBe(1200);
    // In its column, styled (the figure's stylesheet is linked: no script loads it here), and
    // the page no wider than the window.
    const box = (await img.boundingBox())!;
    const item = (await page.locator('ol.event-list > li', { has: img }).boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(item.width);
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
    expect(box.width / box.height).toBeCloseTo(1.5, 1);
    const figure = page.locator('figure', { has: img });
    await expect(figure.locator('figcaption').innerText()).resolves.toMatch(
      new RegExp(`${PHOTO.caption}\\s*${PHOTO.credit}`),
    );
    await expect(
      figure.getByRole('link', { name: PHOTO.credit }).getAttribute('href'),
    ).resolves.toBe(PHOTO.link);
    await page.screenshot({ path: 'test-results/static-media-photo-no-js.png' });
    // The hot-linked picture: its alt text, caption and credit as text, and no request.
    const foreign = page.locator('figure', { hasText: FOREIGN.caption });
    await expect(foreign.locator('img').count()).resolves.toBe(0);
    await expect(foreign.innerText()).resolves.toContain(`Image not available: ${FOREIGN.alt}`);
    await expect(foreign.innerText()).resolves.toContain(FOREIGN.credit);
    await foreign.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/static-media-no-js.png' });
    await page.waitForTimeout(300);
    expect(asked).toEqual([]);
    await context.close();
  });
});
