import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { readFileSync, readdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import { staticPages } from './src/build/static-pages-plugin.ts';
import { embedBuildConfig, embedding } from './src/build/embed-build.ts';
import { compileHints } from './src/build/compile-hints.ts';
import { earlyFetchScript } from './src/build/early-fetch-script.ts';
import { kitFiles } from './src/build/kit-files.ts';

/**
 * Timelines live in `data/` and are served at `/data/…`: the dev server serves them from the
 * project root as they are; the build copies them next to the app so any static host serves both.
 */
function timelineData(): Plugin {
  return {
    name: 'dateline-data',
    apply: 'build',
    generateBundle() {
      for (const name of readdirSync('data')) {
        if (!/\.(json|csv)$/.test(name)) continue;
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(`data/${name}`),
        });
      }
    },
  };
}

/** Both demo pages show the same article: it is written once, in src/pages/demo-article.html. */
function demoArticle(): Plugin {
  return {
    name: 'dateline-demo-article',
    transformIndexHtml(html) {
      if (!html.includes('<!-- demo-article -->')) return html;
      return html.replace(
        '<!-- demo-article -->',
        readFileSync('src/pages/demo-article.html', 'utf8'),
      );
    },
  };
}

// Date tests run in three far-apart zones: a calendar date must never move with the reader's zone.
const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const DATE_TESTS = ['test/unit/{dates,data}/*.test.ts', 'test/unit/layout/*tick*.test.ts'];

/** d3-zoom without its transition machinery: see the comment in that file. */
export const ZOOM_SHIM = new URL('./src/vendor/d3-zoom-without-transitions.ts', import.meta.url)
  .pathname;
/** The part of d3-selection that d3-zoom and d3-drag use: see the comment in that file. */
export const SELECTION_SHIM = new URL('./src/vendor/d3-selection-lean.ts', import.meta.url)
  .pathname;

const app = defineConfig({
  plugins: [
    svelte(),
    timelineData(),
    staticPages(),
    embedding(),
    demoArticle(),
    compileHints(),
    earlyFetchScript(),
    kitFiles(),
  ],
  resolve: {
    alias: [
      { find: 'd3-transition', replacement: ZOOM_SHIM },
      { find: 'd3-interpolate', replacement: ZOOM_SHIM },
      { find: 'd3-selection', replacement: SELECTION_SHIM },
    ],
  },
  build: {
    target: 'es2022',
    // Every browser the reader supports (es2022) knows modulepreload: the polyfill was one more
    // request on the critical path.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { main: 'index.html' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          env: { TZ: 'UTC' },
          pool: 'forks',
        },
      },
      ...ZONES.slice(1).map((zone): TestProjectInlineConfiguration => ({
        extends: true,
        test: {
          name: `dates@${zone}`,
          environment: 'node',
          include: DATE_TESTS,
          env: { TZ: zone },
          pool: 'forks',
        },
      })),
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.ts'],
          setupFiles: ['test/support/jest-dom.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/preview-server.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

/**
 * `vite build --mode studio` adds the reporter's studio (`dist/studio.html`) to a built `dist/`.
 * A build of its own, not a second input of the app's: with one graph for both, every module
 * the two pages share (Svelte's runtime, the Reader) moves into chunks of their own, and the
 * reader's first load grew by 1.8 KB gzip in more requests. Apart, the reader's chunks stay
 * exactly as they are and the studio carries its own copy of what it shows.
 */
const studio = defineConfig({
  ...app,
  plugins: [svelte(), compileHints(), pageAtTop('src/pages/studio.html')],
  build: {
    ...app.build,
    emptyOutDir: false,
    rollupOptions: { input: { studio: 'src/pages/studio.html' } },
  },
});

/** A page kept in `src/pages/` is served at the top of `dist/`, beside index.html. */
function pageAtTop(path: string): Plugin {
  return {
    name: 'dateline-page-at-top',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle[path];
      if (!page || page.type !== 'asset') throw new Error(`${path} is not in the build`);
      delete bundle[path];
      this.emitFile({ type: 'asset', fileName: path.split('/').pop()!, source: page.source });
    },
  };
}

// `vite build --mode embed` builds the custom element and the iframe parent script (dist/embed/).
export default defineConfig((env) =>
  env.mode === 'embed' ? embedBuildConfig(app) : env.mode === 'studio' ? studio : app,
);
