import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSeedPage, SEED_CSP } from '../../../src/ssr/render-seed';

const PAGE = {
  src: '../data/x.json',
  styles: ['seed.css'],
  script: 'seed.js',
  icon: 'icon.svg',
  pageStyles: 'x.css',
  oembed: '../oembed/x.json',
};
// The validator refuses HTML tags in text, but not this: in a page, `</script/` ends a script
// element all the same.
const HOSTILE = 'Costs </script/ a<b $& style="x"';

const timeline = (title: string) =>
  JSON.stringify({
    version: 1,
    title,
    people: { someone: { name: 'Someone' } },
    events: [
      {
        id: 'a',
        date: '2023-02-21',
        title: `Press conference ${title}`,
        quotes: [{ text: HOSTILE, by: 'someone' }],
      },
      { id: 'b', date: '2023-03-01', title: 'Later' },
    ],
  });

async function page(text: string) {
  const result = await renderSeedPage({ text, ...PAGE });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('the prerendered embed page', () => {
  it('carries the timeline inline, unbroken by a hostile title or quote', async () => {
    const text = timeline(HOSTILE);
    const { html } = await page(text);
    const data =
      /<script type="application\/json" id="dateline-timeline"[^>]*>([\s\S]*?)<\/script>/.exec(
        html,
      );
    expect(JSON.parse(data![1]!)).toEqual(JSON.parse(text));
    // Only the page's own script tags: the deferred script and the data block.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).toContain('<title>Costs &#60;/script/ a&#60;b $&#38; style=&#34;x&#34;</title>');
    expect(html.indexOf('</script/')).toBe(-1);
  });

  it('is the reader drawn, marks and all, with the static reading under it', async () => {
    const { html } = await page(timeline('War'));
    const frame = html.slice(
      html.indexOf('<div id="dateline">'),
      html.indexOf('<div id="dateline-static">'),
    );
    expect(frame.match(/<button[^>]*data-key="[ab]"/g)).toHaveLength(2);
    expect(frame).toContain('class="reader');
    const reading = html.slice(html.indexOf('<div id="dateline-static">'));
    expect(reading.match(/<li[^>]*data-event-id=/g)).toHaveLength(2);
  });

  it('holds under its policy: no inline style, no inline script, styles in the page’s sheet', async () => {
    const { html, css } = await page(timeline('War'));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${SEED_CSP}" />`);
    expect(SEED_CSP).toBe("default-src 'self'");
    // The quote says style="x" as text; no tag carries a style attribute.
    expect(html).not.toMatch(/<[a-z][^>]*\sstyle="/);
    expect(css).toMatch(/\[data-s="\d+"\]\{height: 600px;\}/);
    expect(html).toMatch(/<link rel="stylesheet" href="x\.css" \/>/);
    expect(html).toContain('<script defer src="seed.js"></script>');
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="../oembed/x.json"',
    );
  });

  it('renders the seed timeline in its own language', async () => {
    const { html, title } = await page(readFileSync('data/nato-china-2023.json', 'utf8'));
    expect(title).toBe('NATO and the U.S. warn China against arming Russia');
    expect(html).toContain('<html lang="en-US">');
  });

  it('shows media as the page allows them: its own resolved against the file, others as text', async () => {
    const input = JSON.parse(timeline('War'));
    input.events[0].media = { src: 'img/press.svg', alt: 'The press room' };
    input.events[1].media = { src: 'https://example.org/x.jpg', alt: 'A foreign picture' };
    const { html } = await page(JSON.stringify(input));
    // The script resolves against the same address, so hydration finds the same markup.
    expect(html).toContain('id="dateline-timeline" data-src="../data/x.json"');
    expect(html).toContain('src="../data/img/press.svg"');
    expect(html).not.toMatch(/<img[^>]*example\.org/);
    expect(html).toContain('A foreign picture');
    // No inline handler (an onerror the policy would refuse) on any picture.
    expect(html).not.toMatch(/<img[^>]*\son[a-z]+=/);
  });

  it('refuses an invalid timeline with its problems', async () => {
    const result = await renderSeedPage({ text: '{"version":1,"events":[]}', ...PAGE });
    expect(result.ok).toBe(false);
  });
});
