import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { axeViolations, openApp, tickLabels, tickPositions } from '../support/pages';
import type { TimelineInput } from '../../src/format/types';

const seed = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const ids = seed.events.map((e) => e.id);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const mark = (page: Page, id: string) => page.locator(`.marks button[data-key="${id}"]`);

/** Opens the seed with the chart `chartWidth` px wide (a reading pane may sit beside it). */
async function openChart(windowWidth: number, chartWidth?: number, path = '/') {
  const opened = await openApp(browser, path, { viewport: { width: windowWidth, height: 900 } });
  await opened.page.locator('.marks button').first().waitFor();
  if (chartWidth !== undefined) {
    await opened.page.addStyleTag({ content: `.chart-wrap { width: ${chartWidth}px; }` });
    await opened.page.waitForFunction(
      (w) => document.querySelector('.chart')!.getBoundingClientRect().width === w,
      chartWidth,
    );
    await opened.page.waitForTimeout(100);
  }
  return opened;
}

/** Each event's label: whether it is drawn whole, and whether it stays inside the chart. */
function labels(page: Page) {
  return page.evaluate(() => {
    const chart = document.querySelector('.chart')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.marks button[data-key]')].map((b) => {
      const label = b.querySelector<HTMLElement>('.label');
      const box = label?.getBoundingClientRect();
      return {
        id: b.dataset.key!,
        shown: !!label,
        whole:
          !!label &&
          label.scrollWidth <= label.clientWidth + 1 &&
          label.scrollHeight <= label.clientHeight + 1,
        inside: !!box && box.left >= chart.left - 0.5 && box.right <= chart.right + 0.5,
        box: box && { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      };
    });
  });
}

describe('the chart on the seed timeline', () => {
  it.each([
    [800, undefined],
    [1024, undefined],
    [1280, undefined],
    [1280, 560],
    [1280, 720],
  ])(
    'shows every event as its own, whole, named mark at the first zoom (window %i, chart %s)',
    async (w, chartWidth) => {
      const { page, close } = await openChart(w, chartWidth);
      await expect(page.locator('.mark.cluster').count()).resolves.toBe(0);
      const seen = await labels(page);
      expect(seen.map((l) => l.id).sort()).toEqual([...ids].sort());
      for (const l of seen)
        expect(l, l.id).toMatchObject({ shown: true, whole: true, inside: true });
      // Lane names have their own strip: no label is drawn under one.
      const names = await page
        .locator('svg.axis text.lane-label')
        .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
      for (const l of seen) {
        for (const n of names) {
          const apart =
            l.box!.right <= n.left ||
            l.box!.left >= n.right ||
            l.box!.bottom <= n.top ||
            l.box!.top >= n.bottom;
          expect(apart, `${l.id} under a lane name`).toBe(true);
        }
      }
      await close();
    },
  );

  it('does not move the axis or the other marks when a mark in view is clicked', async () => {
    const { page, close } = await openChart(1280);
    const ticks = await tickPositions(page);
    const boxes = async () =>
      page
        .locator('.marks li')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).style.transform));
    const before = await boxes();
    // The first event, closest to the left edge: it used to pull the axis 16 px to the right.
    await mark(page, 'stoltenberg-press-conference-nov-2022').click();
    await expect(
      mark(page, 'stoltenberg-press-conference-nov-2022').getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.waitForTimeout(100);
    expect(await tickPositions(page)).toEqual(ticks);
    expect(await boxes()).toEqual(before);
    await close();
  });

  it('zoomed in all the way shows days, never clock times, and always the year', async () => {
    const { page, close } = await openChart(1280);
    for (let i = 0; i < 12; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await tickLabels(page);
    // The deepest zoom spans a few days (the seed's finest precision is a day), not hours.
    const days = zoomed.filter((l) => /^[A-Z][a-z]{2} \d+$/.test(l));
    expect(days.length).toBeGreaterThanOrEqual(3);
    expect(days.length).toBeLessThanOrEqual(6);
    expect(zoomed.some((l) => /\d:\d\d/.test(l))).toBe(false);
    expect(zoomed.some((l) => /^(19|20)\d\d$/.test(l))).toBe(true);
    // Move to the last event with the keyboard: the year stays.
    await page.locator('.marks button').first().focus();
    await page.keyboard.press('End');
    expect((await tickLabels(page)).some((l) => /^(19|20)\d\d$/.test(l))).toBe(true);
    await close();
  });

  it('draws and announces the axis breaks, and switches to time true to scale and back', async () => {
    const { page, close } = await openChart(1280);
    await expect(page.locator('svg.axis .break-band').count()).resolves.toBe(2);
    const said = await page.locator('.chart-wrap .visually-hidden').first().textContent();
    expect(said).toMatch(/skips 5 weeks.*skips 2 weeks/);
    const toggle = page.getByRole('button', { name: 'True to scale' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('svg.axis .break-band').count()).resolves.toBe(0);
    await toggle.click();
    await expect(page.locator('svg.axis .break-band').count()).resolves.toBe(2);
    await close();
  });

  it('keeps each group in its colour through filters and searches', async () => {
    const { page, close } = await openChart(1280);
    const colours = () =>
      page
        .locator('.marks li')
        .evaluateAll((lis) =>
          Object.fromEntries(
            lis.map((li) => [
              li.querySelector<HTMLElement>('button')!.dataset.key!,
              getComputedStyle(li.querySelector('.dot, .bar')!).backgroundColor,
            ]),
          ),
        );
    const all = await colours();
    expect(new Set(Object.values(all)).size).toBe(3);
    // A small timeline keeps its filters behind one button (issue 11, story first).
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByLabel('Group').selectOption({ label: 'China' });
    await page.waitForTimeout(100);
    const china = await colours();
    expect(Object.keys(china).length).toBeGreaterThan(0);
    for (const [id, colour] of Object.entries(china)) expect(colour, id).toBe(all[id]);
    await page.getByLabel('Group').selectOption({ label: 'All' });
    await page.getByLabel('Search').fill('Blinken');
    await page.waitForTimeout(100);
    const blinken = await colours();
    expect(Object.keys(blinken).length).toBeGreaterThan(0);
    for (const [id, colour] of Object.entries(blinken)) expect(colour, id).toBe(all[id]);
    await close();
  });

  it('gives the phone list the same colours as the chart', async () => {
    const wide = await openChart(1280);
    const chart = await wide.page
      .locator('.marks li')
      .evaluateAll((lis) =>
        Object.fromEntries(
          lis.map((li) => [
            li.querySelector<HTMLElement>('button')!.dataset.key!,
            getComputedStyle(li.querySelector('.dot, .bar')!).backgroundColor,
          ]),
        ),
      );
    await wide.close();
    const { page, close } = await openApp(browser, '/', { viewport: { width: 390, height: 844 } });
    await page.locator('.event-list li').first().waitFor();
    const list = await page
      .locator('.event-list li.item')
      .evaluateAll((lis) =>
        Object.fromEntries(
          lis.map((li) => [
            (li as HTMLElement).dataset.eventId!,
            getComputedStyle(li, '::before').backgroundColor,
          ]),
        ),
      );
    expect(list).toEqual(chart);
    await close();
  });

  it('shows the full title and the key quote on hover and focus', async () => {
    const { page, close } = await openChart(1280, 560);
    const event = seed.events.find((e) => e.id === 'blinken-abc-this-week')!;
    await mark(page, event.id).hover();
    const hint = page.getByRole('tooltip');
    await expect(hint.locator('.title').textContent()).resolves.toBe(event.title);
    await expect(hint.locator('blockquote').textContent()).resolves.toBe(event.quotes![0]!.text);
    // The marks are drawn around the verbatim text, as in the reading pane.
    const marks = await hint.locator('blockquote').evaluate((el) => ({
      quotes: getComputedStyle(el).quotes,
      content: [':before', ':after'].map((p) => getComputedStyle(el, p).content),
    }));
    expect(marks).toEqual({ quotes: '"“" "”"', content: ['open-quote', 'close-quote'] });
    await page.mouse.move(0, 0);
    await expect(hint.count()).resolves.toBe(0);
    await mark(page, event.id).focus();
    await expect(hint.locator('.title').textContent()).resolves.toBe(event.title);
    await expect(mark(page, event.id).getAttribute('aria-describedby')).resolves.toBe(
      await hint.getAttribute('id'),
    );
    await close();
  });

  it.each([
    ['light', '/'],
    ['dark', '/?theme=dark'],
    ['Arabic', '/?locale=ar'],
  ])('has no axe violations with a tooltip open and time true to scale (%s)', async (_, path) => {
    const { page, close } = await openChart(1280, 720, path);
    await page.locator('.marks button').first().focus();
    await page.getByRole('tooltip').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.controls button[aria-pressed]').click();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
