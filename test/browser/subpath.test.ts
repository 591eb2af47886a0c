// dist/ deployed under a folder, not at the root of its host: a plain static server maps
// /news/graphics/dateline/* to dist/ and answers 404 for everything else, as a newsroom's
// graphics host would. Every page of the build must load all it needs from beside itself.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';

const FOLDER = '/news/graphics/dateline/';
const ARTICLE = '/news/2023/article.html';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

let browser: Browser;
let server: Server;
let origin: string;

/** The host page of the custom element: an article elsewhere on the host, naming the folder. */
const article = () => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Article</title>
<script src="${FOLDER}embed/dateline-timeline.js" defer></script></head>
<body><main><h1>An article</h1>
<dateline-timeline id="a" src="${FOLDER}data/nato-china-2023.json" locale="de"></dateline-timeline>
</main></body></html>`;

beforeAll(async () => {
  browser = await launchChromium();
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === ARTICLE) {
      res.writeHead(200, { 'Content-Type': TYPES['.html']! });
      return void res.end(article());
    }
    if (!path.startsWith(FOLDER)) return void res.writeHead(404).end();
    let file = normalize(join('dist', path.slice(FOLDER.length)));
    if (!file.startsWith('dist')) return void res.writeHead(404).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** Opens `path` on the host; records every request that failed or answered 4xx/5xx, and errors. */
async function open(path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const failed: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} ${r.status()}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + path);
  return { page, failed, errors, requests, close: () => context.close() };
}

/** The reader shows the seed's events: marks on the chart, and one opens in the panel. */
async function showsEvents(root: Page | FrameLocator, selector = '') {
  const marks = root.locator(`${selector} .marks button`);
  await marks.first().waitFor({ timeout: 10_000 });
  expect(await marks.count()).toBeGreaterThan(3);
  await marks.first().click({ timeout: 10_000 });
  await expect
    .poll(() => root.locator(`${selector} section.panel h2`).first().textContent())
    .toBeTruthy();
}

describe('dist/ under a folder of its host', () => {
  it.each([
    ['the app with the seed', FOLDER],
    ['the iframe page', `${FOLDER}embed.html?src=data/nato-china-2023.json`],
    ['the prerendered embed page', `${FOLDER}embed/nato-china-2023.html`],
    ['the static page', `${FOLDER}nato-china-2023.html`],
  ])('%s loads everything and shows the events', async (_name, path) => {
    const { page, failed, errors, requests, close } = await open(path);
    await showsEvents(page);
    await page.waitForLoadState('networkidle', { timeout: 10_000 });
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(origin + FOLDER))).toEqual([]);
    await close();
  });

  it('the app loads its lazy parts (the Embed codes) from the folder, and they name it', async () => {
    const { page, failed, errors, close } = await open(`${FOLDER}index.html?editor`);
    await page.locator('.marks button').first().waitFor();
    // The Embed control is for editors: behind ?editor, inside About; its code loads on opening.
    await page.locator('details.about > summary').click();
    await page.getByText('Embed', { exact: true }).click();
    await page.locator('.embed-code textarea').nth(1).waitFor();
    const codes = (
      await page
        .locator('.embed-code textarea')
        .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value))
    ).join('\n');
    const at = `${origin}${FOLDER}`;
    expect(codes).toContain(`src="${at}embed.html?src=data/nato-china-2023.json"`);
    expect(codes).toContain(`src="${at}embed/parent.js"`);
    expect(codes).toContain(`src="${at}embed/dateline-timeline.js"`);
    expect(codes).toContain(`<dateline-timeline src="${at}data/nato-china-2023.json"`);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('the studio opens and checks a timeline', async () => {
    const { page, failed, errors, requests, close } = await open(`${FOLDER}studio.html`);
    await page.getByRole('heading', { name: 'Start a timeline' }).waitFor();
    const seed = readFileSync('data/nato-china-2023.json', 'utf8');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'seed.json', { type: 'application/json' }));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, seed);
    await expect
      .poll(() => page.locator('.preview .frame.wide h1').textContent())
      .toContain('NATO');
    await page.locator('.preview .frame.wide .marks button').first().waitFor();
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(origin + FOLDER))).toEqual([]);
    await close();
  });

  it('the demo pages: the element and the iframe, each beside the build', async () => {
    for (const [name, shows] of [
      ['demo-element', (page: Page) => showsEvents(page, 'dateline-timeline')],
      ['demo-iframe', (page: Page) => showsEvents(page.frameLocator('iframe[data-dateline]'))],
    ] as const) {
      const { page, failed, errors, requests, close } = await open(`${FOLDER}${name}.html`);
      await shows(page);
      await page.waitForLoadState('networkidle', { timeout: 10_000 });
      expect(failed, name).toEqual([]);
      expect(errors, name).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(origin + FOLDER))).toEqual([]);
      await close();
    }
  });

  it('the custom element on an article elsewhere on the host, with a lazy locale', async () => {
    const { page, failed, errors, requests, close } = await open(ARTICLE);
    await showsEvents(page, 'dateline-timeline#a');
    await page.waitForLoadState('networkidle', { timeout: 10_000 });
    expect(requests).toContain(`${origin}${FOLDER}embed/lazy/locale-de.js`);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
