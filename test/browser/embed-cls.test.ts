// Zero layout shift in the host article (issue 14, §2): the README's snippets, pasted near the
// top of an article on another origin, must not move the article while the graphic loads. The
// host's CLS is measured as Chrome reports it to the page: `layout-shift` entries without
// `hadRecentInput`, from navigation to 3 s after load.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { generateTimelineInput } from '../support/generate-input';
import { embedOrigin, startHost, type Host } from './embed-host';

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

/** The first `html` code block after `heading` in the README, as a newsroom would copy it. */
function readmeSnippet(heading: string): string {
  const readme = readFileSync('README.md', 'utf8');
  const from = readme.indexOf(`\n${heading}\n`);
  if (from < 0) throw new Error(`README has no "${heading}"`);
  const block = /```html\n([\s\S]*?)```/.exec(readme.slice(from));
  if (!block) throw new Error(`README has no html snippet under "${heading}"`);
  return block[1]!.replaceAll('https://timelines.example.org', embed);
}

/** An article with the graphic near the top and enough text below it to fill two screens. */
function article(snippet: string): string {
  const paragraph =
    '<p>NATO and the United States warned China against arming Russia, while Beijing said it ' +
    'would keep talking to both sides; diplomats in Brussels and Munich weighed the claims.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Article</title><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;font:18px/1.5 Georgia,serif}main{max-width:1100px;margin:0 auto;padding:0 12px}</style>
</head><body><main><h1>Warnings to Beijing</h1><p>By a reporter, in Brussels.</p>
${snippet}
${paragraph.repeat(30)}</main></body></html>`;
}

/** Sums the page's unexpected layout shifts, from navigation on (buffered entries included). */
function recordShifts(): void {
  const w = window as unknown as { cls: number; shifts: unknown[] };
  w.cls = 0;
  w.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (entry.hadRecentInput) continue;
      w.cls += entry.value;
      w.shifts.push({ at: Math.round(entry.startTime), value: entry.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Timelines besides the seed, served at the embed's origin as `data/<name>.json`. */
const GENERATED: Record<string, string> = {
  'gen-3': JSON.stringify(generateTimelineInput(3, 5)),
  'gen-150': JSON.stringify(generateTimelineInput(150, 7)),
};

async function newContext(width: number) {
  const context = await browser.newContext({ viewport: { width, height: 844 } });
  for (const [name, body] of Object.entries(GENERATED)) {
    await context.route(`${embed}/data/${name}.json`, (route) =>
      route.fulfill({
        body,
        headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
      }),
    );
  }
  return context;
}

async function hostCls(snippet: string, width: number) {
  const context = await newContext(width);
  await context.addInitScript(recordShifts);
  const page = await context.newPage();
  await page.goto(host.page(`/cls-${Math.random().toString(36).slice(2)}.html`, article(snippet)), {
    waitUntil: 'load',
  });
  await page.waitForTimeout(3000);
  const result = await page.evaluate(() => {
    const w = window as unknown as { cls: number; shifts: unknown[] };
    const graphic = document.querySelector('iframe, dateline-timeline')!;
    return { cls: w.cls, shifts: w.shifts, height: graphic.getBoundingClientRect().height };
  });
  // The graphic did load and draw: a CLS of 0 from a blank box would prove nothing.
  const drawn = snippet.includes('<iframe')
    ? page.frameLocator('iframe[data-dateline]').locator('.reader')
    : page.locator('dateline-timeline .reader');
  const readers = await drawn.count();
  await context.close();
  return { ...result, readers };
}

const KINDS = [
  ['iframe', '### iframe (any CMS, any Content-Security-Policy)'],
  ['element', '### Custom element'],
] as const;

describe('host article CLS with the README snippets', () => {
  for (const [kind, heading] of KINDS) {
    it.each([390, 1280])(`${kind} at %i px: 0.00`, async (width) => {
      const { cls, shifts, height, readers } = await hostCls(readmeSnippet(heading), width);
      console.log(`CLS ${kind} @${width}px: ${cls.toFixed(4)} (height ${height}px)`, shifts);
      expect(readers).toBe(1);
      expect(height).toBeGreaterThan(300);
      expect(cls).toBeLessThanOrEqual(0.001);
    });
  }
});

/**
 * Opens `snippet` in an article at `width`, then an event in it, and checks both times that the
 * box is `height` px tall and the reader fills it exactly, nothing scrolling but its parts.
 */
async function checkFit(
  kind: 'iframe' | 'element',
  snippet: string,
  width: number,
  height: number,
) {
  const context = await newContext(width);
  const page = await context.newPage();
  await page.goto(host.page(`/fit-${Math.random().toString(36).slice(2)}.html`, article(snippet)));
  const box = page.locator(kind === 'iframe' ? 'iframe[data-dateline]' : 'dateline-timeline');
  const inside =
    kind === 'iframe'
      ? page.frameLocator('iframe[data-dateline]').locator('.reader')
      : page.locator('dateline-timeline .reader');
  const opener = inside.locator(width < 720 ? 'button.row' : '.marks button').first();
  await opener.waitFor();
  const measure = async () => ({
    height: await box.evaluate((el) => el.getBoundingClientRect().height),
    ...(await inside.evaluate((reader) => {
      const root = reader.getRootNode() as Document | ShadowRoot;
      const shell = root.querySelector('.reader-shell')!;
      return {
        overflow: Math.max(
          shell.scrollHeight - shell.clientHeight,
          reader.scrollHeight - reader.clientHeight,
        ),
        gap: Math.abs(shell.getBoundingClientRect().bottom - reader.getBoundingClientRect().bottom),
      };
    })),
  });
  const before = await measure();
  await opener.click();
  await inside.locator('section.panel').first().waitFor();
  await page.waitForTimeout(300);
  const after = await measure();
  for (const m of [before, after]) {
    expect(m.height).toBe(height);
    expect(m.overflow).toBeLessThanOrEqual(1);
    expect(m.gap).toBeLessThanOrEqual(1);
  }
  await context.close();
}

describe('the compact reader fills exactly the box the snippet reserved', () => {
  for (const [kind, heading] of KINDS) {
    for (const name of ['nato-china-2023', 'gen-3', 'gen-150']) {
      it.each([390, 1280])(
        `${kind}, ${name}, at %i px, before and after opening an event`,
        (width) =>
          checkFit(kind, readmeSnippet(heading).replace('nato-china-2023', name), width, 600),
      );
    }
  }

  it('keeps another height the snippet asks for (iframe `height`, element style)', async () => {
    const iframe = readmeSnippet(KINDS[0][1])
      .replace('height:600px', 'height:420px')
      .replace('&event=', '&height=420&event=');
    const element = readmeSnippet(KINDS[1][1]).replace('height:600px', 'height:420px');
    for (const width of [390, 1280]) {
      await checkFit('iframe', iframe, width, 420);
      await checkFit('element', element, width, 420);
      expect((await hostCls(iframe, width)).cls).toBeLessThanOrEqual(0.001);
    }
  });
});
