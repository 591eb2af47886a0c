import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, noteEarlyFetch, watchPage } from '../support/chromium';

const base = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, setup?: (page: Page) => Promise<unknown>) {
  const page = await browser.newPage();
  const watch = watchPage(page);
  await setup?.(page);
  await page.goto(base + path);
  return { page, watch };
}

describe('loading a timeline', () => {
  it('shows the seed timeline with its quotes by default', async () => {
    const { page, watch } = await open('/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/NATO/);
    // The panel is empty until an event is chosen.
    await expect(page.locator('section.panel blockquote').count()).resolves.toBe(0);
    // Opening the Brussels event shows Stoltenberg's quote verbatim with its attribution.
    await page
      .getByRole('button', { name: /Stoltenberg: NATO/ })
      .first()
      .click();
    const quote = page.locator('section.panel blockquote', { hasText: 'Putin must not win.' });
    await expect(quote.count()).resolves.toBe(1);
    await expect(
      page.locator('section.panel figcaption', { hasText: 'via The Hill' }).count(),
    ).resolves.toBe(1); // one attribution for four consecutive quotes (issue 11)
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('lists every problem of an invalid timeline with its path and line', async () => {
    const bad = JSON.stringify(
      {
        version: 1,
        title: 'Bad',
        events: [
          { id: 'a', date: '2023-02-30', title: 'x' },
          { id: 'a', date: '2023', title: '<script>alert(1)</script>' },
        ],
      },
      null,
      2,
    );
    const { page } = await open('/?src=bad.json', async (p) => {
      await p.route('**/bad.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: bad }),
      );
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('$.events[0].date');
    expect(text).toContain('$.events[1].id');
    expect(text).toContain('$.events[1].title');
    expect(text).toMatch(/line \d+, column \d+/);
    // The hostile title is shown as text, never run.
    await expect(page.locator('script', { hasText: 'alert(1)' }).count()).resolves.toBe(0);
    await page.close();
  });

  it.each([
    [
      'a 404',
      (p: Page) => p.route('**/missing.json', (r) => r.fulfill({ status: 404, body: 'nope' })),
      /not found/i,
      /404/,
    ],
    [
      'a network failure',
      (p: Page) => p.route('**/missing.json', (r) => r.abort('failed')),
      /could not be loaded/i,
      /network/i,
    ],
    [
      'a body that is not JSON',
      (p: Page) =>
        p.route('**/missing.json', (r) => r.fulfill({ status: 200, body: '<html>oops</html>' })),
      /problem/i,
      /line 1, column 1/,
    ],
  ])('explains %s instead of a blank page', async (_name, setup, heading, detail) => {
    const { page } = await open('/?src=missing.json', setup);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(heading);
    expect(text).toMatch(detail);
    await page.close();
  });

  it('downloads the timeline once, starting before the script has run', async () => {
    const { page, watch } = await open('/?src=data/nato-china-2023.json', (p) =>
      // Notes what index.html's inline script hands over.
      p.addInitScript(noteEarlyFetch),
    );
    await page.locator('.marks button').first().waitFor();
    const data = watch.requests.filter((u) => new URL(u).pathname === '/data/nato-china-2023.json');
    expect(data).toHaveLength(1);
    // That one request is the inline script's, started while the reader's code was loading:
    // the reader took its response instead of asking again.
    const early = await page.evaluate(() => ({
      href: (window as unknown as { earlyHref?: string }).earlyHref,
      left: '__datelineEarly' in window,
    }));
    expect(early).toEqual({ href: data[0], left: false });
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('refuses a timeline from another origin', async () => {
    const { page, watch } = await open('/?src=https://evil.example/t.json');
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/not allowed/);
    expect(watch.requests.map((u) => new URL(u).host)).not.toContain('evil.example');
    await page.close();
  });
});
