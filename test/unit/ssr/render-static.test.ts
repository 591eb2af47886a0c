import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderStaticPage } from '../../../src/ssr/render-static';
import { withEarlyFetchScript } from '../../../src/build/early-fetch-script';

// index.html as the build leaves it, with the early-fetch script in place.
const TEMPLATE = withEarlyFetchScript(readFileSync('index.html', 'utf8'));

const timeline = (title: string, quote: string) =>
  JSON.stringify({
    version: 1,
    title,
    people: { someone: { name: 'Someone' } },
    events: [
      {
        id: 'a',
        date: '2023-02-21',
        title: 'Press conference',
        quotes: [{ text: quote, by: 'someone' }],
      },
    ],
  });

describe('the page rendered at build time', () => {
  it('names its timeline in a preload link above the early-fetch script', async () => {
    const result = await renderStaticPage(timeline('War', 'Words.'), TEMPLATE, 'data/war.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { html } = result;
    const link = html.indexOf('<link rel="preload" as="fetch" href="data/war.json"');
    expect(link).toBeGreaterThan(-1);
    expect(link).toBeLessThan(html.indexOf('window.__datelineEarly'));
    expect(html).toContain('<div id="app" data-src="data/war.json">');
  });

  it('keeps "$&" and "$\'" in titles and quotes as text, not replacement patterns', async () => {
    const result = await renderStaticPage(
      timeline("Costs: $& and $' and $`", "It cost $' and $& and $$ and $1."),
      TEMPLATE,
      'data/x.json',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.html).toContain('<title>Costs: $&#38; and $&#39; and $`</title>');
    expect(result.html).toContain("It cost $' and $&amp; and $$ and $1.");
    // One page, not a page with pieces of itself pasted in.
    expect(result.html.match(/<html/g)).toHaveLength(1);
  });
});

describe('the static page with history (issue 12)', () => {
  it('carries periods as section headers and BC, deep-time and approximate dates', async () => {
    const text = JSON.stringify({
      version: 1,
      title: 'Deep',
      periods: [
        { id: 'rome', label: 'The Roman Republic', date: '-0508', end: '-0026' },
        { id: 'later', label: 'Afterwards', date: '2000', end: '2001' },
      ],
      events: [
        { id: 'earth', date: '-4600000000', title: 'The Earth forms' },
        { id: 'ides', date: '-0043-03-15', title: 'Caesar is killed' },
        { id: 'vesuvius', date: '0079', approximate: true, title: 'Vesuvius erupts' },
      ],
    });
    const result = await renderStaticPage(text, TEMPLATE, 'data/deep.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { html } = result;
    expect(html).toContain('4.6 billion years ago');
    expect(html).toContain('Mar 15, 44 BC');
    expect(html).toMatch(/c\. 79<\/span><span class="visually-hidden[^"]*">about 79/);
    // The Republic's header comes before Caesar, after the Earth; the later one closes the list.
    const at = (s: string) => html.indexOf(s);
    expect(at('The Earth forms')).toBeLessThan(at('The Roman Republic'));
    expect(at('The Roman Republic')).toBeLessThan(at('Caesar is killed'));
    expect(at('509 BC – 27 BC')).toBeGreaterThan(-1);
    expect(at('Afterwards')).toBeGreaterThan(at('Vesuvius erupts'));
  });
});
