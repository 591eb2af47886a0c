import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { axeViolations, openApp } from '../support/pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('interface languages', () => {
  it.each([
    ['de', 'Suche', '21. Feb. 2023'],
    ['fr', 'Rechercher', '21 févr. 2023'],
    ['uk', 'Пошук', '21 лют. 2023 р.'],
    ['zh-CN', '搜索', '2023年2月21日'],
  ])('%s: interface strings and dates follow ?locale=', async (locale, search, date) => {
    const { page, close } = await openApp(browser, `/?locale=${locale}#brussels-press-conference`);
    await page.locator('.marks button').first().waitFor();
    // Search and filters wait behind one button on a small timeline (issue 11).
    await page.locator('button.filter').click();
    await expect(page.locator('.dateline').getAttribute('lang')).resolves.toBe(locale);
    await expect(page.locator('.filters label').first().textContent()).resolves.toContain(search);
    await expect(page.locator('section.panel time').first().textContent()).resolves.toBe(date);
    await close();
  });

  it('lays Arabic out right to left, passes axe and keeps the time axis left to right', async () => {
    const { page, close } = await openApp(browser, '/?locale=ar#brussels-press-conference');
    await page.locator('.marks button').first().waitFor();
    await expect(page.locator('.dateline').getAttribute('dir')).resolves.toBe('rtl');
    await page.locator('button.filter').click();
    await expect(page.locator('.chart').getAttribute('dir')).resolves.toBe('ltr');
    const filters = await page.locator('.filters').boundingBox();
    const search = await page.locator('.filters input').boundingBox();
    // The first field sits at the right edge in a right-to-left layout.
    expect(search!.x + search!.width).toBeGreaterThan(filters!.x + filters!.width - 40);
    expect(await axeViolations(page)).toEqual([]);
    // The attribution is punctuated in Arabic: "، " between name, role and source, never ", ".
    const by = await page.locator('.reading-pane figcaption:has(.role)').first().textContent();
    expect(by).toContain('، ');
    expect(by).not.toMatch(/, /);
    await page.screenshot({ path: 'test-results/reader-ar-rtl.png' });
    await close();
  });
});
