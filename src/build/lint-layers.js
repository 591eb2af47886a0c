/**
 * The floor plan of `src/`, and the two ESLint rules that keep it: `layers` (an import runs only
 * down, to a folder the table below allows) and `no-cycle` (no file reaches itself through its
 * imports, static or `import()`; type-only imports are erased by TypeScript and do not count).
 *
 * Plain JavaScript, so ESLint loads it as it is. Written here rather than taken from
 * eslint-plugin-boundaries or eslint-plugin-import-x: both need a resolver set up for TypeScript
 * and Svelte files, and what this project needs from them is one table and one graph walk.
 * `test/unit/build/lint-layers.test.ts` plants an upward import and a cycle and sees both fail.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Each folder of `src/`: what it owns, and the folders it may import from. Files directly in
 * `src/` (main.ts, App.svelte) are the app's entry and may import any folder but `cli` and `build`.
 * The README's code map is this table; a test keeps the two in step.
 */
/** @type {Record<string, { owns: string; may: string[] }>} */
export const LAYERS = {
  vendor: { owns: 'lean copies of library parts, aliased in the build', may: [] },
  format: { owns: 'the timeline file format: types, valibot schema, compiled guard', may: [] },
  dates: { owns: 'partial dates: reading, formatting, date-fns locales', may: ['format'] },
  validate: {
    owns: 'the quick check, the rules, the diagnostics and their wording, line/column',
    may: ['format', 'dates'],
  },
  import: {
    owns: 'converters from TimelineJS JSON/CSV and Dateline CSV; HTML to text',
    may: ['format', 'dates', 'validate'],
  },
  load: {
    owns: 'from an address or a text to a checked timeline: fetch, open, early fetch',
    may: ['format', 'dates', 'validate', 'import'],
  },
  query: {
    owns: 'questions asked of a loaded timeline: lookup, filter, describe',
    may: ['format', 'dates'],
  },
  i18n: { owns: 'interface strings in each language, loaded on demand', may: ['format', 'dates'] },
  layout: {
    owns: 'pure maths over D3: scales, lanes, labels, clusters, ticks',
    may: ['format', 'dates', 'query', 'vendor'],
  },
  state: {
    owns: 'rune classes: selection, filters, loading, the URL',
    may: ['format', 'dates', 'query', 'load', 'layout', 'i18n'],
  },
  styles: { owns: 'the theme: CSS custom properties, light and dark', may: [] },
  components: {
    owns: 'the reader in Svelte: chart, lists, panels, quotes',
    may: ['format', 'dates', 'query', 'load', 'layout', 'state', 'i18n', 'styles', 'vendor'],
  },
  ssr: {
    owns: 'the pages rendered on the server at build time: static and prerendered embeds',
    may: [
      'format',
      'dates',
      'validate',
      'query',
      'load',
      'layout',
      'state',
      'i18n',
      'components',
      'embed',
      'styles',
    ],
  },
  embed: {
    owns: 'the iframe, the custom element, article sync and the host messages',
    may: [
      'format',
      'dates',
      'validate',
      'query',
      'load',
      'layout',
      'state',
      'i18n',
      'components',
      'styles',
    ],
  },
  studio: {
    owns: 'the reporter studio page: import, edit, check, preview',
    may: [
      'format',
      'dates',
      'validate',
      'import',
      'load',
      'query',
      'layout',
      'state',
      'i18n',
      'components',
      'ssr',
      'styles',
      'vendor',
    ],
  },
  pages: {
    owns: 'HTML pages besides index.html, their scripts and the demo articles',
    may: ['format', 'dates', 'load', 'query', 'state', 'i18n', 'components', 'embed', 'styles'],
  },
  cli: {
    owns: 'node commands: import, validate, schema',
    may: ['format', 'dates', 'validate', 'import', 'load', 'query'],
  },
  build: {
    owns: 'build-time node code: vite plugins, the embed build, lint rules',
    may: ['format', 'dates', 'validate', 'load', 'components', 'ssr', 'pages'],
  },
};

const ENTRY_MAY = Object.keys(LAYERS).filter((f) => f !== 'cli' && f !== 'build');
const EXTENSIONS = ['', '.ts', '.js', '.svelte', '.svelte.ts', '/index.ts'];
/** Relative specifiers in a file's text: `from '…'`, `import '…'`, `import('…')`; not `import type`. */
const SPECIFIERS =
  /(?:^|[;\s}])(?:import(?!\s+type\s)(?:[^;'"]*?\sfrom)?|export(?!\s+type\s)[^;'"]*?\sfrom)\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/**
 * The file an import names, or null (a package, an asset that is not code, a missing file).
 * @param {string} from @param {string} spec @returns {string | null}
 */
export function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  if (base.endsWith('.js') && existsSync(base.slice(0, -3) + '.ts'))
    return base.slice(0, -3) + '.ts';
  return null;
}

/**
 * `src/<folder>/…` → folder; a file directly in src → ''; outside src → null.
 * @param {string} srcRoot @param {string} file @returns {string | null}
 */
function folderOf(srcRoot, file) {
  const rel = relative(srcRoot, file);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(sep);
  return parts.length === 1 ? '' : (parts[0] ?? null);
}

/** @param {string} file @returns {string | null} */
function srcRootOf(file) {
  const at = file.lastIndexOf(`${sep}src${sep}`);
  return at < 0 ? null : file.slice(0, at + 4);
}

/** Relative imports of a file on disk, resolved; read once per lint run. */
/** @type {Map<string, string[]>} */
const edgesCache = new Map();
/** @param {string} file @returns {string[]} */
function edgesOf(file) {
  let out = edgesCache.get(file);
  if (out) return out;
  out = [];
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // A file that vanished since it was named: no edges.
  }
  for (const m of text.matchAll(SPECIFIERS)) {
    const target = resolveImport(file, m[1] ?? m[2] ?? '');
    if (target && /\.(ts|js|svelte)$/.test(target)) out.push(target);
  }
  edgesCache.set(file, out);
  return out;
}

/**
 * A path of files from `start` back to `goal`, or null.
 * @param {string} start @param {string} goal @returns {string[] | null}
 */
function pathBack(start, goal) {
  const seen = new Set();
  /** @type {[string, string[]][]} */
  const stack = [[start, [start]]];
  while (stack.length) {
    const [file, path] = /** @type {[string, string[]]} */ (stack.pop());
    if (file === goal) return path;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const next of edgesOf(file)) stack.push([next, [...path, next]]);
  }
  return null;
}

/**
 * Calls `check(node, spec)` for every runtime import in a file.
 * @param {(node: any, spec: string) => void} check
 */
function eachImport(check) {
  /** @param {any} node */
  const fromSource = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node, node.source.value);
  };
  return {
    ImportDeclaration: (/** @type {any} */ node) => node.importKind !== 'type' && fromSource(node),
    ExportNamedDeclaration: (/** @type {any} */ node) =>
      node.exportKind !== 'type' && fromSource(node),
    ExportAllDeclaration: (/** @type {any} */ node) =>
      node.exportKind !== 'type' && fromSource(node),
    ImportExpression: fromSource,
  };
}

/** @type {import('eslint').Rule.RuleModule} */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'imports run down the floor plan of src/ (see LAYERS)' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const root = srcRootOf(file);
    if (!root) return {};
    const from = folderOf(root, file);
    if (from === null) return {};
    const may = from === '' ? ENTRY_MAY : LAYERS[from]?.may;
    return eachImport((node, spec) => {
      const target = resolveImport(file, spec);
      if (!target) return;
      const to = folderOf(root, target);
      if (to === null || to === from || to === '') {
        if (to === '' && from !== '')
          context.report({ node, message: `src/${from} may not import the app's entry files` });
        return;
      }
      if (!may) {
        context.report({
          node,
          message: `src/${from} is not in the floor plan (src/build/lint-layers.js)`,
        });
      } else if (!may.includes(to)) {
        context.report({
          node,
          message: `src/${from} may not import src/${to}: it may import ${may.length ? may.map((f) => `src/${f}`).join(', ') : 'no other folder'}`,
        });
      }
    });
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'no file reaches itself through its imports' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const root = srcRootOf(file);
    if (!root) return {};
    edgesCache.delete(file);
    return eachImport((node, spec) => {
      const target = resolveImport(file, spec);
      if (!target) return;
      const back = pathBack(target, file);
      if (back) {
        const names = [file, ...back].map((f) => relative(join(root, '..'), f));
        context.report({ node, message: `import cycle: ${names.join(' → ')}` });
      }
    });
  },
};

export default { rules: { layers, 'no-cycle': noCycle } };
