// A same-origin address that redirects to another origin (an open redirect on the newsroom's
// host) must not load a foreign timeline: the origin rule holds for where the file came from,
// not only for the address asked for (issue 16, finding 1). The preview server answers
// `/redir?to=…` with a 302 (test/support/preview-server.ts); `localhost` and `127.0.0.1` are
// two origins of the same server, and its CORS lets either read the other.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, watchPage } from '../support/chromium';
import { embedOrigin, startHost, type Host } from './embed-host';

const base = inject('baseURL');
const embed = embedOrigin(base);
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

const via = (origin: string, target: string) => `${origin}/redir?to=${encodeURIComponent(target)}`;

describe('a redirect to another origin', () => {
  it.each(['/', '/embed.html'])('%s refuses it, early fetch or not', async (path) => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    const foreign = `${embed}/data/nato-china-2023.json`;
    const src = `/redir?to=${encodeURIComponent(foreign)}`;
    await page.goto(`${base}${path}?src=${encodeURIComponent(src)}`);
    // Whichever comes first: the refusal, or (before the fix) the foreign timeline's marks.
    await page.locator('[role="alert"], .marks button').first().waitFor();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(/not allowed/);
    await expect(alert.textContent()).resolves.toContain(new URL(embed).origin);
    await expect(page.locator('.marks button').count()).resolves.toBe(0);
    expect(watch.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });

  it('still follows a redirect within the origin', async () => {
    const page = await browser.newPage();
    const src = `/redir?to=${encodeURIComponent('/data/nato-china-2023.json')}`;
    await page.goto(`${base}/?src=${encodeURIComponent(src)}`);
    await page.locator('.marks button').first().waitFor();
    await page.close();
  });

  it('the element refuses it too', async () => {
    // The script (and so the trusted origin) is the embed's; the redirect goes to 127.0.0.1 on
    // the preview port, which is neither the article's origin nor the script's.
    const page = await browser.newPage();
    const target = `${base}/any-origin.json`;
    await page.goto(
      host.page(
        '/redirect.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A</title>
        <script src="${embed}/embed/dateline-timeline.js" defer></script></head>
        <body><dateline-timeline id="a" src="${via(embed, target)}"></dateline-timeline></body></html>`,
      ),
    );
    const timeline = page.locator('dateline-timeline#a');
    await timeline.locator('[role="alert"], .marks button').first().waitFor();
    const alert = timeline.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(/not allowed/);
    await expect(alert.textContent()).resolves.toContain(base);
    await expect(page.locator('dateline-timeline#a .marks button').count()).resolves.toBe(0);
    await page.close();
  });
});
