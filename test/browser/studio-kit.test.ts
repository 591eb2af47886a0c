// The studio's publish kit, in real Chromium: downloaded, unzipped in node, checked, and served
// from a plain static server of its own, where the embed and the page must work.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../support/chromium';
import { openApp } from '../support/pages';
import { parseTimelineText } from '../../src/validate/validate';
import { DATELINE_COLUMNS } from '../../src/import/dateline-csv';
import { TEMPLATE_ROWS } from '../../src/studio/work/template';

const seedJson = readFileSync('data/nato-china-2023.json', 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
};

/** The folder of the host the kit is put in: not the root, as a newsroom's graphics host has it. */
const FOLDER = '/2023/nato-china/';

/** A static host with nothing but the kit's files, in FOLDER; 404 for everything else. */
async function serve(files: Record<string, Uint8Array>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = full.startsWith(FOLDER) ? full.slice(FOLDER.length) : '';
    const body = Object.hasOwn(files, path) ? files[path] : undefined;
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}${FOLDER}`, server };
}

describe('the publish kit', () => {
  it('zips the timeline, its static page, the embed and a README that works on a plain host', async () => {
    const { page, watch, close } = await open();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'seed.json', { type: 'application/json' }));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, seedJson);
    await expect
      .poll(() => page.locator('.preview .frame.wide h1').textContent())
      .toContain('NATO');
    await page.getByRole('tab', { name: 'Download & embed' }).click();
    await page
      .getByLabel('Where the timeline file will be published')
      .fill(`https://graphics.example.org${FOLDER}data/whatever.json`);
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download publish kit' }).click(),
    ]);
    const made = Date.now() - started;
    expect(download.suggestedFilename()).toMatch(/-publish-kit\.zip$/);
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const names = Object.keys(zip);
    const slug = names.find((n) => /^data\/(?!timeline\.schema).*\.json$/.test(n))!.slice(5, -5);
    console.log(
      `publish kit: ${names.length} files, ${readFileSync((await download.path())!).length} bytes, ${made} ms`,
    );
    for (const name of [
      'README.txt',
      `${slug}.html`,
      'embed.html',
      'early-fetch.js',
      'embed/parent.js',
      'embed/dateline-timeline.js',
      'embed/lazy/locale-de.js',
      'embed/lazy/messages-de.js',
    ])
      expect(names).toContain(name);
    expect(names.filter((n) => n.startsWith('assets/')).length).toBeGreaterThan(5);
    // The timeline passes the validator, and is the one the studio opened.
    const json = strFromU8(zip[`data/${slug}.json`]!);
    expect(parseTimelineText(json).ok).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(seedJson));
    // Every quote is in the static page, as text.
    const html = strFromU8(zip[`${slug}.html`]!);
    const seed = JSON.parse(seedJson) as { events: { quotes?: { text: string }[] }[] };
    const quotes = seed.events.flatMap((e) => e.quotes ?? []).map((q) => q.text);
    expect(quotes.length).toBeGreaterThan(5);
    const escape = (t: string) =>
      t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    for (const quote of quotes) expect(html).toContain(escape(quote));
    expect(html).toContain(`data-src="data/${slug}.json"`);
    // The README says where to put it, with the iframe code for the folder of the address given.
    const readme = strFromU8(zip['README.txt']!);
    expect(readme).toMatch(/WHERE TO PUT IT: upload everything in this folder/);
    expect(readme).toContain(
      `<iframe data-dateline src="https://graphics.example.org${FOLDER}embed.html?src=data/${slug}.json"`,
    );
    expect(readme).toContain(`https://graphics.example.org${FOLDER}embed/parent.js`);
    // …and the custom element's code, its script in the kit too.
    const elementCode = readme.slice(readme.indexOf('<script src=', readme.indexOf('OR, AS A')));
    expect(elementCode).toContain(
      `<script src="https://graphics.example.org${FOLDER}embed/dateline-timeline.js" defer></script>`,
    );
    // Nothing was asked of another host while making it.
    const origin = new URL(inject('baseURL')).origin;
    expect(
      watch.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:')),
    ).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();

    // The unzipped folder in a folder of a static server of its own: the embed, the page, the
    // page without JS.
    const { url, server } = await serve(zip);
    try {
      const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
      const embed = await context.newPage();
      const embedWatch = watchErrors(embed);
      await embed.goto(`${url}embed.html?src=data/${slug}.json`);
      await expect.poll(() => embed.locator('h1').first().textContent()).toContain('NATO');
      await embed.getByRole('button', { name: 'Start' }).waitFor();
      const reader = await context.newPage();
      const readerWatch = watchErrors(reader);
      await reader.goto(`${url}${slug}.html`);
      await expect.poll(() => reader.locator('h1').first().textContent()).toContain('NATO');
      await reader.getByRole('button', { name: 'Start' }).waitFor();
      // Not even a /favicon.ico 404: embed.html names its icon, icon.svg beside it.
      expect(embedWatch.errors).toEqual([]);
      expect(readerWatch.errors).toEqual([]);
      expect(
        [...embedWatch.requests, ...readerWatch.requests].every((r) => r.startsWith(url)),
      ).toBe(true);
      // The README's element code, pasted into an article on the same host (as German, so
      // that the element loads modules of its own from embed/lazy/ in the kit).
      const article = await context.newPage();
      const articleWatch = watchErrors(article);
      zip['article.html'] = strToU8(
        `<!doctype html><html lang="en"><title>Article</title><link rel="icon" href="data:,"><p>Before.</p>` +
          elementCode
            .trim()
            .replaceAll(`https://graphics.example.org${FOLDER}`, url)
            .replace('<dateline-timeline ', '<dateline-timeline locale="de" ') +
          '<p>After.</p></html>',
      );
      await article.goto(`${url}article.html`);
      await expect
        .poll(() => article.locator('dateline-timeline h1').first().textContent())
        .toContain('NATO');
      // Its German words came from the kit's embed/lazy/messages-de.js.
      await article
        .locator('dateline-timeline')
        .getByRole('button', { name: 'Los geht’s' })
        .waitFor();
      await expect
        .poll(() => articleWatch.requests.filter((r) => r.includes('/embed/lazy/')).length)
        .toBeGreaterThan(0);
      expect(articleWatch.errors).toEqual([]);
      expect(articleWatch.requests.every((r) => r.startsWith(url))).toBe(true);
      await context.close();
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noJs.newPage();
      await plain.goto(`${url}${slug}.html`);
      await expect(plain.locator('blockquote').count()).resolves.toBe(quotes.length);
      await noJs.close();
    } finally {
      server.close();
    }
  });
});

describe('the template as a workbook', () => {
  it('downloads an .xlsx with the header row and an example for every column', async () => {
    const { page, watch, close } = await open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the template (Excel .xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('dateline-template.xlsx');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync((await download.path())!)).buffer);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = DATELINE_COLUMNS.map((_, c) => row.getCell(c + 1).text);
    });
    expect(rows[0]).toEqual([...DATELINE_COLUMNS]);
    expect(rows.slice(1)).toEqual(TEMPLATE_ROWS.slice(1));
    const unexampled = DATELINE_COLUMNS.filter((_, c) => rows.slice(1).every((r) => !r[c]));
    expect(unexampled).toEqual([]);
    // The header stays in view, and a date column keeps what is typed as text.
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(DATELINE_COLUMNS.indexOf('date') + 1).numFmt).toBe('@');
    const origin = new URL(inject('baseURL')).origin;
    expect(
      watch.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:')),
    ).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });
});

/** Errors and requests of a page, each error with the address it is about. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  return { errors, requests };
}

const open = () => openApp(browser, '/studio.html', { viewport: { width: 1400, height: 1000 } });
