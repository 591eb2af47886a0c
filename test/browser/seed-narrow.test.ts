// The prerendered embed page on a phone: the build draws the reader twice, wide and narrow, and
// the page shows the drawing that fits its window before any script runs; the script hydrates
// that one (the same nodes, not a second drawing) and drops the other. Before, a window below
// the wide layout showed the static reading until the script swapped the reader in.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launchChromium, watchPage } from '../support/chromium';
import type { TimelineInput } from '../../src/format/types';

const seed = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const inTime = [...seed.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
const PATH = '/embed/nato-china-2023.html';
const PHONE = { width: 390, height: 700 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Tags every element of both drawings as parsed, before any of the page's scripts run. */
function tagParsed(): void {
  document.addEventListener('DOMContentLoaded', () => {
    for (const el of document.querySelectorAll('#dateline *, #dateline-narrow *'))
      el.setAttribute('data-parsed', '');
  });
}

async function open(options: BrowserContextOptions & { block?: boolean } = {}) {
  const { block = false, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: PHONE, ...contextOptions });
  await context.addInitScript(tagParsed);
  if (block) await context.route('**/embed/seed.js', (route) => route.abort());
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(inject('baseURL') + PATH);
  return { page, watch, close: () => context.close() };
}

describe('the prerendered embed in a phone-sized window', () => {
  it('serves both drawings, each without an inline style', async () => {
    const html = await (await fetch(inject('baseURL') + PATH)).text();
    const narrow = /<div id="dateline-narrow">([\s\S]*?)<\/div>\n<div id="dateline-static">/.exec(
      html,
    );
    expect(narrow).not.toBeNull();
    // Every event, as the narrow list's buttons, in time order.
    const titles = [...narrow![1]!.matchAll(/<span class="title[^"]*"[^>]*>([^<]*)<\/span>/g)].map(
      (m) => m[1],
    );
    expect(titles.length).toBe(seed.events.length);
    expect(html).not.toMatch(/<[^>]+\sstyle="/);
  });

  it('shows the narrow reader before any script: the list, not the static reading', async () => {
    const { page, close } = await open({ block: true });
    const narrow = page.locator('#dateline-narrow');
    await expect(narrow.isVisible()).resolves.toBe(true);
    await expect(page.locator('#dateline').isVisible()).resolves.toBe(false);
    await expect(page.locator('#dateline-static').isVisible()).resolves.toBe(false);
    const titles = await narrow.locator('.event-list .title').allTextContents();
    expect(titles).toEqual(inTime.map((e) => e.title));
    // The first screen is the list itself: the first event's title is in view.
    const box = await narrow.locator('.event-list .title').first().boundingBox();
    expect(box!.y + box!.height).toBeLessThan(PHONE.height);
    await close();
  });

  it('hydrates the narrow drawing it showed: the same nodes, and they work', async () => {
    const { page, watch, close } = await open();
    await page.locator('html.dateline-live').waitFor({ state: 'attached' });
    await expect(page.locator('#dateline').count()).resolves.toBe(0);
    const rows = page.locator('#dateline-narrow .event-list button.row');
    await expect(rows.count()).resolves.toBe(seed.events.length);
    // Every row is the node the parser made: hydration kept them.
    await expect(
      page.locator('#dateline-narrow .event-list button.row[data-parsed]').count(),
    ).resolves.toBe(seed.events.length);
    const quoted = inTime.find((e) => e.quotes?.length)!;
    const at = inTime.indexOf(quoted);
    await rows.nth(at).click();
    await expect(rows.nth(at).getAttribute('aria-expanded')).resolves.toBe('true');
    await expect
      .poll(() => page.locator(`li[data-event-id="${quoted.id}"] blockquote`).count())
      .toBe(quoted.quotes!.length);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('keeps the wide drawing in a wide window and drops the narrow one', async () => {
    const { page, watch, close } = await open({ viewport: { width: 1280, height: 800 } });
    await page.locator('html.dateline-live').waitFor({ state: 'attached' });
    await expect(page.locator('#dateline-narrow').count()).resolves.toBe(0);
    await expect(page.locator('#dateline .marks button[data-parsed]').count()).resolves.toBe(
      seed.events.length,
    );
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('without JavaScript, reads as the static page: the narrow drawing stays hidden', async () => {
    const { page, close } = await open({ javaScriptEnabled: false });
    await expect(page.locator('#dateline-narrow').isVisible()).resolves.toBe(false);
    await expect(page.locator('#dateline-static').isVisible()).resolves.toBe(true);
    await close();
  });
});
