/**
 * The modules the reader loads with `import()` only when a timeline needs them, and how the
 * element build turns each such `import()` into a file beside the element's script (an iife
 * cannot split code). Node only; used by `embed-build.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Modules the reader loads with `import()` only when a timeline needs them: what imports them,
 * which specifiers, and the file each becomes in `lazy/`. The specifiers are read from the
 * importers' own literal `import('…')` calls, so a new locale or catalogue is picked up as is.
 */
const LAZY = [
  {
    importer: 'src/dates/date-locale.ts',
    pattern: /^date-fns\/locale\/([\w-]+)$/,
    name: (tag: string) => `locale-${tag}`,
    file: (tag: string) => `node_modules/date-fns/locale/${tag}.js`,
  },
  {
    importer: 'src/i18n/load-messages.ts',
    pattern: /^\.\/catalogs\/([\w-]+)$/,
    name: (tag: string) => `messages-${tag}`,
    file: (tag: string) => `src/i18n/catalogs/${tag}.ts`,
  },
  {
    importer: 'src/validate/check-timeline.ts',
    pattern: /^\.\/(diagnose)$/,
    name: (tag: string) => tag,
    file: () => 'src/validate/diagnose.ts',
  },
  // Media (issue 12): the check of a timeline's media, and the line finder it needs for a
  // refusal. (The media figure is a Svelte component: it shares the element's runtime and
  // context, so it stays inline.)
  {
    importer: 'src/load/fetch-timeline.ts',
    pattern: /^\.\/(media-check)$/,
    name: (tag: string) => tag,
    file: () => 'src/load/media-check.ts',
  },
  {
    importer: 'src/load/media-origins.ts',
    pattern: /^\.\.\/validate\/(json-locate)$/,
    name: (tag: string) => tag,
    file: () => 'src/validate/json-locate.ts',
  },
  {
    importer: 'src/components/live-updates.ts',
    pattern: /^\.\.\/state\/(live-story)$/,
    name: (tag: string) => tag,
    file: () => 'src/state/live-story.ts',
  },
  {
    importer: 'src/load/open-text.ts',
    pattern: /^\.\.\/import\/(timelinejs)-json$/,
    name: (tag: string) => tag,
    file: () => 'src/import/timelinejs-json.ts',
  },
];

export interface LazyModule {
  importer: string;
  specifier: string;
  /** File name in `lazy/`, without `.js`. */
  name: string;
  /** Source file, from the project root. */
  file: string;
}

export function lazyModules(): LazyModule[] {
  return LAZY.flatMap((rule) => {
    const source = readFileSync(`${ROOT}${rule.importer}`, 'utf8');
    const calls = [...source.matchAll(/import\('([^']+)'\)/g)];
    // A rule that matches nothing (a file moved, a specifier renamed) would silently put the
    // module in the element's first load: fail the build instead.
    if (!calls.some(([, specifier]) => rule.pattern.test(specifier!)))
      throw new Error(`embed build: no import() in ${rule.importer} matches ${rule.pattern}`);
    return calls.flatMap(([, specifier]) => {
      const tag = rule.pattern.exec(specifier!)?.[1];
      return tag
        ? [
            {
              importer: rule.importer,
              specifier: specifier!,
              name: rule.name(tag),
              file: rule.file(tag),
            },
          ]
        : [];
    });
  });
}

/**
 * In the element build, each of those `import('…')` becomes `import(lazyUrl(name))`: an
 * absolute address of the file beside the script, as a script from another origin needs.
 */
export function lazyImports(modules: LazyModule[]): Plugin {
  return {
    name: 'dateline-embed-lazy-imports',
    enforce: 'pre',
    transform(code, id) {
      const mine = modules.filter((m) => id.endsWith(m.importer));
      if (mine.length === 0) return null;
      let out = code;
      for (const m of mine) {
        // Not `typeof import('…')`: a type, gone after TypeScript. Specifiers are [\w./-].
        const literal = m.specifier.replace(/[./]/g, '\\$&');
        const call = new RegExp(`(?<!typeof\\s+)import\\('${literal}'\\)`, 'g');
        out = out.replace(call, `import(/* @vite-ignore */ __datelineLazy('${m.name}'))`);
      }
      const helper = `import { lazyUrl as __datelineLazy } from '${ROOT}src/embed/lazy-url.ts';\n`;
      return { code: helper + out, map: null };
    },
  };
}
