import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { filesOf, pageReferences } from '../../../src/build/kit-files';

const chunk = (imports: string[], dynamicImports: string[] = [], css: string[] = []) =>
  ({
    type: 'chunk',
    imports,
    dynamicImports,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set<string>() },
  }) as unknown as Rollup.OutputChunk;
const asset = (source: string) => ({ type: 'asset', source }) as unknown as Rollup.OutputAsset;

describe('pageReferences', () => {
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
