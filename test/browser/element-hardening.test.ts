// Issue 16, finding 12, for the custom element: a 100,000-character word does not widen the
// element, and a page can stop trusting the origin the script came from (a shared CDN).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { embedOrigin, startHost, type Host } from './embed-host';

const base = inject('baseURL');
const embed = embedOrigin(base);
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

function article(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A</title>
<script src="${embed}/embed/dateline-timeline.js" defer></script>${head}</head><body>${body}</body></html>`;
}

describe('<dateline-timeline> hardening', () => {
  it('wraps a 100,000-character place instead of growing a million pixels wide', async () => {
    const timeline = JSON.stringify({
      version: 1,
      title: 'Long words',
      events: [{ id: 'e', date: '2020-01-01', title: 'x', place: 'p'.repeat(100_000) }],
    });
    host.page('/long.json', timeline, {
      'Content-Type': 'application/json',
    });
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(
      host.page(
        '/long.html',
        article(`<dateline-timeline id="a" src="/long.json" event="e"></dateline-timeline>`),
      ),
    );
    const el = page.locator('dateline-timeline#a');
    await el.locator('.place').first().waitFor();
    const widths = await page.evaluate(() => ({
      element: document.querySelector('dateline-timeline')!.getBoundingClientRect().width,
      page: document.documentElement.scrollWidth,
    }));
    expect(widths.element).toBeLessThanOrEqual(1000);
    expect(widths.page).toBeLessThanOrEqual(1000);
    await page.close();
  });

  it.each([
    [
      'the page-origin-only attribute',
      '<dateline-timeline id="a" page-origin-only src="SRC"></dateline-timeline>',
      '',
    ],
    [
      'a page meta',
      '<dateline-timeline id="a" src="SRC"></dateline-timeline>',
      '<meta name="dateline-page-origin-only">',
    ],
  ])('%s stops trusting the script origin', async (_name, body, head) => {
    const src = `${embed}/data/nato-china-2023.json`;
    const page = await browser.newPage();
    await page.goto(
      host.page(`/narrow-${head ? 'meta' : 'attr'}.html`, article(body.replace('SRC', src), head)),
    );
    const alert = page.locator('dateline-timeline#a').getByRole('alert');
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    await expect(alert.textContent()).resolves.toContain(
      `Timelines load only from ${host.origin};`,
    );
    await page.close();
  });
});
