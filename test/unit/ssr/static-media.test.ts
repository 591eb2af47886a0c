/**
 * The static page (no script) carries media with caption and credit, addresses resolved; media
 * on another host show as text (nothing else would keep the page from asking that host).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderStaticPage } from '../../../src/ssr/render-static';
import { staticMedia } from '../../../src/ssr/static-media';
import { validateTimeline } from '../../../src/validate/validate';
import type { EventInput, MediaInput } from '../../../src/format/types';

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

describe('staticMedia: another host’s media on a page rendered ahead of time', () => {
  const event = (id: string, media: MediaInput) => ({ id, date: '2023', title: id, media });
  const timeline = (...events: EventInput[]) => {
    const checked = validateTimeline({ version: 1, title: 'T', events });
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    return checked.timeline;
  };
  const refusedOf = (t: ReturnType<typeof timeline>) =>
    Object.fromEntries(t.events.map((e) => [e.id, e.media?.refused ?? null]));

  it.each([
    ['relative to the file', 'img/a.jpg', [], null],
    ['from the site’s root', '/img/a.jpg', [], null],
    ['on another host', 'https://images.example.com/a.jpg', [], 'https://images.example.com'],
    [
      'on the site’s own host, when known',
      'https://news.example.org/a.jpg',
      ['https://news.example.org'],
      null,
    ],
    ['a YouTube link (a button until clicked)', 'https://youtu.be/dQw4w9WgXcQ', [], null],
  ])('%s: %s', (_, src, origins, refused) => {
    const out = staticMedia(timeline(event('e', { src, alt: 'A' })), 'data/x.json', origins);
    expect(refusedOf(out)).toEqual({ e: refused });
  });

  it('refuses a picture whose other sizes or caption files are on another host', () => {
    const out = staticMedia(
      timeline(
        event('s', {
          src: 'img/a.jpg',
          alt: 'A',
          srcset: [{ src: 'https://cdn.example.net/a-600.jpg', width: 600 }],
        }),
        event('t', {
          src: 'clip.mp4',
          alt: 'A',
          tracks: [{ src: 'https://cdn.example.net/a.vtt', srclang: 'en', label: 'English' }],
        }),
      ),
      'data/x.json',
    );
    expect(refusedOf(out)).toEqual({ s: 'https://cdn.example.net', t: 'https://cdn.example.net' });
    expect(out.events[0]!.media!.src).toBe('data/img/a.jpg');
  });

  it('leaves a timeline without media as it is', () => {
    const plain = timeline({ id: 'e', date: '2023', title: 'E' });
    expect(staticMedia(plain, 'data/x.json')).toBe(plain);
  });

  it('renders a refused picture as its text, with no <img> for it', async () => {
    const text = JSON.stringify({
      version: 1,
      title: 'T',
      events: [
        event('e', {
          src: 'https://images.example.com/a.jpg',
          alt: 'The hall',
          caption: 'A caption',
          credit: 'A credit',
        }),
      ],
    });
    const result = await renderStaticPage(text, TEMPLATE, 'data/x.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.html).not.toContain('images.example.com');
    expect(result.html).toMatch(/Image not available:<\/span> <bdi>The hall<\/bdi>/);
    expect(result.html).toContain('A credit');
  });
});

describe('the media figure’s stylesheet on the static page', () => {
  it('is linked when the timeline has media (no script loads the figure’s chunk), else not', async () => {
    const styles = ['assets/MediaFigure-x.css'];
    const withMedia = await renderStaticPage(file, TEMPLATE, 'data/media.json', null, { styles });
    if (!withMedia.ok) throw new Error('invalid');
    const head = withMedia.html.slice(0, withMedia.html.indexOf('</head>'));
    expect(head).toContain('<link rel="stylesheet" href="./assets/MediaFigure-x.css" />');
    const plain = JSON.stringify({
      version: 1,
      title: 'Plain',
      events: [{ id: 'a', date: '2023', title: 'A' }],
    });
    const without = await renderStaticPage(plain, TEMPLATE, 'data/plain.json', null, { styles });
    if (!without.ok) throw new Error('invalid');
    expect(without.html).not.toContain('MediaFigure');
  });
});
