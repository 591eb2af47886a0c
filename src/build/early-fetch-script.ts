/**
 * Vite plugin: the few lines that start a timeline's download before the reader's code has
 * arrived (`src/pages/early-fetch.js`), written once and put in each page where it asks:
 *
 * - `<!-- early-fetch:inline -->` (index.html): inline, so the download starts while the head is
 *   still being read. Under a Content-Security-Policy without 'unsafe-inline' the browser
 *   refuses it and the reader fetches the file itself, a little later.
 * - `<!-- early-fetch:file -->` (embed.html, which must work under `default-src 'self'`): a
 *   deferred script of its own, `early-fetch.js`. Deferred scripts run in document order, so
 *   it runs before the reader's module whatever arrives first, and never starts a second
 *   download behind the reader's back.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const EARLY_FETCH_SOURCE = 'src/pages/early-fetch.js';
export const EARLY_FETCH_FILE = 'early-fetch.js';
const INLINE = '<!-- early-fetch:inline -->';
const FILE = '<!-- early-fetch:file -->';

const code = () => readFileSync(EARLY_FETCH_SOURCE, 'utf8').trim();

/**
 * `html` with the early-fetch script where its marks are (`base`: the site's base path; a
 * relative base (`./`, the build's) names the file relative to the page, which sits beside it).
 */
export function withEarlyFetchScript(html: string, base = '/'): string {
  const prefix = base.startsWith('.') ? '' : base;
  const indent = (text: string) => text.replace(/^(?=.)/gm, '      ');
  return html
    .replace(INLINE, () => `<script>\n${indent(code())}\n    </script>`)
    .replace(FILE, () => `<script defer src="${prefix}${EARLY_FETCH_FILE}"></script>`);
}

export function earlyFetchScript(): Plugin {
  let base = '/';
  let building = false;
  return {
    name: 'dateline-early-fetch-script',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build' && !config.build.lib && !config.build.ssr;
    },
    // After Vite has processed the page: it would warn about a classic script with a src.
    transformIndexHtml: { order: 'post', handler: (html) => withEarlyFetchScript(html, base) },
    generateBundle() {
      if (building) this.emitFile({ type: 'asset', fileName: EARLY_FETCH_FILE, source: code() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (new URL(req.url ?? '/', 'http://dev').pathname !== `/${EARLY_FETCH_FILE}`)
          return next();
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.end(code());
      });
    },
  };
}
