import { describe, expect, it } from 'vitest';
import { relocatePage } from '../../../src/build/relocate-page';

const page = (src: string) => `<script type="module" src="${src}"></script>`;

describe('relocatePage', () => {
  it.each([
    // Vite's addresses, relative to the page's place in the sources, follow the page.
    ['../../assets/a.js', 'src/pages/embed.html', 'embed.html', './assets/a.js'],
    ['../../assets/a.js', 'src/pages/embed.html', 'x/embed.html', '../assets/a.js'],
    ['./assets/a.js', 'index.html', 'embed/index.html', '../assets/a.js'],
    ['../x.css', 'src/pages/a.html', 'a.html', './src/x.css'],
    // The page's own addresses are written for where it is served: left alone.
    ['embed/parent.js', 'src/pages/demo.html', 'demo.html', 'embed/parent.js'],
    ['data:,', 'src/pages/demo.html', 'demo.html', 'data:,'],
    ['/abs.js', 'src/pages/demo.html', 'demo.html', '/abs.js'],
    ['https://cdn.example/x.js', 'src/pages/demo.html', 'demo.html', 'https://cdn.example/x.js'],
  ])('%s in %s moved to %s → %s', (src, from, to, out) => {
    expect(relocatePage(page(src), from, to)).toBe(page(out));
  });

  it('rewrites every src and href of the page, and nothing else', () => {
    const html =
      '<link rel="stylesheet" href="../../assets/e.css"><p>see ../../assets/e.css</p>' +
      '<link rel="modulepreload" crossorigin href="../../assets/s.js">';
    expect(relocatePage(html, 'src/pages/embed.html', 'embed.html')).toBe(
      '<link rel="stylesheet" href="./assets/e.css"><p>see ../../assets/e.css</p>' +
        '<link rel="modulepreload" crossorigin href="./assets/s.js">',
    );
  });
});
