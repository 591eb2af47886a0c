// oEmbed discovery as a CMS does it: read the timeline page, follow its
// <link type="application/json+oembed">, and paste the `html` it gives into an article.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, watchPage } from '../support/chromium';

const base = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('oEmbed', () => {
  it('is discoverable from the timeline’s page, and its html embeds the timeline', async () => {
    const page = await (await fetch(`${base}/nato-china-2023.html`)).text();
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page);
    expect(link).not.toBeNull();
    const response = await fetch(new URL(link![1]!, `${base}/nato-china-2023.html`));
    expect(response.headers.get('content-type')).toMatch(/json/);
    const oembed = (await response.json()) as { type: string; html: string; height: number };
    expect(oembed.type).toBe('rich');

    // The build's addresses are root-relative (no DATELINE_PUBLIC_URL): an article on the same
    // site pastes the html as it is.
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    await context.route(`${base}/oembed-article.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Post</title></head><body>${oembed.html}</body></html>`,
      }),
    );
    const tab = await context.newPage();
    const watch = watchPage(tab);
    await tab.goto(`${base}/oembed-article.html`);
    const frame = tab.frameLocator('iframe');
    await frame.locator('.marks button, .event-list').first().waitFor();
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
