import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { axeViolations, openApp } from '../support/pages';
import { generateTimelineInput } from '../support/generate-input';

// The compact embed on a phone is a fixed 600 px box whose event list scrolls inside it: five of
// the seed's eight events fit. The cue at the list's foot says how many are still below, and
// goes when the list is read to its end.
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 600 };
const cue = (page: Page) => page.locator('.list-box .cue');
const box = (page: Page) => page.locator('.list-box');

/** How many list items show at least their title row inside the box. */
const seen = (page: Page) =>
  box(page).evaluate((el) => {
    const fold = el.getBoundingClientRect().bottom;
    const top = el.getBoundingClientRect().top;
    return [...el.querySelectorAll('[data-event-id]')].filter((li) => {
      const r = li.getBoundingClientRect();
      return r.top < fold - 16 && r.bottom > top;
    }).length;
  });

describe('the compact list says how many events are below the fold', () => {
  it.each([
    ['the prerendered embed', '/embed/nato-china-2023.html'],
    ['embed.html?src=', '/embed.html?src=data/nato-china-2023.json'],
  ])(
    '%s: counts what is not yet seen, pages down on a tap, and goes at the end',
    async (_, path) => {
      const { page, close } = await openApp(browser, path, { viewport: PHONE });
      try {
        await cue(page).locator('button').waitFor();
        const items = await box(page).locator('[data-event-id]').count();
        expect(items).toBe(8);
        const before = await seen(page);
        expect(before).toBeLessThan(8);
        await expect
          .poll(() => cue(page).textContent())
          .toContain(`${items - before} more events below`);
        // Hidden from assistive technology and out of the tab order: the list itself is read.
        expect(await cue(page).getAttribute('aria-hidden')).toBe('true');
        expect(await cue(page).locator('button').getAttribute('tabindex')).toBe('-1');

        const top = await box(page).evaluate((el) => el.scrollTop);
        await cue(page).locator('button').click();
        await expect.poll(() => box(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(top);

        await box(page).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
        await expect.poll(() => cue(page).count()).toBe(0);
        // Back up: the cue returns with the same count.
        await box(page).evaluate((el) => el.scrollTo({ top: 0 }));
        await expect
          .poll(() => cue(page).textContent())
          .toContain(`${items - before} more events below`);
      } finally {
        await close();
      }
    },
  );

  it('counts the quotes still below in the quotes tab', async () => {
    const { page, close } = await openApp(browser, '/embed/nato-china-2023.html', {
      viewport: PHONE,
    });
    try {
      await cue(page).locator('button').waitFor();
      await page.getByRole('button', { name: /^Quotes/ }).click();
      await expect.poll(() => cue(page).textContent()).toContain('quotes below');
      const items = await box(page).locator('[data-event-id]').count();
      expect(items).toBe(12);
      const visible = await seen(page);
      expect(await cue(page).textContent()).toContain(`${items - visible} more quotes below`);
    } finally {
      await close();
    }
  });

  it('counts the events of a long list that are not rendered yet', async () => {
    const input = generateTimelineInput(250, 7);
    const { page, close } = await openApp(browser, '/embed.html?src=data/long.json', {
      viewport: PHONE,
      routes: { 'data/long.json': JSON.stringify(input) },
    });
    try {
      await cue(page).locator('button').waitFor();
      const rendered = await box(page).locator('[data-event-id]').count();
      expect(rendered).toBeLessThan(250);
      const visible = await seen(page);
      await expect
        .poll(() => cue(page).textContent())
        .toContain(`${250 - visible} more events below`);
    } finally {
      await close();
    }
  });

  it('is absent where the whole list fits, and wide', async () => {
    const tall = await openApp(browser, '/embed/nato-china-2023.html', {
      viewport: { width: 390, height: 600 },
    });
    try {
      // Open nothing, make the box tall enough for every event: no cue.
      await tall.page.setViewportSize({ width: 390, height: 1400 });
      await tall.page.goto(tall.page.url() + '?height=1200');
      await tall.page.locator('[data-event-id]').first().waitFor();
      await tall.page.waitForTimeout(300);
      expect(await cue(tall.page).count()).toBe(0);
      await tall.page.setViewportSize({ width: 1280, height: 800 });
      await tall.page.waitForTimeout(300);
      expect(await cue(tall.page).count()).toBe(0);
    } finally {
      await tall.close();
    }
  });

  it('leaves the compact phone embed with no axe violations (WCAG 2.2 AA)', async () => {
    // The page's own CSP (default-src 'self') would refuse axe's injected script.
    const { page, close } = await openApp(browser, '/embed/nato-china-2023.html', {
      viewport: PHONE,
      bypassCSP: true,
    });
    try {
      await cue(page).locator('button').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});

// In an article column (a 760 px iframe, 600 px tall) the reading pane is ~300 px wide and the
// title card's summary runs past its foot: Start must stay in view and take the tap.
describe('the title card in a short reading pane', () => {
  it.each(['/embed/nato-china-2023.html', '/embed.html?src=data/nato-china-2023.json'])(
    '%s: Start is in view and answers a tap',
    async (path) => {
      const { page, close } = await openApp(browser, path, {
        viewport: { width: 760, height: 600 },
      });
      try {
        const start = page.locator('.panel .title-card button.start');
        await start.waitFor();
        await page.locator('html.dateline-live, #dateline .reader').first().waitFor({
          state: 'attached',
        });
        // The card is taller than the pane: without the sticky bar Start would be below it.
        const overflow = await page
          .locator('.reading-pane .scroller')
          .evaluate((el) => el.scrollHeight - el.clientHeight);
        expect(overflow).toBeGreaterThan(0);
        const hit = await start.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return { bottom: r.bottom, inView: r.bottom <= innerHeight, hit: el.contains(top) };
        });
        expect(hit.inView).toBe(true);
        expect(hit.hit).toBe(true);
        await start.click();
        await expect(page.locator('section.panel h2').textContent()).resolves.toBeTruthy();
      } finally {
        await close();
      }
    },
  );
});
