/**
 * Vite plugin: after the app is built, writes `dist/<name>.html` for each timeline in `data/`,
 * rendered on the server with Svelte, so every timeline has a page that works without JavaScript,
 * and `dist/oembed/<name>.json`, its oEmbed description (see `oembed.ts`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { isTimelineFile, ssrServer } from './ssr-server.ts';
import { oembedHref, oembedJson, publicUrlFrom } from './oembed.ts';
import { mediaStyles } from './kit-files.ts';

export function staticPages(dataDir = 'data'): Plugin {
  let root = process.cwd();
  return {
    name: 'dateline-static-pages',
    enforce: 'post',
    apply: (cfg, env) => env.command === 'build' && !cfg.build?.lib && !cfg.build?.ssr,
    configResolved(resolved) {
      root = resolved.root;
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      const template = String(index.source);
      const styles = mediaStyles(bundle);
      const server = await ssrServer(root);
      try {
        const { renderStaticPage } = (await server.ssrLoadModule(
          '/src/ssr/render-static.ts',
        )) as typeof import('../ssr/render-static');
        for (const name of readdirSync(join(root, dataDir)).filter((f) => f.endsWith('.json'))) {
          const text = readFileSync(join(root, dataDir, name), 'utf8');
          if (!isTimelineFile(name, text)) continue;
          const publicUrl = publicUrlFrom(process.env.DATELINE_PUBLIC_URL);
          const oembed = oembedHref({ file: name, publicUrl });
          const result = await renderStaticPage(text, template, `data/${name}`, oembed, {
            origins: publicUrl ? [new URL(publicUrl).origin] : [],
            styles,
          });
          if (!result.ok) {
            const list = result.problems.map((p) => `  ${p.path} ${p.message}`).join('\n');
            throw new Error(`data/${name} is not a valid timeline:\n${list}`);
          }
          this.emitFile({
            type: 'asset',
            fileName: name.replace(/\.json$/, '.html'),
            source: result.html,
          });
          this.emitFile({
            type: 'asset',
            fileName: `oembed/${name}`,
            source: oembedJson({ file: name, title: result.title, publicUrl }),
          });
        }
      } finally {
        await server.close();
      }
    },
  };
}
