/**
 * How the embeds are built and served (node only; used by vite.config.ts).
 *
 * - `embedding()` joins the app build: `src/pages/*.html` (the iframe page and the two demos)
 *   become `dist/embed.html`, `dist/demo-element.html`, `dist/demo-iframe.html`, beside
 *   `index.html`, so `embed.html?src=data/x.json` resolves like the app does. In dev it serves
 *   the same addresses, and `/embed/*` built on request.
 * - `vite build --mode embed` (`embedBuildConfig`) writes `dist/embed/`:
 *   `dateline-timeline.js` the custom element, one classic script (iife), styles injected
 *   into each shadow root; `parent.js` the host page's script for iframes (iife); `lazy/` the
 *   ES modules the element imports only when needed (date-fns locales other than en-US, the
 *   TimelineJS converter, the validator's diagnostics for a broken file). An iife cannot split
 *   code, and inlining them would multiply its size; as modules beside the script they load,
 *   relative to it, when a timeline needs one.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type InlineConfig, type Plugin, type UserConfig } from 'vite';
import { compileHints } from './compile-hints.ts';
import { lazyImports, lazyModules } from './embed-lazy.ts';
import { outputNames, writeElementKitFiles } from './kit-files.ts';
import { relocatePage } from './relocate-page.ts';
import { ICON, writeSeedPages } from './seed-pages.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = 'dist/embed';
/** embed.html's icon, beside it (see ICON). */
const ICON_FILE = 'icon.svg';
/** Pages under `src/pages/` that the app build puts at the top of `dist/`. */
export const PAGES = ['embed', 'demo-element', 'demo-iframe'] as const;
/** Pages of `src/pages/` built apart (`vite build --mode studio`) but served by the dev server. */
const DEV_ONLY_PAGES = ['studio'];

/**
 * Inside a shadow root `rem` is still the page's root font size, and pages set it to anything
 * (62.5% is common). In the element the components' `rem` become `--dl-rem`, the element's own
 * font size (the reader's default, measured when it connects), so the page cannot shrink them.
 */
function remFromHost(): Plugin {
  return {
    name: 'dateline-embed-rem-from-host',
    enforce: 'post',
    transform(code, id) {
      if (!id.endsWith('.svelte')) return null;
      const out = code.replace(/(-?\d*\.?\d+)rem\b/g, 'calc($1*var(--dl-rem,1rem))');
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** The element never shows the app's Embed control (TimelineHeader renders it only when asked). */
function withoutEmbedCode(): Plugin {
  let replaced = false;
  return {
    name: 'dateline-embed-without-embed-code',
    enforce: 'pre',
    resolveId(source) {
      if (source !== './EmbedCode.svelte') return null;
      replaced = true;
      return `${ROOT}src/embed/NoEmbedCode.svelte`;
    },
    buildEnd(error) {
      // Were the import renamed, the snippets would silently join the element's first load.
      if (!error && !replaced) this.error('embed build: nothing imports ./EmbedCode.svelte');
    },
  };
}

const shared = (base: UserConfig, logLevel: InlineConfig['logLevel']): InlineConfig => ({
  configFile: false,
  root: ROOT,
  mode: 'production',
  logLevel,
  resolve: base.resolve,
  publicDir: false,
});

/** The three builds of `dist/embed/`; `write: false` keeps them in memory (dev server). */
export function embedBuilds(
  base: UserConfig,
  {
    write = true,
    logLevel = 'warn',
  }: { write?: boolean; logLevel?: InlineConfig['logLevel'] } = {},
): InlineConfig[] {
  const modules = lazyModules();
  const element: InlineConfig = {
    ...shared(base, logLevel),
    plugins: [
      svelte({ emitCss: false, compilerOptions: { css: 'injected' } }),
      lazyImports(modules),
      withoutEmbedCode(),
      remFromHost(),
      compileHints(),
    ],
    build: {
      write,
      target: 'es2022',
      outDir: OUT,
      emptyOutDir: true,
      lib: {
        entry: `${ROOT}src/embed/element.svelte.ts`,
        formats: ['iife'],
        name: 'DatelineTimeline',
        fileName: () => 'dateline-timeline.js',
      },
    },
  };
  const parent: InlineConfig = {
    ...shared(base, logLevel),
    build: {
      write,
      target: 'es2022',
      outDir: OUT,
      emptyOutDir: false,
      lib: {
        entry: `${ROOT}src/embed/parent.ts`,
        formats: ['iife'],
        name: 'DatelineParent',
        fileName: () => 'parent.js',
      },
    },
  };
  const entries = Object.fromEntries(modules.map((m) => [m.name, `${ROOT}${m.file}`]));
  const lazy: InlineConfig = {
    ...shared(base, logLevel),
    build: {
      write,
      target: 'es2022',
      outDir: `${OUT}/lazy`,
      emptyOutDir: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rollupOptions: { output: { chunkFileNames: 'chunk-[hash].js' } },
    },
  };
  return [element, parent, lazy];
}

/**
 * `embed/seed.js` and `embed/seed.css`, the script and styles of the prerendered embed pages
 * (`seed-pages.ts`): one classic script like the element's (a module script would be a CORS
 * request from a sandboxed iframe), its lazy `import()`s the element's `lazy/` files; styles in
 * a file of their own, as the page needs them before any script runs.
 */
function seedBuild(base: UserConfig, modules: ReturnType<typeof lazyModules>): InlineConfig {
  return {
    ...shared(base, 'warn'),
    plugins: [svelte(), lazyImports(modules), withoutEmbedCode(), compileHints()],
    build: {
      target: 'es2022',
      outDir: OUT,
      emptyOutDir: false,
      lib: {
        entry: `${ROOT}src/embed/seed-main.svelte.ts`,
        formats: ['iife'],
        name: 'DatelineSeed',
        fileName: () => 'seed.js',
        cssFileName: 'seed',
      },
    },
  };
}

/**
 * The config `vite build --mode embed` runs: the element build, then the parent script, the
 * lazy modules, the prerendered pages' script and the pages themselves once it is written.
 */
export function embedBuildConfig(base: UserConfig): UserConfig {
  const [element, ...rest] = embedBuilds(base);
  const lazy = rest[1];
  rest.push(seedBuild(base, lazyModules()));
  /** What the studio's publish kit copies for the element: its script and its lazy modules. */
  const kit: string[] = [];
  return {
    ...element,
    configFile: undefined,
    plugins: [
      ...(element!.plugins ?? []),
      {
        name: 'dateline-embed-rest',
        apply: 'build',
        writeBundle(_options, bundle) {
          kit.push(...Object.keys(bundle).map((name) => `embed/${name}`));
        },
        async closeBundle() {
          for (const config of rest) {
            const result = await build(config);
            if (config === lazy) kit.push(...outputNames(result, 'embed/lazy'));
          }
          writeElementKitFiles(`${ROOT}dist`, kit);
          await writeSeedPages(ROOT, OUT);
        },
      },
    ],
  } as UserConfig;
}

type Files = Map<string, string | Uint8Array>;

/** Builds `dist/embed/` in memory: address → content. */
async function buildInMemory(base: UserConfig): Promise<Files> {
  const files: Files = new Map();
  const configs = embedBuilds(base, { write: false, logLevel: 'error' });
  const prefixes = ['/embed/', '/embed/', '/embed/lazy/'];
  for (const [i, config] of configs.entries()) {
    const result = await build(config);
    const outputs = Array.isArray(result) ? result : [result];
    for (const output of outputs) {
      if (!('output' in output)) continue;
      for (const item of output.output) {
        files.set(prefixes[i]! + item.fileName, item.type === 'chunk' ? item.code : item.source);
      }
    }
  }
  return files;
}

/** The app build's and the dev server's part in embedding; see the top of this file. */
export function embedding(): Plugin {
  let isApp = false;
  /** The app's own config, whose `resolve` (aliases) the embed builds share. */
  let base: UserConfig = {};
  return {
    name: 'dateline-embedding',
    // After Vite has written the pages' HTML into the bundle.
    enforce: 'post',
    config(config, env) {
      base = config;
      isApp = env.command === 'build' && !config.build?.lib && !config.build?.ssr;
      if (!isApp) return;
      const input = Object.fromEntries(PAGES.map((name) => [name, `src/pages/${name}.html`]));
      return { build: { rollupOptions: { input } } };
    },
    generateBundle(_options, bundle) {
      if (!isApp) return;
      for (const name of PAGES) {
        const page = bundle[`src/pages/${name}.html`];
        if (!page || page.type !== 'asset') continue;
        delete bundle[page.fileName];
        const source = relocatePage(String(page.source), page.fileName, `${name}.html`);
        this.emitFile({ type: 'asset', fileName: `${name}.html`, source });
      }
      this.emitFile({ type: 'asset', fileName: ICON_FILE, source: ICON });
    },
    configureServer(server) {
      let files: Promise<Files> | null = null;
      // Any change to the sources may change the embed: build again on the next request.
      server.watcher.on('change', () => (files = null));
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://dev');
        if (url.pathname === `/${ICON_FILE}`) {
          res.setHeader('Content-Type', 'image/svg+xml');
          return void res.end(ICON);
        }
        const page = /^\/([\w-]+)\.html$/.exec(url.pathname)?.[1];
        if (page && [...PAGES, ...DEV_ONLY_PAGES].includes(page)) {
          req.url = `/src/pages/${page}.html${url.search}`;
          return next();
        }
        if (!url.pathname.startsWith('/embed/')) return next();
        files ??= buildInMemory(base);
        files.then(
          (built) => {
            const body = built.get(url.pathname);
            if (body === undefined) return next();
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(body);
          },
          (error: unknown) => {
            files = null;
            next(error);
          },
        );
      });
    },
  };
}
