import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { axeViolations, openApp } from '../support/pages';
import type { TimelineInput } from '../../src/format/types';

// The reading beside the overview (issue 11, "What to build" 1, 2 and 5): both in the first
// screen, the event's first quote in view whatever opened it, the story before the controls.
const seed = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const inTime = [...seed.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
const quoted = inTime.filter((e) => e.quotes?.length);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const WIDE = { width: 1280, height: 800 };
const LAPTOP = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };

/** Where the first quote of the open event is, against the viewport (no scrolling done here). */
const firstQuote = (page: Page) =>
  page
    .locator('section.panel blockquote')
    .first()
    .evaluate((q) => {
      const r = q.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, viewport: window.innerHeight };
    });

async function expectFirstQuoteInView(page: Page) {
  await page.locator('section.panel blockquote').first().waitFor();
  await page.waitForTimeout(50);
  const q = await firstQuote(page);
  expect(q.top).toBeGreaterThanOrEqual(0);
  expect(q.bottom).toBeLessThanOrEqual(q.viewport);
}

describe('overview and reading side by side', () => {
  it.each([
    ['1280×800', WIDE],
    ['1024×768', LAPTOP],
  ])(
    '%s: the chart and the reading pane share the first screen, no page scrolling',
    async (_n, viewport) => {
      const { page, close } = await openApp(browser, '/', { viewport });
      await page.locator('.marks button').first().waitFor();
      const chart = (await page.locator('.chart').boundingBox())!;
      const pane = (await page.locator('.reading-pane').boundingBox())!;
      expect(chart.y + chart.height).toBeLessThanOrEqual(viewport.height);
      expect(pane.x).toBeGreaterThanOrEqual(chart.x + chart.width);
      expect(pane.y).toBeLessThan(chart.y + chart.height);
      expect(pane.y + pane.height).toBeLessThanOrEqual(viewport.height);
      await expect(
        page.evaluate(() => document.documentElement.scrollHeight),
      ).resolves.toBeLessThanOrEqual(viewport.height);
      // Opening the longest event keeps it so: the pane scrolls inside itself.
      await page.locator('.marks button[data-key="brussels-press-conference"]').click();
      await expectFirstQuoteInView(page);
      await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
      await close();
    },
  );

  it.each([
    ['1280×800', WIDE],
    ['390×844', PHONE],
  ])(
    '%s: a deep link to every quoted event shows its first quote without scrolling',
    async (_n, viewport) => {
      for (const event of quoted) {
        const { page, close } = await openApp(browser, `/#${event.id}`, { viewport });
        await expectFirstQuoteInView(page);
        await close();
      }
    },
  );

  it('1280×800: a click on a mark, and "Open event" from the quotes, show the first quote', async () => {
    const { page, close } = await openApp(browser, '/', { viewport: WIDE });
    await page.locator('.marks button').first().waitFor();
    await page.locator('.marks button[data-key="china-foreign-ministry-statement"]').click();
    await expectFirstQuoteInView(page);
    await page.getByRole('button', { name: /^Quotes/ }).click();
    await page
      .locator('.quotes-view li', { hasText: 'Putin must not win' })
      .getByRole('button')
      .click();
    await expectFirstQuoteInView(page);
    await expect(page.locator('section.panel h2').textContent()).resolves.toMatch(/Stoltenberg/);
    await close();
  });

  it('390×844: tapping any event in the list shows its first quote without scrolling', async () => {
    const { page, close } = await openApp(browser, '/', { viewport: PHONE });
    for (const event of quoted) {
      await page.locator(`[data-event-id="${event.id}"] button.row`).click();
      await expectFirstQuoteInView(page);
    }
    await close();
  });
});

describe('story first', () => {
  it('shows the title, the title card and the events; note, source and filters wait', async () => {
    const { page, close } = await openApp(browser, '/', { viewport: WIDE });
    await page.locator('.marks button').first().waitFor();
    const about = page.locator('details.about');
    await expect(about.getAttribute('open')).resolves.toBeNull();
    // (The print block holds the note too, for paper only.)
    await expect(
      page
        .getByText(/2023 is inferred from the story/)
        .filter({ visible: true })
        .count(),
    ).resolves.toBe(0);
    // No Embed control for readers; search and filters behind one button (8 events).
    await expect(page.getByText('Embed', { exact: true }).count()).resolves.toBe(0);
    await expect(page.locator('.filters').count()).resolves.toBe(0);
    // The title card: summary, source, Start.
    const card = page.locator('section.panel .title-card');
    await expect(card.textContent()).resolves.toContain(seed.summary!.slice(0, 40));
    await expect(card.textContent()).resolves.toContain('Hannah Ng');
    await expect(card.getByRole('button', { name: /Start/ }).isVisible()).resolves.toBe(true);
    await about.locator('> summary').click();
    await expect(about.getByText(/2023 is inferred from the story/).isVisible()).resolves.toBe(
      true,
    );
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByLabel('Search').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('offers the Embed snippets inside About with ?editor (and ?embed-code)', async () => {
    for (const flag of ['editor', 'embed-code']) {
      const { page, close } = await openApp(browser, `/?${flag}`, { viewport: WIDE });
      await page.locator('.marks button').first().waitFor();
      await page.locator('details.about > summary').click();
      await expect(
        page.locator('details.about').getByText('Embed', { exact: true }).isVisible(),
      ).resolves.toBe(true);
      await close();
    }
  });

  it('embed.html shows the title only by default; header=none and header=full', async () => {
    const cases = [
      ['', 1, 0],
      ['&header=none', 0, 0],
      ['&header=full', 1, 1],
    ] as const;
    for (const [param, h1, about] of cases) {
      const { page, close } = await openApp(
        browser,
        `/embed.html?src=data/nato-china-2023.json${param}`,
        { viewport: WIDE },
      );
      await page.locator('.marks button').first().waitFor();
      await expect(page.locator('h1').count()).resolves.toBe(h1);
      await expect(page.locator('details.about').count()).resolves.toBe(about);
      await close();
    }
  });
});

describe('accessibility of the new states (axe-core, WCAG 2.2 AA)', () => {
  it.each([
    ['title card, wide, light', WIDE, 'light', '/'],
    ['title card, wide, dark', WIDE, 'dark', '/'],
    ['title card, narrow', PHONE, 'light', '/'],
    ['reading pane, wide, dark', WIDE, 'dark', '/#blinken-abc-this-week'],
    ['reading pane, narrow, dark', PHONE, 'dark', '/#blinken-abc-this-week'],
    ['title card, Arabic, wide', WIDE, 'light', '/?locale=ar'],
    ['reading pane, Arabic, narrow', PHONE, 'light', '/?locale=ar#brussels-press-conference'],
  ] as const)('%s has no violations', async (_name, viewport, colorScheme, path) => {
    const { page, close } = await openApp(browser, path, { viewport, colorScheme });
    await page.locator('section.panel, .title-card').first().waitFor();
    await page.waitForTimeout(150);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
