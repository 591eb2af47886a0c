// The reporter's studio (studio.html) in real Chromium, on files made for the tests.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../support/chromium';
import { axeViolations, openApp } from '../support/pages';
import { parseTimelineText } from '../../src/validate/validate';

const seedJson = readFileSync('data/nato-china-2023.json', 'utf8');
const seedCsv = readFileSync('data/nato-china-2023.csv', 'utf8');
const tjsCsv = readFileSync('test/fixtures/import/timelinejs-sample.csv', 'utf8');
const article = readFileSync('test/fixtures/article.txt', 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const open = (options: Parameters<typeof openApp>[2] = {}) =>
  openApp(browser, '/studio.html', { viewport: { width: 1400, height: 1000 }, ...options });

/** Drops a file on the page as a drag from the desktop does. */
async function drop(page: Page, name: string, body: string | { size: number }, type = 'text/csv') {
  await page.evaluate(
    ({ name, body, type }) => {
      const content = typeof body === 'string' ? body : new Uint8Array(body.size);
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type }));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    { name, body, type },
  );
}

/** Puts text/plain and text/html on the real clipboard and pastes with the keyboard. */
async function paste(page: Page, items: Record<string, string>) {
  await page.evaluate(async (items) => {
    const blobs = Object.fromEntries(
      Object.entries(items).map(([type, text]) => [type, new Blob([text], { type })]),
    );
    await navigator.clipboard.write([new ClipboardItem(blobs)]);
  }, items);
  await page.locator('#paste-zone').focus();
  await page.keyboard.press('Control+V');
}

const wideTitle = (page: Page) => page.locator('.preview .frame.wide h1');
const narrowTitle = (page: Page) => page.locator('.preview .frame.narrow h1');
const cell = (page: Page, row: number, column: number) => page.locator(`#cell-${row}-${column}`);
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

describe('the studio', () => {
  it('opens empty under its Content-Security-Policy, with no axe violation', async () => {
    const { page, watch, close } = await open();
    await page.getByRole('heading', { name: 'Start a timeline' }).waitFor();
    await page.waitForTimeout(200);
    // The page's Content-Security-Policy refused nothing it needs…
    expect(watch.errors).toEqual([]);
    await close();
    // …and axe, an inline script, runs where the policy is set aside.
    const again = await open({ bypassCSP: true });
    await again.page.getByRole('heading', { name: 'Start a timeline' }).waitFor();
    expect(await axeViolations(again.page)).toEqual([]);
    await again.close();
  });

  it('asks nothing of another host, JSON editor included', async () => {
    const { page, watch, close } = await open();
    await page.getByRole('button', { name: 'Start from the template' }).click();
    await expect.poll(() => wideTitle(page).textContent()).toBe('Untitled timeline');
    await page.getByRole('tab', { name: 'JSON' }).click();
    await page.locator('.cm-content').waitFor();
    const origin = new URL(inject('baseURL')).origin;
    expect(watch.requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('opens a dropped TimelineJS CSV as a sheet and previews it', async () => {
    const { page, watch, close } = await open({ bypassCSP: true });
    await drop(page, 'nato.csv', tjsCsv);
    await expect.poll(() => wideTitle(page).textContent()).toBe('NATO & China');
    await expect(narrowTitle(page).textContent()).resolves.toBe('NATO & China');
    await expect(page.locator('.doc-title').textContent()).resolves.toContain('TimelineJS sheet');
    await expect(cell(page, 0, 9).inputValue()).resolves.toBe('Headline');
    // Warnings (what TimelineJS has and Dateline does not) are listed apart from errors.
    await expect(page.locator('.problems.warnings li').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.problems.errors li').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('opens a dropped .xlsx workbook (exceljs, loaded then, under the CSP)', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Timeline');
    sheet.addRow(['Year', 'Month', 'Day', 'Headline', 'Text']);
    sheet.addRow([2023, 2, 21, 'From Excel', 'A row of a workbook']);
    const bytes = [...new Uint8Array(await workbook.xlsx.writeBuffer())];
    const { page, watch, close } = await open();
    await page.evaluate((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'nato.xlsx'));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, bytes);
    await expect.poll(() => wideTitle(page).textContent(), { timeout: 10_000 }).toBe('nato');
    await expect(cell(page, 1, 3).inputValue()).resolves.toBe('From Excel');
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('reads cells pasted as TSV through a real paste', async () => {
    const { page, close } = await open(clipboard);
    const tsv = 'kind\tid\tdate\ttitle\ntimeline\t\t\tPasted NATO\nevent\tx\t2023\tAn event';
    await paste(page, { 'text/plain': tsv });
    await cell(page, 0, 0).waitFor();
    await expect(page.locator('.doc-title').textContent()).resolves.toContain('pasted');
    await expect(cell(page, 2, 1).inputValue()).resolves.toBe('x');
    await expect.poll(() => wideTitle(page).textContent()).toBe('Pasted NATO');
    await close();
  });

  it('reads an HTML table pasted from a spreadsheet, and never runs its scripts', async () => {
    const { page, watch, close } = await open(clipboard);
    const html =
      '<table><tr><td>kind</td><td>id</td><td>date</td><td>title</td></tr>' +
      '<tr><td>timeline<script>window.hacked = 1</script></td><td></td><td></td><td>From a table</td></tr>' +
      '<tr><td>event</td><td>one</td><td>2023-13</td><td><img src="x" onerror="window.hacked = 1">First</td></tr></table>';
    await paste(page, { 'text/html': html, 'text/plain': 'kind\tid' });
    await cell(page, 2, 2).waitFor();
    await expect(cell(page, 1, 3).inputValue()).resolves.toBe('From a table');
    // The bad month is an error at its cell; the preview waits for a valid timeline.
    await page.locator('.problems.errors li').first().waitFor();
    await expect(page.locator('.preview [data-took]').textContent()).resolves.toContain('Nothing');
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    expect(watch.requests.some((url) => url.endsWith('/x'))).toBe(false);
    // Clicking the problem lands on its cell.
    await page.locator('.problems.errors button').first().click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cell-2-2');
    await close();
  });

  it('follows typing in the sheet and in the JSON view, with undo', async () => {
    const { page, close } = await open();
    await page.getByRole('button', { name: 'Start from the template' }).click();
    await expect.poll(() => wideTitle(page).textContent()).toBe('Untitled timeline');
    await cell(page, 1, 4).fill('Typed in the sheet');
    await expect.poll(() => wideTitle(page).textContent()).toBe('Typed in the sheet');
    const took = Number(await page.locator('.preview [data-took]').getAttribute('data-took'));
    expect(took).toBeLessThan(1000);
    // Make it JSON, then type in CodeMirror.
    await page.getByRole('tab', { name: 'JSON' }).click();
    await page.getByRole('button', { name: 'Edit as JSON' }).click();
    const editor = page.locator('.cm-content');
    await editor.waitFor();
    await page.getByText('"Typed in the sheet"').click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' and JSON');
    await expect.poll(() => wideTitle(page).textContent()).toBe('Typed in the sheet and JSON');
    // One undo takes back the run of typing.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => wideTitle(page).textContent()).toBe('Typed in the sheet');
    await close();
  });

  it('restores the draft after a reload and offers it in a new tab', async () => {
    const { page, close } = await open();
    await page.getByRole('button', { name: 'Start from the template' }).click();
    await cell(page, 1, 4).fill('Keep me');
    await expect.poll(() => page.locator('.saved').textContent()).toBe('Draft saved');
    await page.reload();
    await expect.poll(() => wideTitle(page).textContent()).toBe('Keep me');
    await expect(cell(page, 1, 4).inputValue()).resolves.toBe('Keep me');
    // Another tab of the same browser: the drafts are offered, with title and event count.
    const other = await page.context().newPage();
    await other.goto(`${inject('baseURL')}/studio.html`);
    const row = other.getByRole('row', { name: /Keep me/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('1');
    // Opening it there warns both tabs.
    await row.getByRole('button', { name: /Open/ }).click();
    await other.getByText('also open in another tab').waitFor();
    await page.getByText('also open in another tab').waitFor();
    await close();
  });

  it('downloads the JSON the studio shows, and it passes the validator', async () => {
    const { page, close } = await open(clipboard);
    await drop(page, 'seed.csv', seedCsv);
    await expect.poll(() => wideTitle(page).textContent()).toContain('NATO');
    await page.getByRole('tab', { name: 'JSON' }).click();
    await page.locator('.cm-content').waitFor();
    // What the JSON view shows: all of it, copied as a reporter would.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    const shown = await page.evaluate(() => navigator.clipboard.readText());
    expect(shown).toContain('"$schema"');
    await page.getByRole('tab', { name: 'Download & embed' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toBe(shown);
    expect(parseTimelineText(text).ok).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(seedJson));
    await expect(page.locator('textarea').first().inputValue()).resolves.toContain(
      '<iframe data-dateline',
    );
    await close();
  });

  it('checks the quotes: one changed word, one quote not in the source', async () => {
    const { page, close } = await open({ bypassCSP: true, ...clipboard });
    const changed = seedJson
      .replace('Putin must not win.', 'Putin must not lose.')
      .replace('"finger-pointing"', '"We will never say this"');
    await drop(page, 'seed.json', changed, 'application/json');
    await expect.poll(() => wideTitle(page).textContent()).toContain('NATO');
    await page.getByRole('tab', { name: 'Quote check' }).click();
    await page.getByLabel('The article or transcript').fill(article);
    const differs = page.locator('.results li.differs');
    await expect(differs.count()).resolves.toBe(1);
    await expect(differs.locator('blockquote mark').allTextContents()).resolves.toEqual(['lose']);
    await expect(differs.locator('.source mark').allTextContents()).resolves.toEqual(['win']);
    await expect(page.locator('.results li.missing blockquote').allTextContents()).resolves.toEqual(
      ['We will never say this'],
    );
    // The source's “finger-pointing”, and the words the changed quote stands for, are now
    // quoted nowhere in the timeline.
    await expect(page.locator('.lacking li').allTextContents()).resolves.toEqual([
      expect.stringContaining('Putin must not win'),
      expect.stringContaining('finger-pointing'),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page, close } = await open();
    await page.getByRole('heading', { name: 'Start a timeline' }).waitFor();
    let onTemplate = false;
    for (let i = 0; i < 15 && !onTemplate; i++) {
      await page.keyboard.press('Tab');
      onTemplate = await page.evaluate(
        () => document.activeElement?.textContent === 'Start from the template',
      );
    }
    expect(onTemplate).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => wideTitle(page).textContent()).toBe('Untitled timeline');
    // Tab on to the first cell of the sheet and type there (past the header row's cells: 33
    // with the media columns, hence up to 60 presses, up from 40).
    let inSheet = false;
    for (let i = 0; i < 60 && !inSheet; i++) {
      await page.keyboard.press('Tab');
      inSheet = await page.evaluate(() => document.activeElement?.id === 'cell-1-0');
    }
    expect(inSheet).toBe(true);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cell-1-4');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('By keyboard');
    await expect.poll(() => wideTitle(page).textContent()).toBe('By keyboard');
    await close();
  });
});

describe('bad input gets a clear message and leaves the drafts alone', () => {
  it.each([
    ['a binary file', 'photo.png', '\u0000\u0089PNG\u0000\u0000', /is not a text file/],
    ['an empty file', 'empty.csv', '', /empty/],
    [
      'a 50 MB file',
      'huge.csv',
      { size: 50 * 1024 * 1024 },
      /is 50 MB; the studio opens files up to 20 MB/,
    ],
    [
      'a CSV with a stray quote',
      'stray.csv',
      'kind,title\ntimeline,"Unclosed\nevent,x\n',
      /never closed/,
    ],
  ])('%s', async (_what, name, body, message) => {
    const { page, close } = await open();
    await page.getByRole('button', { name: 'Start from the template' }).click();
    await cell(page, 1, 4).fill('Safe draft');
    await expect.poll(() => page.locator('.saved').textContent()).toBe('Draft saved');
    await drop(page, name, body);
    await expect.poll(() => page.locator('.message.error').textContent()).toMatch(message);
    // The open draft is untouched and the page still answers.
    await expect(cell(page, 1, 4).inputValue()).resolves.toBe('Safe draft');
    await cell(page, 1, 4).fill('Safe draft 2');
    await expect.poll(() => wideTitle(page).textContent()).toBe('Safe draft 2');
    await close();
  });

  it('a pasted image', async () => {
    const { page, close } = await open(clipboard);
    await page.locator('#paste-zone').focus();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'x.png', { type: 'image/png' }));
      document
        .getElementById('paste-zone')!
        .dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
    });
    await expect
      .poll(() => page.locator('.message.error').textContent())
      .toMatch(/an image, not cells/);
    await close();
  });
});
