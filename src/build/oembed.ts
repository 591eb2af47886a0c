/**
 * oEmbed (https://oembed.com) for each timeline: `dist/oembed/<name>.json`, a static file any
 * host serves, found through the `<link rel="alternate" type="application/json+oembed">` on the
 * timeline's page. A CMS that speaks oEmbed (WordPress, once the provider is registered; Ghost;
 * many others) turns a pasted link to the timeline's page into the iframe embed.
 *
 * Its `html` must name the embed by its full address, which only the deployment knows: the
 * build reads it from `DATELINE_PUBLIC_URL` (e.g. `https://graphics.example.org/dateline/`).
 * Without it the addresses are root-relative, which serves pages on the same site only.
 */
import { EMBED_HEIGHT, iframeSnippet } from '../components/embed-snippets';

/** The reserved height of the compact embed, px: the height it keeps (embed-box.ts). */
export const OEMBED_HEIGHT = EMBED_HEIGHT;
export const OEMBED_WIDTH = 1280;

export interface OembedTarget {
  /** The timeline file's name in `data/`, e.g. `nato-china-2023.json`. */
  file: string;
  title: string;
  /** Where the build is served from, ending in `/`; null: root-relative addresses. */
  publicUrl: string | null;
}

/** The deployment's address from the environment, checked; null when unset. */
export function publicUrlFrom(value: string | undefined): string | null {
  if (!value) return null;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`DATELINE_PUBLIC_URL must be an http(s) address, not ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Where the oEmbed file of a timeline is, as its page links to it. */
export function oembedHref({ file, publicUrl }: Omit<OembedTarget, 'title'>): string {
  const path = `oembed/${file}`;
  return publicUrl ? new URL(path, publicUrl).href : path;
}

export function oembedJson({ file, title, publicUrl }: OembedTarget): string {
  const app = new URL(publicUrl ?? 'http://root-relative.invalid/');
  let html = iframeSnippet({
    src: new URL(`data/${file}`, app),
    app: new URL('index.html', app),
    eventId: null,
    title,
    // The build prerenders every timeline in data/ (seed-pages.ts): the fast page, which also
    // works in the sandboxed iframe WordPress gives unlisted providers.
    page: new URL(`embed/${file.replace(/\.json$/, '.html')}`, app),
  });
  if (!publicUrl) html = html.replaceAll('http://root-relative.invalid/', '/');
  return JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      provider_name: 'Dateline',
      title,
      html,
      width: OEMBED_WIDTH,
      height: OEMBED_HEIGHT,
    },
    null,
    2,
  );
}
