// The studio's sheet and JSON editing in real Chromium: partial dates, the tables of people,
// groups and quotes, schema completion, and a 100,000-row paste.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { axeViolations, openApp } from '../support/pages';
import { DATELINE_COLUMNS } from '../../src/import/dateline-csv';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const open = (options: Parameters<typeof openApp>[2] = {}) =>
  openApp(browser, '/studio.html', { viewport: { width: 1400, height: 1000 }, ...options });
const wideTitle = (page: Page) => page.locator('.preview .frame.wide h1');
const cell = (page: Page, row: number, column: number) => page.locator(`#cell-${row}-${column}`);
const hint = (page: Page, row: number, column: number) =>
  page.locator(`#cell-${row}-${column}-hint`);

async function fromTemplate(page: Page) {
  await page.getByRole('button', { name: 'Start from the template' }).click();
  await expect.poll(() => wideTitle(page).textContent()).toBe('Untitled timeline');
}

describe('the date field', () => {
  it('reads partial dates, says the precision, and writes the format’s spelling on leaving', async () => {
    const { page, watch, close } = await open();
    await fromTemplate(page);
    // Row 4 of the template is the event; column 2 its date.
    const date = cell(page, 4, 2);
    await expect(date.inputValue()).resolves.toBe('2024-03');
    await expect(hint(page, 4, 2).textContent()).resolves.toBe('read as month');
    await date.fill('21 Feb 2024');
    await expect.poll(() => hint(page, 4, 2).textContent()).toBe('read as day: 2024-02-21');
    await page.keyboard.press('Tab');
    await expect.poll(() => date.inputValue()).toBe('2024-02-21');
    await expect(hint(page, 4, 2).textContent()).resolves.toBe('read as day');
    await expect.poll(() => page.locator('.preview .frame.wide').textContent()).toContain('2024');
    await date.fill('2024-02-21 14:30 +01:00');
    await expect
      .poll(() => hint(page, 4, 2).textContent())
      .toBe('read as minute with offset +01:00: 2024-02-21T14:30+01:00');
    await page.keyboard.press('Enter');
    await expect.poll(() => date.inputValue()).toBe('2024-02-21T14:30+01:00');
    await date.fill('Feb 2024');
    await page.keyboard.press('Tab');
    await expect.poll(() => date.inputValue()).toBe('2024-02');
    // Nonsense: a clear message beside the field, an error at the cell, the value left alone.
    await date.fill('next Tuesday');
    await expect
      .poll(() => hint(page, 4, 2).textContent())
      .toMatch(/^“next Tuesday” is not a date: write it as 2023, Feb 2023/);
    await expect(hint(page, 4, 2).getAttribute('class')).resolves.toContain('bad');
    await page.keyboard.press('Tab');
    await expect(date.inputValue()).resolves.toBe('next Tuesday');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    // Undo takes back the nonsense.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => date.inputValue()).toBe('2024-02');
    expect(watch.errors).toEqual([]);
    await close();
  });
});

/** A button of the sheet's "Show" group: All rows, Events, People, Groups, Quotes. */
const showing = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Show' }).getByRole('button', { name: new RegExp(`^${name}`) });

describe('the tables of events, people, groups and quotes', () => {
  it('show one kind with its columns; add, move and remove with what belongs to a row', async () => {
    const { page, watch, close } = await open({ bypassCSP: true });
    await fromTemplate(page);
    const headers = () =>
      page
        .locator('.sheet thead input')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const firstColumn = (column: number) =>
      page
        .locator('.sheet tbody tr')
        .evaluateAll(
          (trs, column) =>
            trs.map((tr) => (tr.querySelectorAll('td input')[column] as HTMLInputElement).value),
          column,
        );
    // People: their rows and columns only; add one, typed in place.
    await showing(page, 'People').click();
    await expect.poll(headers).toEqual(['kind', 'id', 'groups', 'name', 'role']);
    await expect.poll(() => firstColumn(1)).toEqual(['jane-doe']);
    await page.getByRole('button', { name: 'Add a person' }).click();
    await expect.poll(() => firstColumn(1)).toEqual(['jane-doe', '']);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cell-4-1');
    await page.keyboard.type('john-roe');
    await cell(page, 4, DATELINE_COLUMNS.indexOf('name')).fill('John Roe');
    // Quotes: one added under the last event, said by the new person.
    await showing(page, 'Quotes').click();
    await page.getByRole('button', { name: 'Add a quote (to the last event)' }).click();
    const text = DATELINE_COLUMNS.indexOf('text');
    const by = DATELINE_COLUMNS.indexOf('by');
    await cell(page, 7, text).fill('Words of John Roe.');
    await cell(page, 7, by).fill('john-roe');
    await expect.poll(() => page.locator('.problems.errors li').count()).toBe(0);
    await expect
      .poll(() => page.locator('.preview .frame.wide').textContent())
      .toContain('2 quotes');
    // Events: a second one, moved above the first with the first's quotes staying with it.
    await showing(page, 'Events').click();
    await page.getByRole('button', { name: 'Add an event' }).click();
    await page.keyboard.type('second');
    await cell(page, 8, DATELINE_COLUMNS.indexOf('date')).fill('2024-01');
    await cell(page, 8, DATELINE_COLUMNS.indexOf('title')).fill('The second event');
    await page.getByRole('button', { name: 'Move event in row 9 up' }).click();
    await showing(page, 'All rows').click();
    await expect
      .poll(() => firstColumn(0))
      .toEqual(['timeline', 'group', 'person', 'person', 'event', 'event', 'quote', 'quote']);
    await expect(cell(page, 5, 1).inputValue()).resolves.toBe('second');
    await expect(cell(page, 6, 1).inputValue()).resolves.toBe('first-event');
    // Removing an event in its table takes its quotes with it; Undo brings them back.
    await showing(page, 'Events').click();
    await page
      .getByRole('button', { name: 'Remove event in row 7 with the 2 rows under it' })
      .click();
    await expect.poll(() => showing(page, 'Quotes').textContent()).toBe('Quotes 0');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => showing(page, 'Quotes').textContent()).toBe('Quotes 2');
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });
});

/** Puts the cursor on the first match, with the editor's own search (Ctrl+F, Enter, Escape). */
async function find(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+f');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

describe('completion in the JSON view', () => {
  it('offers the schema’s keys and values where they fit, and accepts with Enter', async () => {
    const { page, watch, close } = await open();
    const seed = readFileSync('data/nato-china-2023.json', 'utf8');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'seed.json', { type: 'application/json' }));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, seed);
    await expect.poll(() => wideTitle(page).textContent()).toContain('NATO');
    await page.getByRole('tab', { name: 'JSON' }).click();
    await page.locator('.cm-content').waitFor();
    // In the first event, on a new line after its id, type the start of a key.
    await find(page, 'stoltenberg-press-conference-nov-2022');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"appr');
    const list = page.locator('.cm-tooltip-autocomplete li');
    await expect.poll(() => list.allTextContents()).toContain('"approximate"');
    // CodeMirror ignores Enter for 75 ms after a list shows (interactionDelay): as a person would.
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await expect.poll(() => list.count()).toBe(0);
    // Then the value, asked for with Ctrl+Space: the schema says true or false.
    await page.keyboard.press('Control+Space');
    await expect.poll(async () => (await list.allTextContents()).sort()).toEqual(['false', 'true']);
    await page.keyboard.type('t');
    await expect.poll(() => list.allTextContents()).toEqual(['true']);
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await page.keyboard.type(',');
    await expect
      .poll(async () => (await page.locator('.cm-activeLine').textContent())?.trim())
      .toBe('"approximate": true,');
    // The document is valid again: no errors listed, and the preview has the event approximate.
    await expect.poll(() => page.locator('.problems.errors li').count()).toBe(0);
    await expect
      .poll(() => page.locator('.preview .frame.wide').textContent())
      .toContain('about Nov 25, 2022');
    // In a quote, asked with Ctrl+Space: the keys the quote does not have yet.
    await find(page, '"by": "stoltenberg"');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    await expect
      .poll(async () => (await list.allTextContents()).sort())
      .toEqual(['"date"', '"source"']);
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await page.locator('.cm-activeLine').textContent())?.trim())
      .toMatch(/^"(date|source)":$/);
    expect(watch.errors).toEqual([]);
    await close();
  });
});

describe('100,000 pasted rows', () => {
  it('get a clear message from the worker while the page keeps drawing, and the drafts stay whole', async () => {
    const { page, watch, close } = await open({
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    // A draft to keep safe.
    await fromTemplate(page);
    await cell(page, 1, 4).fill('Safe draft');
    await expect.poll(() => page.locator('.saved').textContent()).toBe('Draft saved');
    await page.getByRole('button', { name: 'Close (keep draft)' }).click();
    // 100,000 event rows as a spreadsheet copies them (TSV), on the real clipboard.
    const bytes = await page.evaluate(async () => {
      const lines = ['kind\tid\tdate\ttitle', 'timeline\t\t\tBig paste'];
      for (let i = 0; i < 100_000; i++)
        lines.push(`event\te${i}\t2023-01-${String(1 + (i % 28)).padStart(2, '0')}\tEvent ${i}`);
      const text = lines.join('\n');
      const blob = new Blob([text], { type: 'text/plain' });
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
      return blob.size;
    });
    expect(bytes).toBeGreaterThan(3_000_000);
    // Frames and long tasks from the paste until the message shows.
    await page.evaluate(() => {
      const w = window as unknown as { gaps: number[]; tasks: number[] };
      w.gaps = [];
      w.tasks = [];
      let last = performance.now();
      const frame = (t: number) => {
        w.gaps.push(t - last);
        last = t;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.tasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.locator('#paste-zone').focus();
    const started = Date.now();
    await page.keyboard.press('Control+V');
    await expect
      .poll(() => page.locator('.message.error').textContent(), { timeout: 20_000 })
      .toMatch(
        /^pasted text: the sheet has 100,002 rows; the studio edits sheets of up to 20,000 rows .* npm run import/,
      );
    const took = Date.now() - started;
    // The page answers at once after it: the paste zone takes typing.
    await page.locator('#paste-zone').fill('still here');
    await expect(page.locator('#paste-zone').inputValue()).resolves.toBe('still here');
    const { gap, task } = await page.evaluate(() => {
      const w = window as unknown as { gaps: number[]; tasks: number[] };
      return { gap: Math.max(...w.gaps), task: Math.max(0, ...w.tasks) };
    });
    console.log(
      `100,000-row paste (${(bytes / 1e6).toFixed(1)} MB): message after ${took} ms; longest frame gap ${Math.round(gap)} ms; longest task ${Math.round(task)} ms`,
    );
    // On 2 shared cores a frame may slip; a page that froze while parsing would miss seconds.
    expect(gap).toBeLessThan(700);
    // The draft is as it was.
    const row = page.getByRole('row', { name: /Untitled timeline|Safe draft/ }).first();
    await row.getByRole('button', { name: /Open/ }).click();
    await expect.poll(() => cell(page, 1, 4).inputValue()).toBe('Safe draft');
    expect(watch.errors).toEqual([]);
    await close();
  });
});
