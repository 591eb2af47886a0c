// The iframe embed across origins: the article on http://127.0.0.1:<host port>, the embed on
// http://localhost:<preview port>, as a newsroom's article and its graphics server would be.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchChromium, noteEarlyFetch, watchPage } from '../support/chromium';
import { demoPage, embedOrigin, scrollThroughArticle, startHost, type Host } from './embed-host';

const embed = embedOrigin(inject('baseURL'));
let browser: Browser;
let host: Host;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** An article with one iframe embed and the parent script; `extra` goes at the end of body. */
function article(query: string, extra = '', frameAttrs = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Article</title></head><body style="margin:0">
<main style="max-width:1100px;margin:0 auto;padding:0 8px">
<p>Before the timeline.</p>
<iframe data-dateline id="t" ${frameAttrs} src="${embed}/embed.html?${query}" title="Timeline"
  style="display:block;width:100%;height:300px;border:0"></iframe>
<p>After the timeline.</p></main>
<script src="${embed}/embed/parent.js" async></script>${extra}</body></html>`;
}

const SRC = 'src=data/nato-china-2023.json';

async function open(html: string, options: { width?: number; csp?: boolean } = {}) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // Notes what the page's early-fetch script hands over to the reader (in every frame).
  await context.addInitScript(noteEarlyFetch);
  if (options.csp) {
    // The iframe page served with the strictest usual policy: nothing inline, nothing foreign.
    const isEmbedPage = (url: URL) => url.origin === embed && url.pathname === '/embed.html';
    await context.route(isEmbedPage, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "default-src 'self'" },
      });
    });
  }
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(host.page(`/a-${Math.random().toString(36).slice(2)}.html`, html));
  const frame = await frameOf(page);
  return { page, frame, watch, requests, close: () => context.close() };
}

async function frameOf(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[data-dateline]').first().elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.locator('.frame').waitFor();
  return frame!;
}

/** |iframe height − height of what it shows|: what a self-sizing iframe must keep near 0. */
async function mismatch(page: Page, frame: Frame): Promise<number> {
  const outer = await page
    .locator('iframe[data-dateline]')
    .first()
    .evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(
    () => document.querySelector('.frame')!.getBoundingClientRect().height,
  );
  return Math.abs(outer - inner);
}

describe('iframe embed', () => {
  it('is as tall as its content after load, a resize of the host and a selection', async () => {
    const { page, frame, watch, close } = await open(article(SRC));
    await frame.locator('.marks button').first().waitFor();
    await expect.poll(() => mismatch(page, frame)).toBeLessThanOrEqual(2);
    const wide = await frame.evaluate(() => document.querySelector('.frame')!.clientHeight);
    expect(wide).toBeGreaterThan(400);

    // Narrower host: the reader turns into the vertical list, in the same box (issue 14: the
    // embed's height no longer depends on its width, so what the snippet reserves is exact).
    await page.setViewportSize({ width: 420, height: 900 });
    await frame.locator('.event-list').waitFor();
    await expect.poll(() => mismatch(page, frame)).toBeLessThanOrEqual(2);
    const narrow = await frame.evaluate(() => document.querySelector('.frame')!.clientHeight);
    expect(narrow).toBe(wide);

    // Back to wide, then open an event: the reading pane scrolls inside itself, so the
    // iframe keeps its article size (issue 11: it used to grow with the panel).
    await page.setViewportSize({ width: 1280, height: 900 });
    await frame.locator('.marks button').first().waitFor();
    await expect.poll(() => mismatch(page, frame)).toBeLessThanOrEqual(2);
    const before = await frame.evaluate(() => document.querySelector('.frame')!.clientHeight);
    await frame.locator('.marks button[data-key="brussels-press-conference"]').click();
    await frame.locator('section.panel blockquote').first().waitFor();
    await page.waitForTimeout(200);
    const after = await frame.evaluate(() => document.querySelector('.frame')!.clientHeight);
    expect(Math.abs(after - before)).toBeLessThanOrEqual(2);
    await expect.poll(() => mismatch(page, frame)).toBeLessThanOrEqual(2);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('speaks pym.js, AMP and Datawrapper, and answers pym width messages', async () => {
    const listen = `<script>window.seen = []; addEventListener('message', (e) => seen.push(e.data));</script>`;
    const { page, frame, close } = await open(
      article(`${SRC}&childId=story-timeline&initialWidth=800`, listen),
    );
    await frame.locator('.marks button').first().waitFor();
    await expect.poll(() => mismatch(page, frame)).toBeLessThanOrEqual(2);
    const height = await frame.evaluate(() =>
      Math.ceil(document.querySelector('.frame')!.getBoundingClientRect().height),
    );
    const seen = () => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    await expect.poll(seen).toContainEqual(`pymxPYMxstory-timelinexPYMxheightxPYMx${height}`);
    await expect.poll(seen).toContainEqual({ sentinel: 'amp', type: 'embed-size', height });
    await expect.poll(seen).toContainEqual({ 'datawrapper-height': { 'story-timeline': height } });
    await expect.poll(seen).toContainEqual({ type: 'dateline:resize', height });

    // A pym parent asks for the height by sending the width.
    await page.evaluate(() => ((window as unknown as { seen: unknown[] }).seen = []));
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage('pymxPYMxstory-timelinexPYMxwidthxPYMx800', '*'),
    );
    await expect.poll(seen).toContainEqual(`pymxPYMxstory-timelinexPYMxheightxPYMx${height}`);
    await close();
  });

  it('opens the event of `event=` or of the hash, and reports selections to the host', async () => {
    const listen = `<script>window.chosen = []; document.addEventListener('dateline:select',
      (e) => chosen.push(e.detail.id));</script>`;
    const { page, frame, close } = await open(article(`${SRC}&event=blinken-cbs-news`, listen));
    const heading = frame.locator('section.panel h2');
    await expect.poll(() => heading.textContent()).toMatch(/CBS News/);
    // Opening it zoomed in on Feb. 18; show everything again to reach Feb. 21.
    await frame.getByRole('button', { name: 'Show all' }).click();
    await frame.locator('.marks button[data-key="brussels-press-conference"]').click();
    await expect.poll(() => heading.textContent()).toMatch(/increasingly concerned/);
    const chosen = () => page.evaluate(() => (window as unknown as { chosen: string[] }).chosen);
    await expect.poll(chosen).toEqual(['brussels-press-conference']);
    // The selection is in the iframe's own address, never the article's.
    expect(frame.url()).toMatch(/#brussels-press-conference$/);
    expect(new URL(page.url()).hash).toBe('');
    await close();

    const hashed = await open(
      article(`${SRC}&event=blinken-cbs-news#china-foreign-ministry-statement`),
    );
    await expect
      .poll(() => hashed.frame.locator('section.panel h2').textContent())
      .toMatch(/finger-pointing/);
    await hashed.close();
  });

  it('shares the article’s own #hash when the iframe is given data-dateline-address', async () => {
    const html = article(SRC, '', 'data-dateline-address');
    const url = host.page('/address.html', html) + '#china-foreign-ministry-statement';
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    const frame = await frameOf(page);
    await expect
      .poll(() => frame.locator('section.panel h2').textContent({ timeout: 5000 }))
      .toMatch(/finger-pointing/);
    await frame.getByRole('button', { name: 'Show all' }).click();
    await frame.locator('.marks button[data-key="brussels-press-conference"]').click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#brussels-press-conference');
    await context.close();
  });

  it('ignores messages from other windows and malformed ones, on both sides', async () => {
    const stranger = `<iframe id="stranger" srcdoc="<p>another embed</p>" title="Other"></iframe>`;
    const { page, frame, close } = await open(article(SRC, stranger));
    await frame.locator('.marks button').first().waitFor();
    await expect.poll(() => mismatch(page, frame)).toBeLessThanOrEqual(2);
    const height = () =>
      page.locator('iframe[data-dateline]').evaluate((f) => f.getBoundingClientRect().height);
    const settled = await height();
    const other = (await (await page.locator('#stranger').elementHandle())!.contentFrame())!;

    // Another window pretends to be our iframe, in every format.
    await other.evaluate(() => {
      for (const message of [
        { type: 'dateline:resize', height: 7 },
        'pymxPYMxtxPYMxheightxPYMx7',
        { sentinel: 'amp', type: 'embed-size', height: 7 },
        { 'datawrapper-height': { t: 7 } },
      ])
        parent.postMessage(message, '*');
    });
    // The page itself, and our iframe with malformed messages.
    await page.evaluate(() => window.postMessage({ type: 'dateline:resize', height: 9 }, '*'));
    await frame.evaluate(() => {
      for (const message of [
        { type: 'dateline:resize', height: -5 },
        { type: 'dateline:resize', height: '12' },
        { type: 'dateline:resize', height: 1e12 },
        { type: 'dateline:resize' },
        { type: 'dateline:select', id: '<img src=x>' },
        null,
        'dateline:resize',
        [1, 2],
      ])
        parent.postMessage(message, '*');
    });
    await page.waitForTimeout(300);
    expect(await height()).toBe(settled);

    // Into the iframe: article steps from a stranger, or malformed from the parent, do nothing.
    const current = () => frame.locator('[aria-current="step"]').count();
    await other.evaluate(() =>
      parent.frames[0]!.postMessage({ type: 'dateline:activate', id: 'blinken-cbs-news' }, '*'),
    );
    await page.evaluate(() => {
      const target = document.querySelector<HTMLIFrameElement>('#t')!.contentWindow!;
      for (const message of [
        { type: 'dateline:activate', id: { toString: null } },
        { type: 'dateline:activate', id: 'no spaces allowed' },
        { type: 'dateline:open', id: 42 },
        'pymxPYMxtxPYMxwidthxPYMxnot-a-number',
        undefined,
      ])
        target.postMessage(message, '*');
    });
    await page.waitForTimeout(300);
    expect(await current()).toBe(0);
    // The same step from the parent is believed: the check above was not vacuous.
    await page.evaluate(() =>
      document
        .querySelector<HTMLIFrameElement>('#t')!
        .contentWindow!.postMessage({ type: 'dateline:activate', id: 'blinken-cbs-news' }, '*'),
    );
    await expect.poll(current).toBe(1);
    await close();
  });

  it('follows the article as the reader scrolls, in order, without taking focus', async () => {
    const { page, frame, requests, watch, close } = await open(demoPage('demo-iframe', embed));
    await frame.locator('.marks button').first().waitFor();
    const { steps, expected } = await scrollThroughArticle(page, frame, 40);
    expect(steps).toEqual(expected);
    await expect(page.evaluate(() => document.activeElement === document.body)).resolves.toBe(true);
    // Nothing was asked of any host but the article's and the timeline's.
    const hosts = new Set(requests.map((u) => new URL(u).host));
    expect([...hosts].sort()).toEqual([new URL(host.origin).host, new URL(embed).host].sort());
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('works under Content-Security-Policy: default-src self, with no console errors', async () => {
    const { page, frame, watch, requests, close } = await open(article(SRC), { csp: true });
    await frame.locator('.marks button').first().waitFor();
    // The download starts from early-fetch.js, a file of its own (nothing inline), before the
    // reader's code has run; the reader takes that response: one request for the timeline.
    const data = requests.filter((u) => new URL(u).pathname === '/data/nato-china-2023.json');
    expect(data).toHaveLength(1);
    expect(requests.filter((u) => new URL(u).pathname === '/early-fetch.js')).toHaveLength(1);
    await expect(
      frame.evaluate(() => ({
        href: (window as unknown as { earlyHref?: string }).earlyHref,
        left: '__datelineEarly' in window,
      })),
    ).resolves.toEqual({ href: data[0], left: false });
    await frame.locator('.marks button[data-key="brussels-press-conference"]').click();
    await frame.locator('section.panel blockquote').first().waitFor();
    await expect.poll(() => mismatch(page, frame)).toBeLessThanOrEqual(2);
    // Styles applied (external stylesheet only): the chart has its border and marks their dots.
    const border = await frame.locator('.chart').evaluate((el) => getComputedStyle(el).borderStyle);
    expect(border).toBe('solid');
    expect(watch.errors).toEqual([]);
    // The policy was in force: an inline style attribute is refused.
    const refused = await frame.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<span style="color: rgb(255, 0, 0)">x</span>';
      document.body.append(probe);
      const color = getComputedStyle(probe.firstElementChild!).color;
      probe.remove();
      return color !== 'rgb(255, 0, 0)';
    });
    expect(refused).toBe(true);
    await close();
  });

  it('refuses a timeline from an origin the deployment did not allow', async () => {
    const foreign = `${host.origin}/timeline.json`;
    const { frame, requests, close } = await open(article(`src=${encodeURIComponent(foreign)}`));
    const alert = frame.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/not allowed/);
    expect(requests).not.toContain(foreign);
    await close();
  });
});
