// Schema completion in the studio's JSON view (CodeMirror), in real Chromium, where a value is
// started with its opening quote: `"end": "` must open the list of what fits, as typing a key's
// first letters does. (CodeMirror closes the quote as it is typed: the cursor sits in `""`.)
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { openApp } from '../support/pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const DATES = ['"2023"', '"2023-01"', '"2023-02-21"', '"2023-02-21T14:30+01:00"'];

async function openSeedAsJson(page: Page) {
  const seed = readFileSync('data/nato-china-2023.json', 'utf8');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'seed.json', { type: 'application/json' }));
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, seed);
  await expect.poll(() => page.locator('.preview .frame.wide h1').textContent()).toContain('NATO');
  await page.getByRole('tab', { name: 'JSON' }).click();
  await page.locator('.cm-content').waitFor();
}

/** Puts the cursor on a new line after the first line holding `text`. */
async function newLineAfter(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+f');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
}

const activeLine = async (page: Page) =>
  (await page.locator('.cm-activeLine').textContent())?.trim();

describe('completion of a value from its opening quote', () => {
  it('opens the list when " is typed where a value with known options goes, and fills it in', async () => {
    const { page, watch, close } = await openApp(browser, '/studio.html', {
      viewport: { width: 1400, height: 1000 },
    });
    await openSeedAsJson(page);
    const list = page.locator('.cm-tooltip-autocomplete li');

    // A date: the format's precisions, from a year to a time with its offset.
    await newLineAfter(page, '"id": "stoltenberg-press-conference-nov-2022"');
    await page.keyboard.type('"end": "');
    await expect.poll(() => activeLine(page)).toBe('"end": ""');
    await expect.poll(() => list.allTextContents()).toEqual(DATES);
    // Typing narrows it; Enter takes the one chosen, inside the quotes already there.
    await page.keyboard.type('2023-0');
    await expect.poll(() => list.allTextContents()).toEqual(DATES.slice(1));
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeLine(page)).toBe('"end": "2023-01"');
    await page.keyboard.press('End');
    await page.keyboard.type(',');

    // A media type, in a media object typed from its first brace.
    await page.keyboard.press('Enter');
    await page.keyboard.type('"media": {');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"type": "');
    await expect.poll(() => activeLine(page)).toBe('"type": ""');
    await expect
      .poll(() => list.allTextContents())
      .toEqual(['"image"', '"video"', '"audio"', '"video/mp4"', '"audio/mpeg"']);
    await page.keyboard.type('v');
    await expect.poll(() => list.allTextContents()).toEqual(['"video"', '"video/mp4"']);
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeLine(page)).toBe('"type": "video"');

    // A key's value the schema has no options for opens nothing.
    await page.keyboard.press('End');
    await page.keyboard.type(',');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"caption": "');
    await page.waitForTimeout(300);
    await expect(list.count()).resolves.toBe(0);
    expect(watch.errors).toEqual([]);
    await close();
  });
});
