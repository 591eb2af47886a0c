// Media on a prerendered embed page (issues 12 and 14): the page allows its own origin only
// (`default-src 'self'`). Its own pictures resolve against the timeline file (data/, beside
// embed/), on the server and again in the script that hydrates, so the picture the reader opens
// loads; another host's picture shows as its text and is never requested; and no picture
// carries an inline handler that the policy would refuse.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { writeSeedPages } from '../../src/build/seed-pages';
import type { TimelineInput } from '../../src/format/types';
import { launchChromium, watchPage } from '../support/chromium';
import { startStaticServer, type StaticServer } from '../bench/static-server';

const seed = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const inTime = [...seed.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
const own = inTime[0]!;
const foreign = inTime[1]!;
let browser: Browser;
let dir: string;
let server: StaticServer;
let origin: string;

beforeAll(async () => {
  browser = await launchChromium();
  // dist/embed/ with a timeline with media built into it, as `npm run build` builds data/'s.
  dir = mkdtempSync(join(tmpdir(), 'dateline-seed-media-'));
  cpSync('dist/embed', join(dir, 'embed'), { recursive: true });
  mkdirSync(join(dir, 'data', 'img'), { recursive: true });
  cpSync('test/fixtures/media/press.svg', join(dir, 'data', 'img', 'press.svg'));
  const events = seed.events.map((e) =>
    e.id === own.id
      ? { ...e, media: { src: 'img/press.svg', alt: 'The NATO press room', caption: 'Brussels' } }
      : e.id === foreign.id
        ? { ...e, media: { src: 'https://example.org/x.jpg', alt: 'A picture from elsewhere' } }
        : e,
  );
  writeFileSync(join(dir, 'data', 'media.json'), JSON.stringify({ ...seed, events }));
  await writeSeedPages(process.cwd(), join(dir, 'embed'), join(dir, 'data'));
  server = await startStaticServer({ '/': dir + '/' });
  origin = server.origin;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('media on a prerendered embed page', () => {
  it.each([1280, 390])(
    'at %i px: its own picture loads in the reader, another host’s is text, nothing refused',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const watch = watchPage(page);
      const asked: string[] = [];
      page.on('request', (r) => asked.push(r.url()));
      await page.goto(`${origin}/embed/media.html`);
      await page.locator('html.dateline-live').waitFor({ state: 'attached' });
      const open = (id: string) =>
        width > 736
          ? page.locator(`.marks button[data-key="${id}"]`).click()
          : page.locator(`li[data-event-id="${id}"] button.row`).click();
      await open(own.id);
      const img = page.getByRole('img', { name: 'The NATO press room' });
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(0);
      expect(await img.getAttribute('src')).toBe('../data/img/press.svg');
      await open(foreign.id);
      await expect
        .poll(() => page.getByText('A picture from elsewhere').count())
        .toBeGreaterThan(0);
      expect(asked.filter((u) => !u.startsWith(origin))).toEqual([]);
      // No 404 for a picture resolved against the page, no inline handler refused.
      expect(watch.errors).toEqual([]);
      await context.close();
    },
  );

  it('without JavaScript, the static reading shows the same: the picture, and text', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    await page.goto(`${origin}/embed/media.html`);
    const reading = page.locator('#dateline-static');
    const img = reading.getByRole('img', { name: 'The NATO press room' });
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBeGreaterThan(0);
    await expect(reading.getByText('A picture from elsewhere').count()).resolves.toBe(1);
    expect(asked.filter((u) => !u.startsWith(origin))).toEqual([]);
    await context.close();
  });
});
