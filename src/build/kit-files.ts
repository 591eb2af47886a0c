/**
 * Vite plugin: writes `dist/kit-files.json`, the files each page of the app needs —
 * `{ "pages": { "index.html": [...], "embed.html": [...] } }`, paths from the top of `dist/` —
 * so the studio's publish kit can fetch exactly those from beside its page and zip them. Read
 * from the bundle (each page's scripts and styles, then their static and dynamic imports and
 * the CSS and assets they pull in), never guessed from file names.
 *
 * The embed build (`vite build --mode embed`, which empties `dist/embed/` and so runs after)
 * writes the custom element's list beside it, `dist/embed/kit-files.json`:
 * `{ "element": ["embed/dateline-timeline.js", "embed/lazy/…"] }`, from what its builds wrote.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin, Rollup } from 'vite';

export const KIT_FILES = 'kit-files.json';
/** The element's files, from the top of `dist/`. */
export const ELEMENT_KIT_FILES = 'embed/kit-files.json';
const PAGES = ['index.html', 'embed.html'];

/**
 * Every file of the build a page at the top of `dist/` names in `src="…"` or `href="…"`:
 * relative (`./assets/…`, `early-fetch.js`, as the build writes them) or from the root
 * (`/assets/…`); not `data:`, other hosts (`//…`, `https:…`) or fragments.
 */
export function pageReferences(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)]
    .map((m) => m[1]!)
    .filter((url) => url !== '' && !/^(?:[a-z][a-z\d+.-]*:|\/\/|#|\?)/i.test(url))
    .map((url) => url.replace(/^(?:\.\/|\/)/, '').replace(/[?#].*$/, ''))
    .filter((file) => file !== '' && !file.startsWith('../'));
}

/** The page, what it names, and everything those files import, in a stable order. */
export function filesOf(page: string, bundle: Rollup.OutputBundle): string[] {
  const asset = bundle[page];
  if (!asset || asset.type !== 'asset') throw new Error(`${page} is not in the build`);
  const seen = new Set<string>([page]);
  const queue = pageReferences(String(asset.source));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const out = bundle[file];
    if (out?.type !== 'chunk') continue;
    queue.push(...out.imports, ...out.dynamicImports);
    const meta = out.viteMetadata;
    if (meta) queue.push(...meta.importedCss, ...meta.importedAssets);
  }
  return [...seen].sort();
}

/** The media figure, which the app loads with `import()` only for timelines with media. */
const FIGURE = /\/src\/components\/media\/MediaFigure\.svelte$/;

/**
 * The stylesheets of the media figure's chunk: a page rendered ahead of time with media links
 * them, since without a script nothing loads the chunk that would bring them (a 1200-pixel
 * picture would stand at its full width, its caption unstyled).
 */
export function mediaStyles(bundle: Rollup.OutputBundle): string[] {
  const css = new Set<string>();
  for (const out of Object.values(bundle)) {
    if (out.type !== 'chunk' || !out.moduleIds.some((id) => FIGURE.test(id))) continue;
    for (const file of out.viteMetadata?.importedCss ?? []) css.add(file);
  }
  return [...css].sort();
}

export function kitFiles(): Plugin {
  return {
    name: 'dateline-kit-files',
    apply: (cfg, env) => env.command === 'build' && !cfg.build?.lib && !cfg.build?.ssr,
    writeBundle(options, bundle) {
      if (!PAGES.every((page) => page in bundle)) return;
      const pages = Object.fromEntries(PAGES.map((page) => [page, filesOf(page, bundle)]));
      const list = { pages, mediaStyles: mediaStyles(bundle) };
      writeFileSync(join(options.dir ?? 'dist', KIT_FILES), `${JSON.stringify(list)}\n`);
    },
  };
}

/** The file names a build wrote (`vite.build`'s result), under `folder` (from `dist/`). */
export function outputNames(result: unknown, folder: string): string[] {
  const outputs = (Array.isArray(result) ? result : [result]) as Partial<Rollup.RollupOutput>[];
  return outputs.flatMap((o) => o.output ?? []).map((item) => `${folder}/${item.fileName}`);
}

/** Writes `dist/embed/kit-files.json`: the element's script and the modules it may import. */
export function writeElementKitFiles(dist: string, files: readonly string[]): void {
  const path = join(dist, ELEMENT_KIT_FILES);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ element: [...files].sort() })}\n`);
}
