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

const routes = { 'antiquity.json': antiquity, 'deep.json': deepTime, 'cosmo.json': cosmo };

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

describe('axe', () => {
  it.each([
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
