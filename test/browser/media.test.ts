import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { axeViolations, openApp } from '../support/pages';
import type { TimelineInput } from '../../src/format/types';

// Media in the reader (issue 12 §1), with pictures made for the tests: the figure in the wide
// pane and the phone list, a picture that fails, the YouTube placeholder that asks nothing of
// YouTube before the click, and axe in both themes at both widths.
const seed = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const SVG = readFileSync('test/fixtures/media/press.svg');
const PHOTO = {
  src: 'img/press.svg',
  alt: 'Jens Stoltenberg at a lectern, NATO flags behind him',
  caption: 'Stoltenberg speaks at NATO headquarters in Brussels.',
  credit: 'Test image, made for the tests',
  width: 1200,
  height: 800,
};
const media: Record<string, TimelineInput['events'][number]['media']> = {
  'brussels-press-conference': PHOTO,
  'blinken-abc-this-week': {
    src: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    alt: 'Blinken interviewed on This Week',
    caption: 'The interview on ABC.',
    credit: 'ABC News',
  },
  'treasury-sanctions-spacety': {
    src: 'img/missing.png',
    alt: 'The Treasury building in Washington',
    caption: 'The U.S. Treasury announced the sanctions.',
    credit: 'Test credit',
    width: 800,
    height: 600,
  },
};
const timeline: TimelineInput = {
  ...seed,
  events: seed.events.map((e) => (media[e.id] ? { ...e, media: media[e.id] } : e)),
};
const BODY = JSON.stringify(timeline);
const SRC = '/?src=data/media-test.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The app on the media timeline, its pictures served, every request to another host logged. */
async function open(path: string, options: BrowserContextOptions = {}) {
  const app = await openApp(browser, SRC + path, {
    viewport: WIDE,
    ...options,
    routes: { 'data/media-test.json': BODY },
  });
  return app;
}

async function serveMedia(page: Page, foreign: string[]) {
  await page.route('**/data/img/press.svg', (r) =>
    r.fulfill({ status: 200, contentType: 'image/svg+xml', body: SVG }),
  );
  await page.route('**/data/img/missing.png', (r) => r.fulfill({ status: 404, body: '' }));
  // Nothing leaves for another host: requests are logged and answered here.
  await page.context().route(
    (url) => !url.hostname.startsWith('127.0.0.1') && url.hostname !== 'localhost',
    (r) => {
      foreign.push(r.request().url());
      return r.fulfill({ status: 200, contentType: 'text/html', body: '<p>player</p>' });
    },
  );
}

/** openApp navigates at once; routes set after it need a reload to apply. */
async function openWithMedia(path: string, options: BrowserContextOptions = {}) {
  const app = await open(path, options);
  const foreign: string[] = [];
  await serveMedia(app.page, foreign);
  await app.page.reload();
  return { ...app, foreign };
}

describe('a picture with its caption and credit', () => {
  it('wide: shows in the reading pane in the space its size keeps, loaded lazily', async () => {
    const { page, close, watch } = await openWithMedia('#brussels-press-conference');
    const img = page.locator('.reading-pane figure.media img');
    await img.waitFor();
    await expect(img.getAttribute('loading')).resolves.toBe('lazy');
    await expect(img.getAttribute('decoding')).resolves.toBe('async');
    await expect(img.getAttribute('alt')).resolves.toBe(PHOTO.alt);
    await page.waitForFunction(
      () => document.querySelector<HTMLImageElement>('figure.media img')?.complete,
    );
    const box = (await img.boundingBox())!;
    // The picture keeps its proportions at the pane's width.
    expect(box.width / box.height).toBeCloseTo(1.5, 1);
    expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
    const caption = page.locator('.reading-pane figure.media figcaption');
    await expect(caption.textContent()).resolves.toContain(PHOTO.caption);
    await expect(caption.textContent()).resolves.toContain(PHOTO.credit);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('narrow: shows in the phone list when the event opens', async () => {
    const { page, close } = await openWithMedia('#brussels-press-conference', {
      viewport: PHONE,
    });
    const figure = page.locator('ol.event-list figure.media');
    await figure.waitFor();
    await expect(figure.locator('img').getAttribute('width')).resolves.toBe('1200');
    const box = (await figure.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(PHONE.width);
    await expect(figure.locator('figcaption').textContent()).resolves.toContain(PHOTO.credit);
    await close();
  });

  it('that fails to load leaves its alt text, caption and credit, not a broken box', async () => {
    const { page, close } = await openWithMedia('#treasury-sanctions-spacety');
    const figure = page.locator('.reading-pane figure.media');
    await figure.locator('.alt-text').waitFor();
    await expect(figure.locator('img').count()).resolves.toBe(0);
    const text = (await figure.textContent()) ?? '';
    expect(text).toContain('The Treasury building in Washington');
    expect(text).toContain('The U.S. Treasury announced the sanctions.');
    expect(text).toContain('Test credit');
    await close();
  });
});

describe('a YouTube video', () => {
  it('asks nothing of YouTube until the reader clicks; then plays from youtube-nocookie.com', async () => {
    const { page, close, foreign } = await openWithMedia('#blinken-abc-this-week');
    const button = page.getByRole('button', {
      name: /Play video from YouTube — loads content from youtube\.com/,
    });
    await button.waitFor();
    await page.waitForTimeout(300);
    expect(foreign).toEqual([]);
    await expect(page.locator('iframe').count()).resolves.toBe(0);
    await button.click();
    const iframe = page.locator('.reading-pane figure.media iframe');
    await iframe.waitFor();
    await expect(iframe.getAttribute('src')).resolves.toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    );
    await expect.poll(() => foreign.length).toBeGreaterThan(0);
    expect(foreign.every((u) => new URL(u).hostname === 'www.youtube-nocookie.com')).toBe(true);
    await close();
  });
});

describe('accessibility with media', () => {
  it.each([
    ['light', 'wide', WIDE],
    ['dark', 'wide', WIDE],
    ['light', 'narrow', PHONE],
    ['dark', 'narrow', PHONE],
  ] as const)('%s, %s: axe finds no violations', async (theme, _w, viewport) => {
    for (const id of [
      'brussels-press-conference',
      'blinken-abc-this-week',
      'treasury-sanctions-spacety',
    ]) {
      const { page, close } = await openWithMedia(`&theme=${theme}#${id}`, { viewport });
      await page.locator('figure.media').first().waitFor();
      await page.waitForTimeout(100);
      expect(await axeViolations(page), `${theme} ${id}`).toEqual([]);
      await close();
    }
  });
});

describe('media from an origin the page does not allow', () => {
  it('are never requested: the figure shows their text, the console says where they are', async () => {
    const bad = JSON.stringify(
      {
        ...timeline,
        events: timeline.events.map((e) =>
          e.id === 'brussels-press-conference'
            ? { ...e, media: { ...PHOTO, src: 'https://images.example/press.png' } }
            : e,
        ),
      },
      null,
      2,
    );
    const app = await openApp(browser, '/?src=data/bad-media.json#brussels-press-conference', {
      viewport: WIDE,
      routes: { 'data/bad-media.json': bad },
    });
    const foreign: string[] = [];
    const warnings: string[] = [];
    app.page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await serveMedia(app.page, foreign);
    await app.page.reload();
    const figure = app.page.locator('.reading-pane figure.media');
    await figure.locator('.alt-text').waitFor();
    await expect(figure.locator('img').count()).resolves.toBe(0);
    const text = (await figure.textContent()) ?? '';
    expect(text).toContain(PHOTO.alt);
    expect(text).toContain(PHOTO.credit);
    expect(foreign).toEqual([]);
    expect(warnings.join('\n')).toMatch(
      /bad-media\.json:\d+:\d+ \$\.events\[\d+\]\.media\.src .*images\.example/,
    );
    await app.close();
  });
});
