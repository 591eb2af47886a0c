// Zero layout shift in the host article (issue 14, §2): the README's snippets, pasted near the
// top of an article on another origin, must not move the article while the graphic loads. The
// host's CLS is measured as Chrome reports it to the page: `layout-shift` entries without
// `hadRecentInput`, from navigation to 3 s after load.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
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

async function hostCls(snippet: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 844 } });
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
