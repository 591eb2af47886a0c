import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { axeViolations, openApp } from '../support/pages';
import type { TimelineInput } from '../../src/format/types';

// The guided walk (issue 11, "What to build" 3): Start, then every event in time order with its
// quotes, "3 of 8", the next headline, a deep link per step, ← → and swipes, an end card.
const seed = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const inTime = [...seed.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
const allQuotes = seed.events.flatMap((e) => (e.quotes ?? []).map((q) => q.text));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page) => page.locator('section.panel h2').first().textContent();

/** A horizontal touch swipe on an element, through Chromium's own touch input. */
async function swipe(page: Page, selector: string, dx: number) {
  const box = (await page.locator(selector).first().boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 120);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 5; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: x + (dx * i) / 5, y }],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('guided walk', () => {
  it('Start walks all 8 events in time order, with all 12 quotes, to the end card', async () => {
    const { page, close } = await openApp(browser, '/', {
      viewport: { width: 1280, height: 800 },
    });
    await page.getByRole('button', { name: /Start/ }).click();
    const titles: string[] = [];
    const quotes: string[] = [];
    for (let i = 0; i < inTime.length; i++) {
      const event = inTime[i]!;
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${event.id}`);
      titles.push((await heading(page))!);
      await expect(page.locator('section.panel .step-of').textContent()).resolves.toBe(
        `${i + 1} of ${inTime.length}`,
      );
      quotes.push(
        ...(await page.locator('section.panel blockquote').allTextContents()).map((q) => q.trim()),
      );
      const next = inTime[i + 1];
      if (next) {
        await expect(page.locator('section.panel .up-next').textContent()).resolves.toContain(
          `Next: ${next.title}`,
        );
      }
      // The chart stays in view, its mark for the step pressed.
      const chart = (await page.locator('.chart').boundingBox())!;
      expect(chart.y + chart.height).toBeLessThanOrEqual(800);
      await expect(
        page.locator(`.marks button[data-key="${event.id}"]`).getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      await page.getByRole('button', { name: /Next event/ }).click();
    }
    expect(titles).toEqual(inTime.map((e) => e.title));
    expect(quotes.sort()).toEqual([...allQuotes].sort());
    // The end card lists the sources and starts again.
    await expect(heading(page)).resolves.toBe('End of the timeline');
    await expect(page.locator('section.panel .walk-end').textContent()).resolves.toContain(
      'The Epoch Times',
    );
    await expect(page.evaluate(() => location.hash)).resolves.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(heading(page)).resolves.toBe(inTime[0]!.title);
    await close();
  });

  it('→ and ← step from the page and inside the reading pane; Back returns to a step', async () => {
    const { page, close } = await openApp(browser, '/', {
      viewport: { width: 1280, height: 800 },
    });
    await page.locator('.marks button').first().waitFor();
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).resolves.toBe(inTime[0]!.title);
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).resolves.toBe(inTime[1]!.title);
    await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${inTime[1]!.id}`);
    // Inside the pane (on its Next button) the keys still step.
    await page.getByRole('button', { name: /Next event/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).resolves.toBe(inTime[2]!.title);
    await page.keyboard.press('ArrowLeft');
    await expect(heading(page)).resolves.toBe(inTime[1]!.title);
    // Every step is a history entry: Back goes to the step before.
    await page.goBack();
    await expect.poll(() => heading(page)).toBe(inTime[2]!.title);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('a swipe on the reading pane steps, on a touch phone', async () => {
    const { page, close } = await openApp(browser, `/#${inTime[2]!.id}`, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await page.locator('section.panel h2, section.panel .step-of').first().waitFor();
    await swipe(page, 'section.panel', -160);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${inTime[3]!.id}`);
    await swipe(page, 'section.panel', 160);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${inTime[2]!.id}`);
    // A short or mostly vertical move is not a swipe.
    await swipe(page, 'section.panel', -20);
    await page.waitForTimeout(100);
    await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${inTime[2]!.id}`);
    await close();
  });

  it('on a phone, Start opens the first event in the list with "1 of 8" and its quotes', async () => {
    const { page, close } = await openApp(browser, '/', {
      viewport: { width: 390, height: 844 },
    });
    await page.getByRole('button', { name: /Start/ }).click();
    await expect(page.locator('section.panel .step-of').textContent()).resolves.toBe('1 of 8');
    await page.getByRole('button', { name: /Next event/ }).click();
    await expect(page.locator('section.panel .step-of').textContent()).resolves.toBe('2 of 8');
    const quote = page.locator('section.panel blockquote').first();
    const box = (await quote.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('Escape inside the reading pane closes the event and gives focus back to its mark', async () => {
    const { page, close } = await openApp(browser, '/#china-foreign-ministry-statement', {
      viewport: { width: 1280, height: 800 },
    });
    await page.locator('section.panel blockquote').first().waitFor();
    await page.getByRole('button', { name: /Next event/ }).focus();
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('');
    await expect(
      page.evaluate(() => (document.activeElement as HTMLElement).dataset.key),
    ).resolves.toBe('china-foreign-ministry-statement');
    await close();
  });
});
