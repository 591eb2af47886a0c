/**
 * Vite plugin: writes `dist/kit-files.json`, the files each page of the app needs —
 * `{ "pages": { "index.html": [...], "embed.html": [...] } }`, paths from the top of `dist/` —
 * so the studio's publish kit can fetch exactly those from its own origin and zip them. Read
 * from the bundle (each page's scripts and styles, then their static and dynamic imports and
 * the CSS and assets they pull in), never guessed from file names.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';

export const KIT_FILES = 'kit-files.json';
const PAGES = ['index.html', 'embed.html'];

/** Every same-origin file an HTML page names in `src="/…"` or `href="/…"`. */
export function pageReferences(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="\/([^"/][^"]*)"/g)].map((m) => m[1]!);
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

export function kitFiles(): Plugin {
  return {
    name: 'dateline-kit-files',
    apply: (cfg, env) => env.command === 'build' && !cfg.build?.lib && !cfg.build?.ssr,
    writeBundle(options, bundle) {
      if (!PAGES.every((page) => page in bundle)) return;
      const pages = Object.fromEntries(PAGES.map((page) => [page, filesOf(page, bundle)]));
      writeFileSync(join(options.dir ?? 'dist', KIT_FILES), `${JSON.stringify({ pages })}\n`);
    },
  };
}
