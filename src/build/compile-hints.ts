/**
 * Vite plugin: marks the scripts of the first load for eager compilation (V8's explicit compile
 * hints, Chrome 136+: the comment `//# allFunctionsCalledOnLoad` on a file's first line).
 *
 * Almost every function in those scripts runs before the first paint — Svelte's runtime, the
 * components, the quick validator and the layout. Without the hint V8 compiles each one lazily,
 * on the main thread, the first time it is called, after having pre-parsed it once already.
 * With it, the whole file is compiled while it streams in, on a background thread. Chunks
 * loaded with `import()` (diagnostics, importers, locales) are left as they are. Other engines
 * read the line as a comment.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHints(): Plugin {
  return {
    name: 'dateline-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own hooks, which put the `__vite__mapDeps` line first in a chunk.
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        // The entries and everything they import statically: what the page loads up front.
        const initial = new Set(chunks.filter((c) => c.isEntry));
        for (const chunk of initial) {
          for (const name of chunk.imports) {
            const imported = byName.get(name);
            if (imported) initial.add(imported);
          }
        }
        for (const chunk of initial) {
          chunk.code = COMPILE_HINT + chunk.code;
          // One line more at the top: the source map's lines move down by one.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        }
      },
    },
  };
}
