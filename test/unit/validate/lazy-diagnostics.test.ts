/**
 * The reader downloads the validator's diagnostics only for a file with problems: nothing the
 * app or the embed loads up front may import them statically. Read from the sources, so that an
 * import added anywhere on the way fails here, before any build.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What only the diagnostics need: messages, valibot's issue list, the line finder. */
const DIAGNOSTICS = [
  'src/validate/diagnose.ts',
  'src/validate/validate.ts',
  'src/validate/json-locate.ts',
  'src/validate/json-position.ts',
  'src/validate/json-scan.ts',
  'src/validate/json-tokens.ts',
  'src/validate/schema-problems.ts',
  'src/validate/rule-problems.ts',
  'src/validate/did-you-mean.ts',
  'src/validate/text-rules.ts',
];

/** The entries of the app build (index.html) and of the custom element. */
const ENTRIES = ['src/main.ts', 'src/embed/element.svelte.ts'];

// `import … from '…'`, `export … from '…'` and `import '…'`; not `import type`/`export type`,
// which TypeScript erases, and not `import('…')`, which loads later.
const STATIC_IMPORT =
  /^\s*(?:(?:import|export)\s+(type\s+)?[\w*{}\s,$]+?\s+from\s+|import\s+)['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /(?<!typeof\s+)\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveFile(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined; // a package
  const base = join(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}/index.ts`].find((f) =>
    statSync(f, { throwIfNoEntry: false })?.isFile(),
  );
}

function importsOf(file: string, dynamic: boolean): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(STATIC_IMPORT)].filter((m) => !m[1]).map((m) => m[2]!);
  if (dynamic) specifiers.push(...[...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!));
  return specifiers.flatMap((s) => resolveFile(file, s) ?? []);
}

/** Every source file `entries` load, following static imports (and `import()` if asked). */
function reachable(entries: readonly string[], dynamic = false): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...importsOf(file, dynamic));
  }
  return new Set([...seen].map((f) => relative('.', f)));
}

describe('the validator diagnostics', () => {
  it('are not imported statically by anything the app or the embed loads up front', () => {
    const upFront = reachable(ENTRIES);
    // The walk does reach the validation the reader runs…
    expect(upFront).toContain('src/load/fetch-timeline.ts');
    expect(upFront).toContain('src/validate/check-timeline.ts');
    expect(upFront).toContain('src/validate/timeline-rules.ts');
    // …and none of what only explains problems.
    expect(DIAGNOSTICS.filter((f) => upFront.has(f))).toEqual([]);
  });

  it('are loaded with import() from the quick check', () => {
    const later = reachable(['src/validate/check-timeline.ts'], true);
    expect(DIAGNOSTICS.filter((f) => !later.has(f) && f !== 'src/validate/validate.ts')).toEqual(
      [],
    );
  });

  it('are all found by the same walk from the synchronous validator', () => {
    // Proves the walk sees these imports, so the first test can fail.
    const sync = reachable(['src/validate/validate.ts']);
    expect(DIAGNOSTICS.filter((f) => !sync.has(f))).toEqual([]);
  });
});
