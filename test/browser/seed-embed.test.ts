// The prerendered embed page (issue 14 §1): dist/embed/<name>.html carries its timeline inline
// and the reader's first view as HTML, hydrated by a deferred script. It must paint its marks
// with no script, keep those very nodes when the script runs, hold under the page's own
// `default-src 'self'`, read without JavaScript, and work framed as WordPress frames an
// unknown provider: `sandbox="allow-scripts"` (an opaque origin) on another host.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, watchPage } from '../support/chromium';
import { axeViolations } from '../support/pages';
import { embedOrigin, startHost, type Host } from './embed-host';
import type { TimelineInput } from '../../src/format/types';

const seed = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const inTime = [...seed.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
const quotes = seed.events.flatMap((e) => (e.quotes ?? []).map((q) => q.text));
const PATH = '/embed/nato-china-2023.html';
const quoted = inTime.filter((e) => e.quotes?.length)[1]!;
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

/** Runs before any of the page's scripts: records CSP violations, and tags the first mark the
 * parser makes so a test can tell whether hydration kept it or drew another. */
function watchDocument(): void {
  const w = window as unknown as {
    violations: string[];
    firstMark: Element | null;
    parsed: Set<Element>;
  };
  w.violations = [];
  w.firstMark = null;
  w.parsed = new Set();
  // Every element of the reader as parsed: the script hydrates after the first paint, which
  // comes after the document is parsed.
  document.addEventListener('DOMContentLoaded', () => {
    for (const el of document.querySelectorAll('#dateline *')) w.parsed.add(el);
  });
  document.addEventListener('securitypolicyviolation', (e) =>
    w.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
  );
  new MutationObserver((_, observer) => {
    const mark = document.querySelector('.marks button');
    if (!mark) return;
    mark.setAttribute('data-parsed', '');
    w.firstMark = mark;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

async function open(path: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  await context.addInitScript(watchDocument);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(inject('baseURL') + path);
  return { page, watch, close: () => context.close() };
}

const live = (page: Page) => page.locator('html.dateline-live').waitFor({ state: 'attached' });
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('the prerendered embed page', () => {
  it('is the reader as HTML before any script, with the timeline inline and no fetch', async () => {
    const html = await (await fetch(inject('baseURL') + PATH)).text();
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'"`,
    );
    expect(html.match(/<button[^>]*data-key=/g)?.length).toBe(seed.events.length);
    expect(html).toMatch(/<script defer src="seed\.js"><\/script>/);
    // No inline style the policy would refuse, and no executable inline script.
    expect(html).not.toMatch(/<[^>]+\sstyle="/);
    expect(html.match(/<script(?![^>]*(type="application\/json"|src=))/g)).toBeNull();
    const data =
      /<script type="application\/json" id="dateline-timeline"[^>]*>([^<]*)<\/script>/.exec(html);
    expect(JSON.parse(data![1]!)).toEqual(seed);
  });

  it('hydrates the marks it was served with: the same nodes, no second drawing, no fetch', async () => {
    const { page, watch, close } = await open(PATH);
    await live(page);
    const same = await page.evaluate(() => {
      const w = window as unknown as { firstMark: Element | null };
      return !!w.firstMark?.isConnected && w.firstMark === document.querySelector('.marks button');
    });
    expect(same).toBe(true);
    await expect(page.locator('[data-parsed]').count()).resolves.toBe(1);
    // Not only that one: every mark, the axis, the title and the title card are the nodes parsed.
    const kept = await page.evaluate(() => {
      const { parsed } = window as unknown as { parsed: Set<Element> };
      const first = document.querySelectorAll('.marks button, svg.axis, h1, .title-card');
      return { all: first.length, kept: [...first].filter((el) => parsed.has(el)).length };
    });
    expect(kept.all).toBe(seed.events.length + 3);
    expect(kept.kept).toBe(kept.all);
    // Live: a mark opens its event and its quotes.
    const first = inTime[0]!;
    await page.locator(`.marks button[data-key="${first.id}"]`).click();
    await expect(page.locator('section.panel h2').textContent()).resolves.toBe(first.title);
    await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${first.id}`);
    // The static reading was for readers without the script.
    await expect(page.locator('#dateline-static').count()).resolves.toBe(0);
    expect(watch.requests.filter((r) => r.endsWith('.json'))).toEqual([]);
    expect(watch.requests.every((r) => r.startsWith(inject('baseURL')))).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('lays the reader out again for a narrow box, and takes the address’s parameters', async () => {
    const { page, watch, close } = await open(`${PATH}?theme=dark#${quoted.id}`, {
      viewport: { width: 390, height: 800 },
    });
    await live(page);
    await page.locator('.event-list').first().waitFor();
    await expect(page.locator('.marks button').count()).resolves.toBe(0);
    await expect(page.locator('.frame').getAttribute('data-theme')).resolves.toBe('dark');
    await expect
      .poll(() => page.locator(`li[data-event-id="${quoted.id}"] blockquote`).count())
      .toBe(quoted.quotes!.length);
    expect(await violations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it.each([390, 1280])(
    'reads without JavaScript at %i px: every event and quote',
    async (width) => {
      const { page, close } = await open(PATH, {
        javaScriptEnabled: false,
        viewport: { width, height: 800 },
      });
      const reading = page.locator('#dateline-static');
      await expect(reading.locator('ol.event-list > li').count()).resolves.toBe(seed.events.length);
      const shown = (await reading.locator('blockquote').allTextContents()).map((t) => t.trim());
      expect(shown.sort()).toEqual([...quotes].sort());
      await expect(reading.isVisible()).resolves.toBe(true);
      // The drawn reader shows where it fits; in a narrow box the static reading stands alone.
      await expect(page.locator('#dateline').isVisible()).resolves.toBe(width > 736);
      await close();
    },
  );

  it.each([
    [390, 'light'],
    [390, 'dark'],
    [1280, 'light'],
    [1280, 'dark'],
  ] as const)('has no axe violations at %i px, %s', async (width, scheme) => {
    // axe goes in as an inline script, which the page's policy refuses: the CSP holds in the
    // other tests, here it is bypassed.
    const { page, close } = await open(`${PATH}?theme=${scheme}`, {
      viewport: { width, height: 800 },
      colorScheme: scheme,
      bypassCSP: true,
    });
    await live(page);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it.each([
    [390, 'light'],
    [390, 'dark'],
    [1280, 'light'],
    [1280, 'dark'],
  ] as const)(
    'has no axe violations as served, without its script, at %i px, %s',
    async (width, scheme) => {
      // What a reader without JavaScript gets; axe itself needs script, so the page's is refused.
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        colorScheme: scheme,
        bypassCSP: true,
      });
      await context.route('**/embed/seed.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(inject('baseURL') + PATH);
      await expect(page.locator('html.dateline-live').count()).resolves.toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );
});

describe('the prerendered embed in a sandboxed iframe on another host', () => {
  const embed = embedOrigin(inject('baseURL'));
  const article = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Post</title></head><body style="margin:0">
<script>
window.heights = [];
addEventListener('message', (e) => {
  const frame = document.querySelector('iframe');
  if (e.source !== frame.contentWindow) return;
  window.heights.push({ origin: e.origin, data: e.data });
});
</script>
<iframe sandbox="allow-scripts" title="Timeline" src="${embed}${PATH}"
  style="display:block;width:100%;border:0" height="600"></iframe>
<p>After the timeline.</p></body></html>`;

  it('renders, sizes itself and answers the keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(host.page('/sandboxed.html', article));
    const frame = page.frameLocator('iframe');
    await frame.locator('.marks button').first().waitFor();
    // An opaque origin: the frame cannot read its own origin's storage, and says "null".
    const frameOrigin = await frame.locator('body').evaluate(() => self.origin);
    expect(frameOrigin).toBe('null');
    await frame.locator('html.dateline-live').waitFor({ state: 'attached' });
    // Its height messages reach the host, from origin "null", with the box's height.
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { heights: { origin: string; data: unknown }[] }).heights.filter(
            (m) => typeof m.data === 'object' && m.data !== null && 'height' in m.data,
          ),
        ),
      )
      .toContainEqual({ origin: 'null', data: expect.objectContaining({ height: 600 }) });
    // The keyboard: into the marks, → to the next event, Enter opens it with its quotes.
    await frame.locator(`.marks button[data-key="${inTime[0]!.id}"]`).focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() =>
        frame.locator('.marks').evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return el.dataset.cursor ?? el.dataset.key;
        }),
      )
      .toBe(inTime[1]!.id);
    await page.keyboard.press('Enter');
    const panel = frame.locator('section.panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe(inTime[1]!.title);
    await expect(panel.locator('blockquote').count()).resolves.toBe(inTime[1]!.quotes?.length ?? 0);
    expect(watch.requests.every((r) => r.startsWith(host.origin) || r.startsWith(embed))).toBe(
      true,
    );
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
