import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { filesOf, mediaStyles, pageReferences } from '../../../src/build/kit-files';

const chunk = (imports: string[], dynamicImports: string[] = [], css: string[] = []) =>
  ({
    type: 'chunk',
    imports,
    dynamicImports,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set<string>() },
  }) as unknown as Rollup.OutputChunk;
const asset = (source: string) => ({ type: 'asset', source }) as unknown as Rollup.OutputAsset;

describe('pageReferences', () => {
  it('lists the files a page names relative to itself, as the build writes them', () => {
    expect(
      pageReferences(
        '<link rel="icon" href="data:," /><script defer src="early-fetch.js"></script>' +
          '<script type="module" src="./assets/e.js"></script><a href="#top"></a>' +
          '<link href="https://cdn.example/x.css"><link rel="stylesheet" href="./assets/e.css">' +
          '<a href="embed.html?src=data/x.json"></a><script src="../elsewhere.js"></script>',
      ),
    ).toEqual(['early-fetch.js', 'assets/e.js', 'assets/e.css', 'embed.html']);
  });
  it('lists the files a page names from the root, not data: or other hosts', () => {
    expect(
      pageReferences(
        '<link rel="icon" href="data:," /><script defer src="/early-fetch.js"></script>' +
          '<script type="module" src="/assets/e.js"></script><link href="//cdn.example/x.css">' +
          '<link rel="stylesheet" href="/assets/e.css">',
      ),
    ).toEqual(['early-fetch.js', 'assets/e.js', 'assets/e.css']);
  });
});

describe('filesOf', () => {
  it('follows static and dynamic imports and imported CSS, each file once', () => {
    const bundle = {
      'embed.html': asset('<script src="/assets/e.js"></script>'),
      'assets/e.js': chunk(['assets/shell.js'], ['assets/de.js'], ['assets/e.css']),
      'assets/shell.js': chunk([], ['assets/de.js']),
      'assets/de.js': chunk(['assets/shell.js']),
      'assets/e.css': asset('a{}'),
      'assets/unrelated.js': chunk([]),
    } as Rollup.OutputBundle;
    expect(filesOf('embed.html', bundle)).toEqual([
      'assets/de.js',
      'assets/e.css',
      'assets/e.js',
      'assets/shell.js',
      'embed.html',
    ]);
  });
  it('fails loudly when the page is not built', () => {
    expect(() => filesOf('embed.html', {})).toThrow(/not in the build/);
  });
});

describe('mediaStyles', () => {
  it('finds the stylesheets of the chunk that holds the media figure, and only those', () => {
    const withModules = (ids: string[], css: string[]) =>
      ({ ...chunk([], [], css), moduleIds: ids }) as Rollup.OutputChunk;
    const bundle = {
      'assets/main.js': withModules(['/p/src/main.ts'], ['assets/main.css']),
      'assets/MediaFigure-a.js': withModules(
        ['/p/src/components/media/MediaFigure.svelte', '/p/src/format/media-kind.ts'],
        ['assets/MediaFigure-a.css'],
      ),
      'assets/MediaFigureish.js': withModules(
        ['/p/src/components/media/MediaFigure.svelte.bak'],
        ['assets/other.css'],
      ),
      'assets/MediaFigure-a.css': asset('figure{}'),
    } as Rollup.OutputBundle;
    expect(mediaStyles(bundle)).toEqual(['assets/MediaFigure-a.css']);
    expect(mediaStyles({})).toEqual([]);
  });
});
