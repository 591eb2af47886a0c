/**
 * What goes into the publish kit, and its README: pure, so a unit test can read it. The files
 * themselves are fetched and zipped by `components/publish-kit.ts`.
 */
import { iframeSnippet } from '../../components/embed-snippets';

/** The list the build writes (src/build/kit-files.ts): each page and the files it needs. */
export interface KitManifest {
  pages: Record<string, string[]>;
}

/** The iframe's sizing script, from the embed build (`vite build --mode embed`). */
export const PARENT_SCRIPT = 'embed/parent.js';
/** The timeline files' JSON Schema: the downloaded JSON names it as "./timeline.schema.json". */
export const SCHEMA_FILE = 'data/timeline.schema.json';
/** Where the kit's README points the iframe when the reporter has not said where it goes. */
export const PLACEHOLDER_HOST = 'https://your-site.example/';

/** The built files the kit copies: the embed page with its files, and the app's for the page. */
export function kitFileList(manifest: KitManifest): string[] {
  const embed = manifest.pages['embed.html'];
  const app = manifest.pages['index.html'];
  if (!embed || !app) throw new Error('the build lists no embed.html or index.html');
  const files = new Set([...embed, ...app.filter((f) => f !== 'index.html')]);
  files.add(PARENT_SCRIPT);
  files.add(SCHEMA_FILE);
  return [...files].sort();
}

/** The site the kit goes to: the origin of the address the reporter gave, else a placeholder. */
export function kitHost(published: string): { host: URL; given: boolean } {
  try {
    const url = new URL(published);
    if (url.protocol === 'https:' || url.protocol === 'http:')
      return { host: new URL('/', url), given: true };
  } catch {
    // Not an address: the placeholder.
  }
  return { host: new URL(PLACEHOLDER_HOST), given: false };
}

export function kitReadme(options: {
  title: string;
  slug: string;
  host: URL;
  given: boolean;
}): string {
  const { title, slug, host, given } = options;
  const iframe = iframeSnippet({
    src: new URL(`data/${slug}.json`, host),
    app: new URL('index.html', host),
    eventId: null,
    title: `Timeline: ${title}`,
  });
  return [
    `Dateline publish kit: ${title}`,
    '',
    `WHERE TO PUT IT: upload everything in this folder, as it is, to the top (root) of a static host, e.g. ${host.href} (a subdomain of its own is simplest): the pages ask for their files at /assets/…, /embed/… and /data/… from the root of the host. Then ${new URL(`${slug}.html`, host).href} is the timeline's page and ${new URL(`data/${slug}.json`, host).href} its file.`,
    '',
    'WHAT IS IN IT:',
    `  ${slug}.html         the timeline as a page: every event and quote readable without JavaScript; with it, the interactive reader`,
    `  data/${slug}.json    the timeline (edit it, upload it again: the page and the embed follow)`,
    '  embed.html, early-fetch.js, embed/parent.js, assets/   the embed and the reader',
    '',
    given
      ? 'TO EMBED IT in an article, paste this into the article (HTML block of the CMS):'
      : `TO EMBED IT in an article, paste this into the article (HTML block of the CMS), with ${host.href} replaced by your host's address:`,
    '',
    iframe,
    '',
  ].join('\r\n');
}
