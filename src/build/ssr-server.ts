/**
 * A Vite server that only loads modules for rendering at build time (`ssrLoadModule`): the
 * static pages (static-pages-plugin.ts) and the prerendered embed pages (seed-pages.ts).
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type ViteDevServer } from 'vite';

export function ssrServer(root: string): Promise<ViteDevServer> {
  return createServer({
    configFile: false,
    root,
    // A production-mode server: inside a test runner (NODE_ENV=test) a dev-mode render mixes
    // two copies of Svelte's server runtime, one pre-bundled and one not.
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    ssr: { optimizeDeps: { noDiscovery: true, include: [] } },
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    // Compiled as for production whatever NODE_ENV says (a test runner sets "test"): a dev
    // build expects dev-only context that Svelte's server renderer does not set up here.
    plugins: [svelte({ compilerOptions: { dev: false } })],
  });
}

/** The timeline files of `data/`: `*.json` with events, not the schema. */
export function isTimelineFile(name: string, text: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json') && text.includes('"events"');
}
