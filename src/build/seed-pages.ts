/**
 * `dist/embed/<name>.html` for each timeline in `data/` (issue 14 §1), written after the embed
 * build has made `embed/seed.js` and `embed/seed.css`: the reader prerendered and hydrated, the
 * timeline inline, the static reading under it (see src/ssr/render-seed.ts). `embed/<name>.css`
 * is seed.css and the page's styles that Svelte would have written inline, so that the page
 * holds under `Content-Security-Policy: default-src 'self'`. Addresses are relative: the folder can be
 * served from anywhere.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { oembedHref, publicUrlFrom } from './oembed.ts';
import { isTimelineFile, ssrServer } from './ssr-server.ts';

/**
 * A blank icon: the pages need one of their own origin (render-seed.ts), as does embed.html
 * (embed-build.ts): without one the browser asks the host for /favicon.ico (a 404 on a host
 * without one), and a `data:` icon is refused under `default-src 'self'`.
 */
export const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>\n';

export async function writeSeedPages(root: string, outDir: string, dataDir = 'data') {
  const out = resolve(root, outDir);
  for (const file of ['seed.js', 'seed.css'])
    if (!existsSync(join(out, file)))
      throw new Error(`seed pages: ${outDir}/${file} was not built`);
  writeFileSync(join(out, 'icon.svg'), ICON);
  const readerCss = readFileSync(join(out, 'seed.css'), 'utf8');
  const server = await ssrServer(root);
  try {
    const { renderSeedPage } = (await server.ssrLoadModule(
      '/src/ssr/render-seed.ts',
    )) as typeof import('../ssr/render-seed');
    const publicUrl = publicUrlFrom(process.env.DATELINE_PUBLIC_URL);
    for (const name of readdirSync(resolve(root, dataDir))) {
      const text = readFileSync(resolve(root, dataDir, name), 'utf8');
      if (!isTimelineFile(name, text)) continue;
      const base = name.replace(/\.json$/, '');
      const oembed = oembedHref({ file: name, publicUrl });
      const result = await renderSeedPage({
        text,
        // The reader's styles and the page's own in one file: one request fewer before the
        // first paint, which waits for every stylesheet.
        styles: [],
        script: 'seed.js',
        icon: 'icon.svg',
        pageStyles: `${base}.css`,
        oembed: publicUrl ? oembed : `../${oembed}`,
      });
      if (!result.ok) {
        const list = result.problems.map((p) => `  ${p.path} ${p.message}`).join('\n');
        throw new Error(`data/${name} is not a valid timeline:\n${list}`);
      }
      writeFileSync(join(out, `${base}.html`), result.html);
      writeFileSync(join(out, `${base}.css`), readerCss + result.css);
    }
  } finally {
    await server.close();
  }
}
