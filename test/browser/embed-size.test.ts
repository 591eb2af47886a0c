import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { openApp } from '../support/pages';

// An article-sized embed (issue 11, "What to build" 7): on the seed, the compact reader stays
// within 640 px of height, opening an event moves the iframe by no more than the reading, and
// article sync lands on the right paragraph on a phone, in both demo pages.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const MAX = 640;
const DEMOS = [
  ['iframe', '/demo-iframe.html', 'iframe[data-dateline]'],
  ['element', '/demo-element.html', 'dateline-timeline'],
] as const;

/** Collects every size message the host page receives, in every format. */
const RECORD = () => {
  const seen: unknown[] = [];
  (window as unknown as { seen: unknown[] }).seen = seen;
  window.addEventListener('message', (e) => seen.push(e.data));
};

async function openDemo(path: string, width: number) {
  const { page, close } = await openApp(browser, path, { viewport: { width, height: 844 } });
  await page.addInitScript(RECORD);
  await page.reload();
  return { page, close };
}

/** Where the reader's own content is: the iframe's document, or the element's shadow root. */
function reader(page: Page, kind: 'iframe' | 'element') {
  return kind === 'iframe'
    ? page.frameLocator('iframe[data-dateline]').locator('.reader')
    : page.locator('dateline-timeline .reader');
}

const heightOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);

describe('article-sized embed on the seed', () => {
  for (const [kind, path, selector] of DEMOS) {
    it.each([390, 768, 1280])(
      `${kind}: at %i px wide it is at most ${MAX} px tall`,
      async (width) => {
        const { page, close } = await openDemo(path, width);
        await reader(page, kind).locator('.event-list, .marks button').first().waitFor();
        await page.waitForTimeout(300);
        const height = await heightOf(page, selector);
        expect(height).toBeGreaterThan(200);
        expect(height).toBeLessThanOrEqual(MAX);
        if (kind === 'iframe') {
          // The host was told exactly this height, in every format it may listen for.
          const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
          const last = <T>(pick: (m: unknown) => T | undefined) =>
            seen
              .map(pick)
              .filter((h): h is T => h !== undefined)
              .at(-1);
          const own = last((m) =>
            (m as { type?: string; height?: number }).type === 'dateline:resize'
              ? (m as { height: number }).height
              : undefined,
          );
          const amp = last((m) =>
            (m as { sentinel?: string; height?: number }).sentinel === 'amp'
              ? (m as { height: number }).height
              : undefined,
          );
          const dw = last((m) => {
            const d = (m as { 'datawrapper-height'?: Record<string, number> })[
              'datawrapper-height'
            ];
            return d ? Object.values(d)[0] : undefined;
          });
          for (const reported of [own, amp, dw]) {
            expect(reported).toBeDefined();
            expect(Math.abs(reported! - height)).toBeLessThanOrEqual(2);
          }
        }
        await close();
      },
    );

    it(`${kind}: opening an event moves the embed by no more than the reading's own height`, async () => {
      for (const width of [390, 1280]) {
        const { page, close } = await openDemo(path, width);
        const r = reader(page, kind);
        await r.locator('.event-list, .marks button').first().waitFor();
        await page.waitForTimeout(300);
        const before = await heightOf(page, selector);
        if (width < 720)
          await r.locator('[data-event-id="brussels-press-conference"] button.row').click();
        else await r.locator('.marks button').first().click();
        await r.locator('section.panel h2, section.panel .step-of').first().waitFor();
        await page.waitForTimeout(300);
        const pane = await r
          .locator('section.panel')
          .first()
          .evaluate((el) => el.getBoundingClientRect().height);
        const after = await heightOf(page, selector);
        expect(Math.abs(after - before)).toBeLessThanOrEqual(pane);
        expect(after).toBeLessThanOrEqual(MAX);
        await close();
      }
    });

    it(`${kind}: at 390 px, choosing an event scrolls the article to its paragraph`, async () => {
      const { page, close } = await openDemo(path, 390);
      const r = reader(page, kind);
      await r.locator('.event-list').waitFor();
      await page.waitForTimeout(300);
      await r.locator('[data-event-id="blinken-abc-this-week"] button.row').click();
      const paragraph = page.locator('[data-dateline-event="blinken-abc-this-week"]').first();
      // Smooth scrolling settles; the paragraph then sits on the reading line (mid-screen).
      let top = NaN;
      await expect
        .poll(
          async () => {
            const now = await paragraph.evaluate((p) => p.getBoundingClientRect().top);
            const settled = now === top;
            top = now;
            return settled;
          },
          { interval: 250, timeout: 8000 },
        )
        .toBe(true);
      const line = 844 * 0.5;
      expect(Math.abs(top - line)).toBeLessThanOrEqual(24);
      await close();
    });
  }
});
