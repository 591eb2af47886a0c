/**
 * The floor plan is enforced, not hoped for: an upward import and a cycle, planted in real files
 * under src/, fail ESLint with the project's own config; and the README's code map is the table
 * the rule reads.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { LAYERS } from '../../../src/build/lint-layers.js';

const planted: string[] = [];
function plant(path: string, text: string): string {
  writeFileSync(path, text);
  planted.push(path);
  return path;
}
afterAll(() => {
  for (const p of planted) rmSync(p, { force: true, recursive: true });
});

async function lint(files: string[]) {
  const eslint = new ESLint({ cwd: process.cwd() });
  const results = await eslint.lintFiles(files);
  return results.flatMap((r) =>
    r.messages.map((m) => ({ file: basename(r.filePath), rule: m.ruleId, text: m.message })),
  );
}

const tag = `zz-planted-${process.pid}`;

// ESLint starts slowly on a busy machine: a generous bound, not a timing.
describe('layers', { timeout: 60_000 }, () => {
  it('fails an import that runs up the floor plan (layout → components)', async () => {
    const file = plant(
      `src/layout/${tag}-up.ts`,
      "import { getReader } from '../components/reader-context';\nexport const up = getReader;\n",
    );
    const found = await lint([file]);
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'dateline/layers',
        text: expect.stringContaining('src/layout may not import src/components'),
      }),
    ]);
  });

  it('fails components importing embed, and passes an import that runs down', async () => {
    const up = plant(
      `src/components/${tag}-embed.ts`,
      "import { isParentMessage } from '../embed/messages';\nexport const up = isParentMessage;\n",
    );
    const down = plant(
      `src/validate/${tag}-down.ts`,
      "import { withoutBom } from '../format/without-bom';\nexport const down = withoutBom;\n",
    );
    const found = await lint([up, down]);
    expect(found.map((f) => [f.file, f.rule])).toEqual([[basename(up), 'dateline/layers']]);
  });

  it('fails a cycle between two files, through a dynamic import too', async () => {
    const a = plant(
      `src/validate/${tag}-a.ts`,
      `import { b } from './${tag}-b';\nexport const a = () => b;\n`,
    );
    const b = plant(`src/validate/${tag}-b.ts`, `export const b = () => import('./${tag}-a');\n`);
    const found = await lint([a, b]);
    expect(found.map((f) => [f.file, f.rule])).toEqual([
      [basename(a), 'dateline/no-cycle'],
      [basename(b), 'dateline/no-cycle'],
    ]);
    expect(found[0]!.text).toContain(
      `import cycle: src/validate/${tag}-a.ts → src/validate/${tag}-b.ts`,
    );
  });

  it('does not count a type-only import as a cycle', async () => {
    const a = plant(
      `src/validate/${tag}-ta.ts`,
      `import type { B } from './${tag}-tb';\nexport type A = { b?: B };\n`,
    );
    const b = plant(
      `src/validate/${tag}-tb.ts`,
      `import type { A } from './${tag}-ta';\nexport type B = { a?: A };\n`,
    );
    expect(await lint([a, b])).toEqual([]);
  });
});

describe('the floor plan', () => {
  const folders = readdirSync('src').filter((f) => statSync(`src/${f}`).isDirectory());

  it('names every folder of src/', () => {
    expect(folders.filter((f) => !(f in LAYERS))).toEqual([]);
  });

  it('is the README code map, row for row', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const f of folders) {
      const { owns, may } = LAYERS[f]!;
      const imports = may.length ? may.join(', ') : '—';
      const row = new RegExp(
        `^\\| \`src/${f}/\` +\\| ${escape(owns)} +\\| ${escape(imports)} +\\|$`,
        'm',
      );
      expect(readme, f).toMatch(row);
    }
  });

  it('never lets a folder import one that may import it (the arrows point one way)', () => {
    const may = LAYERS as Record<string, { may: readonly string[] }>;
    const twoWay = Object.entries(may).flatMap(([f, { may: m }]) =>
      m.filter((g) => may[g]?.may.includes(f)).map((g) => `${f} ⇄ ${g}`),
    );
    expect(twoWay).toEqual([]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
