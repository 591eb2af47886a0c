import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { watchPage } from './chromium';

/** Opens a page of the built app; `routes` serve extra files by path suffix. */
export async function openApp(
  browser: Browser,
  path: string,
  options: BrowserContextOptions & { routes?: Record<string, string> } = {},
) {
  const { routes = {}, ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...contextOptions,
  });
  const page = await context.newPage();
  const watch = watchPage(page);
  for (const [suffix, body] of Object.entries(routes)) {
    await page.route(`**/${suffix}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  }
  await page.goto(inject('baseURL') + path);
  return { page, watch, close: () => context.close() };
}

/** Runs axe-core in the page with the WCAG 2.2 AA tag set and returns the violations. */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; nodes: number; help: string }[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; nodes: unknown[]; help: string }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, help: v.help }));
  });
}

export const tickLabels = (page: Page) => page.locator('svg.axis text.tick').allTextContents();

/** Each tick as "label@x": changes when the axis pans, even if the same labels stay in view. */
export const tickPositions = (page: Page) =>
  page
    .locator('svg.axis text.tick')
    .evaluateAll((ticks) => ticks.map((t) => `${t.textContent}@${t.getAttribute('x')}`));
