/** The static page (no script) carries media with caption and credit, addresses resolved. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderStaticPage } from '../../../src/ssr/render-static';

const TEMPLATE = readFileSync('index.html', 'utf8');
const file = JSON.stringify({
  version: 1,
  title: 'With media',
  media: { src: 'img/cover.svg', alt: 'The summit hall', credit: 'Pool photo' },
  events: [
    {
      id: 'a',
      date: '2023-02-21',
      title: 'Press conference',
      media: {
        src: 'img/press.svg',
        alt: 'Stoltenberg at the lectern',
        caption: 'At NATO headquarters',
        credit: 'Kenzo Tribouillard/AFP via Getty Images',
        width: 1200,
        height: 800,
        srcset: [{ src: 'img/press-600.svg', width: 600 }],
      },
    },
    {
      id: 'b',
      date: '2023-02-22',
      title: 'Interview',
      media: { src: 'https://youtu.be/dQw4w9WgXcQ', alt: 'The interview', credit: 'ABC News' },
    },
  ],
});

describe('media on the static page', () => {
  it('renders each figure as HTML, its addresses relative to the timeline file', async () => {
    const result = await renderStaticPage(file, TEMPLATE, 'data/media.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const app = result.html.slice(result.html.indexOf('<div id="app"'));
    expect(app.match(/<figure class="media/g)).toHaveLength(3);
    const img = /<img [^>]*>/.exec(app.slice(app.indexOf('<li')))![0];
    expect(img).toContain('src="data/img/press.svg"');
    expect(img).toContain('srcset="data/img/press-600.svg 600w"');
    expect(img).toContain('width="1200"');
    expect(img).toContain('loading="lazy"');
    expect(app).toContain('src="data/img/cover.svg"');
    const captions = [...app.matchAll(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/g)].map(
      (m) => m[1],
    );
    const text = captions.join(' | ');
    expect(text).toContain('At NATO headquarters');
    expect(text).toContain('Kenzo Tribouillard/AFP via Getty Images');
    expect(text).toContain('Pool photo');
    expect(text).toContain('ABC News');
    // The video is a button until clicked: the static page names no YouTube address to load.
    expect(app).not.toContain('<iframe');
    expect(result.html).not.toMatch(/youtube-nocookie/);
  });
});
