// The iframe embed framed as WordPress frames an oEmbed: the address carries `#?secret=…`, the
// iframe the same `data-secret`, and the host's wp-embed.js believes only messages with it.
// The host below does what wp-embed.js does with them: find the iframe by its secret, clamp the
// height to 200–1000 px, and follow links to the embed's own host.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchPage } from '../support/chromium';
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

const WP_EMBED = `<script>
window.seen = [];
addEventListener('message', (e) => {
  const data = e.data;
  window.seen.push(data);
  if (!data || !(data.secret || data.message || data.value)) return;
  if (/[^a-zA-Z0-9]/.test(data.secret)) return;
  for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
    if (frame.contentWindow !== e.source) continue;
    if (data.message === 'height') {
      frame.height = Math.min(1000, Math.max(200, data.value));
    }
    if (data.message === 'link') {
      const source = new URL(frame.src), target = new URL(data.value);
      if (target.host === source.host) window.followed = data.value;
    }
  }
});
</script>`;

function article(hash: string, secret: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Post</title></head><body style="margin:0">${WP_EMBED}
<iframe class="wp-embedded-content" data-secret="${secret}" title="Timeline"
  src="${embed}/embed.html?src=data/nato-china-2023.json${hash}"
  style="display:block;width:100%;border:0" height="300"></iframe>
<p>After the timeline.</p></body></html>`;
}

async function open(html: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(host.page(`/wp-${Math.random().toString(36).slice(2)}.html`, html));
  const frame = (await page.locator('iframe').elementHandle())!.contentFrame();
  await (await frame)!.locator('.frame').waitFor();
  return {
    page,
    close: async () => {
      expect(watch.errors).toEqual([]);
      await context.close();
    },
  };
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
const wpMessages = async (page: Page) =>
  (await seen(page)).filter((m) => typeof m === 'object' && m !== null && 'secret' in m);

describe('iframe embed under WordPress', () => {
  it('sizes itself through wp-embed’s height message, with the secret', async () => {
    const { page, close } = await open(article('#?secret=Ab12cD34', 'Ab12cD34'));
    const frame = page.frameLocator('iframe');
    await frame.locator('.frame').waitFor();
    const content = () =>
      frame.locator('.frame').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const iframe = () =>
      page.locator('iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height));
    // The host clamps to 200–1000 px, as wp-embed.js does.
    await expect
      .poll(async () => Math.abs((await iframe()) - Math.min(1000, Math.max(200, await content()))))
      .toBeLessThanOrEqual(2);
    const messages = await wpMessages(page);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => (m as { secret: string }).secret === 'Ab12cD34')).toBe(true);
    // The secret is no event id: the reader shows no "unknown event" notice.
    await expect.poll(() => frame.locator('.notice').count()).toBe(0);

    // wp-embed.js's "ready" is answered with the height again.
    await page.evaluate(() => ((window as unknown as { seen: unknown[] }).seen = []));
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ message: 'ready', secret: 'Ab12cD34' }, '*'),
    );
    await expect
      .poll(() => wpMessages(page))
      .toContainEqual(expect.objectContaining({ message: 'height', secret: 'Ab12cD34' }));

    // A link to the embed's own host is the host's to follow (its sandbox may block ours).
    const target = `${embed}/index.html?src=data/nato-china-2023.json`;
    await frame.locator('.frame').evaluate((el, href) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = 'Open the full timeline';
      a.id = 'full';
      el.append(a);
    }, target);
    await frame.locator('#full').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { followed?: string }).followed))
      .toBe(target);
    // …and the iframe itself did not navigate away.
    await expect.poll(() => frame.locator('.frame').count()).toBe(1);
    await close();
  });

  it('sends nothing in WordPress’s words without a secret', async () => {
    const { page, close } = await open(article('', 'Ab12cD34'));
    await expect.poll(async () => (await seen(page)).length).toBeGreaterThan(0);
    expect(await wpMessages(page)).toEqual([]);
    // Nor does a wrong secret get an answer.
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ message: 'ready', secret: 'Ab12cD34' }, '*'),
    );
    await page.waitForTimeout(200);
    expect(await wpMessages(page)).toEqual([]);
    await close();
  });
});
