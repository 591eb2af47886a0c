/**
 * Dates as history writes them (issue 12) in the reader: BC dates, deep time, approximate dates,
 * and Knight Lab's cosmo.json imported and opened.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { axeViolations, openApp, tickLabels } from '../support/pages';
import { fromTimelineJsJson } from '../../src/import/timelinejs-json';

const antiquity = readFileSync('test/fixtures/history/antiquity.json', 'utf8');
const deepTime = readFileSync('test/fixtures/history/deep-time.json', 'utf8');
const cosmoPath = 'node_modules/@knight-lab/timelinejs/src/template/cosmo.json';
const cosmo = JSON.stringify(
  fromTimelineJsJson(JSON.parse(readFileSync(cosmoPath, 'utf8')) as unknown).value,
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const periods = readFileSync('test/fixtures/history/periods.json', 'utf8');
const routes = {
  'antiquity.json': antiquity,
  'deep.json': deepTime,
  'cosmo.json': cosmo,
  'periods.json': periods,
};

describe('BC dates', () => {
  it("Caesar's day shows as 44 BC and never as 45", async () => {
    const { page, watch, close } = await openApp(browser, '/?src=antiquity.json#ides', { routes });
    const panel = page.locator('section.panel');
    await panel.getByRole('heading', { level: 2 }).waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Mar 15, 44 BC');
    expect(text).not.toMatch(/45 BC|43 BC/);
    const ticks = await tickLabels(page);
    expect(ticks.some((t) => / BC$/.test(t))).toBe(true);
    expect(ticks).not.toContain('1 BC'); // no tick on "year 0"
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('an approximate date is drawn uncertain and heard as "about"', async () => {
    const { page, close } = await openApp(browser, '/?src=antiquity.json', { routes });
    const vesuvius = page.locator('.marks li.approximate button[data-key="vesuvius"]');
    await vesuvius.waitFor();
    await expect(vesuvius.textContent()).resolves.toContain('about 79');
    // A year is a short bar: its ends fade out.
    const bar = vesuvius.locator('.bar');
    await expect(bar.evaluate((el) => getComputedStyle(el).maskImage)).resolves.toMatch(/gradient/);
    // A certain date is not.
    const ides = page.locator('.marks li:not(.approximate) button[data-key="ides"]');
    await expect(ides.textContent()).resolves.not.toContain('about');
    await close();
  });
});

describe('deep time', () => {
  it.each([
    ['deep.json', 7],
    ['cosmo.json', 7],
  ])('%s opens, with a counted-years axis and no errors', async (file, events) => {
    const { page, watch, close } = await openApp(browser, `/?src=${file}`, { routes });
    await page.locator('.marks button').first().waitFor();
    await expect(page.getByText(`${events} events`)).toBeTruthy();
    const ticks = await tickLabels(page);
    expect(ticks.some((t) => /B years ago$/.test(t))).toBe(true);
    expect(ticks.join(' ')).not.toMatch(/NaN|Invalid/);
    // "13.8 billion years ago" reaches screen readers in words.
    const spoken = await page.locator('.marks').textContent();
    expect(spoken).toMatch(/13\.8 billion years ago|4\.6 billion years ago/);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('zooms and pans across billions of years without losing the axis', async () => {
    const { page, watch, close } = await openApp(browser, '/?src=deep.json', { routes });
    await page.locator('.marks button').first().waitFor();
    await page.getByRole('button', { name: 'True to scale' }).first().click();
    const zoomIn = page.getByRole('button', { name: 'Zoom in' }).first();
    for (let i = 0; i < 6; i++) await zoomIn.click();
    await page.mouse.move(600, 330);
    await page.mouse.down();
    await page.mouse.move(300, 330, { steps: 5 });
    await page.mouse.up();
    const ticks = await tickLabels(page);
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.join(' ')).not.toMatch(/NaN|Invalid/);
    expect(watch.errors).toEqual([]);
    await close();
  });
});

describe('periods', () => {
  it('are bands behind the marks, labelled, overlapping ones on rows of their own', async () => {
    const { page, watch, close } = await openApp(browser, '/?src=periods.json', { routes });
    const list = page.getByRole('list', { name: 'Periods', exact: true });
    await list.waitFor({ state: 'attached' });
    const labels = list.locator('.label');
    await expect(labels.count()).resolves.toBe(3);
    await expect(list.textContent()).resolves.toContain(
      'Munich Security Conference, Feb 17 – 19, 2023',
    );
    const boxes = await labels.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, left: r.left, width: r.width };
      }),
    );
    // The year-long period and the conference inside it are on different rows.
    expect(boxes[0]!.top).not.toBe(boxes[1]!.top);
    // Bands never take clicks from the marks.
    const band = list.locator('.band').first();
    await expect(band.evaluate((el) => getComputedStyle(el).pointerEvents)).resolves.toBe('none');
    // A mark inside the conference's band still takes the click.
    await page.locator('.marks button[data-key="blinken-wang-yi-munich"]').click({ timeout: 5000 });
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#blinken-wang-yi-munich');
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('head sections of the phone list', async () => {
    const { page, close } = await openApp(browser, '/?src=periods.json', {
      routes,
      viewport: { width: 390, height: 800 },
    });
    const heads = page.locator('.event-list .period-head h3');
    await heads.first().waitFor();
    await expect(heads.allTextContents()).resolves.toEqual([
      'First year of the full-scale invasion',
      'Munich Security Conference',
      'Biden in Kyiv and Warsaw',
    ]);
    await close();
  });

  it('are printed', async () => {
    const { page, close } = await openApp(browser, '/?src=periods.json', { routes });
    await page.locator('.marks button').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const heads = page.locator('.event-list .period-head h3');
    await expect.poll(() => heads.count()).toBe(3);
    await expect(heads.first().isVisible()).resolves.toBe(true);
    await close();
  });
});

describe('axe', () => {
  it.each([
    ['periods.json', 'light', 1280],
    ['periods.json', 'dark', 1280],
    ['periods.json', 'light', 390],
    ['periods.json', 'dark', 390],
    ['antiquity.json', 'light', 1280],
    ['deep.json', 'dark', 1280],
    ['antiquity.json', 'dark', 390],
    ['deep.json', 'light', 390],
  ] as const)('%s in %s at %ipx: 0 violations', async (file, colorScheme, width) => {
    const { page, close } = await openApp(browser, `/?src=${file}`, {
      routes,
      colorScheme,
      viewport: { width, height: 900 },
    });
    await page.locator('.marks button, .event-list li').first().waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await close();
  });
});
