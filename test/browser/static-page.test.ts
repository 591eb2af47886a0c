import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import type { TimelineInput } from '../../src/format/types';

const seed = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const quotes = seed.events.flatMap((e) => (e.quotes ?? []).map((q) => q.text));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the page rendered at build time', () => {
  it('holds every event and quote as semantic HTML with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseURL')}/nato-china-2023.html`);
    await expect(page.title()).resolves.toBe(seed.title);
    await expect(page.locator('ol.event-list > li').count()).resolves.toBe(seed.events.length);
    const blockquotes = (await page.locator('blockquote').allTextContents()).map((t) => t.trim());
    expect(blockquotes.sort()).toEqual([...quotes].sort());
    // Dates are machine-readable and keep their precision ("In January" stays a month).
    const datetimes = await page
      .locator('ol.event-list time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(datetimes).toContain('2023-01');
    expect(datetimes).toContain('2023-02-21');
    // One visible attribution for his four consecutive quotes (issue 11: quotes with editorial
    // weight); each of the four still names him to a screen reader.
    await expect(page.locator('cite', { hasText: 'Jens Stoltenberg' }).count()).resolves.toBe(4);
    await expect(
      page.locator('cite:not(.visually-hidden)', { hasText: 'Jens Stoltenberg' }).count(),
    ).resolves.toBe(1);
    await context.close();
  });

  it('gives way to the interactive reader when the script runs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const data: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.json')) data.push(new URL(r.url()).pathname);
    });
    await page.goto(`${inject('baseURL')}/nato-china-2023.html`);
    await page.locator('.marks button').first().waitFor();
    await expect(page.locator('.static').count()).resolves.toBe(0);
    // Its preload, the early fetch and the reader share one download of the timeline.
    expect(data).toEqual(['/data/nato-china-2023.json']);
    await page.close();
  });
});
