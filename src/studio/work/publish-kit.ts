/**
 * What goes into the publish kit, and its README: pure, so a unit test can read it. The files
 * themselves are fetched and zipped by `components/publish-kit.ts`.
 */
import { elementSnippet, iframeSnippet } from '../../components/embed-snippets';

/** The list the build writes (src/build/kit-files.ts): each page and the files it needs. */
export interface KitManifest {
  pages: Record<string, string[]>;
  /** The media figure's stylesheets, which a page with media links (`ssr/static-html.ts`). */
  mediaStyles?: string[];
}

/** The embed build's list (`embed/kit-files.json`): the element's script and lazy modules. */
export interface ElementManifest {
  element: string[];
}

/** The iframe's sizing script, from the embed build (`vite build --mode embed`). */
export const PARENT_SCRIPT = 'embed/parent.js';
/** The timeline files' JSON Schema: the downloaded JSON names it as "./timeline.schema.json". */
export const SCHEMA_FILE = 'data/timeline.schema.json';
/** Where the kit's README points the iframe when the reporter has not said where it goes. */
export const PLACEHOLDER_HOST = 'https://your-site.example/';

/** The custom element's script, from the embed build. */
export const ELEMENT_SCRIPT = 'embed/dateline-timeline.js';

/**
 * The built files the kit copies: the embed page with its files, the app's for the page, and
 * the custom element with the modules it loads when a timeline needs them (another language's
 * dates, a TimelineJS file…), so both embed codes in the README work from the kit's folder.
 */
export function kitFileList(manifest: KitManifest, element: ElementManifest): string[] {
  const embed = manifest.pages['embed.html'];
  const app = manifest.pages['index.html'];
  if (!embed || !app) throw new Error('the build lists no embed.html or index.html');
  if (!element.element.includes(ELEMENT_SCRIPT)) {
    throw new Error(`the embed build lists no ${ELEMENT_SCRIPT}`);
  }
  const files = new Set([
    ...embed,
    ...app.filter((f) => f !== 'index.html'),
    ...element.element.filter((f) => f.startsWith('embed/')),
  ]);
  files.add(PARENT_SCRIPT);
  files.add(SCHEMA_FILE);
  return [...files].sort();
}

/**
 * The folder the kit goes to, from the address the reporter gave for the timeline's file: the
 * folder that holds its `data/` (the kit puts the file there), else the address's own folder;
 * with no address, a placeholder. Any folder of any host will do: the pages' addresses are relative.
 */
export function kitHost(published: string): { host: URL; given: boolean } {
  try {
    const url = new URL(published);
    if (url.protocol === 'https:' || url.protocol === 'http:') {
      const folder = new URL('.', url);
      const inData = folder.pathname.endsWith('/data/');
      return { host: inData ? new URL('..', folder) : folder, given: true };
    }
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
  const target = {
    src: new URL(`data/${slug}.json`, host),
    app: new URL('index.html', host),
    eventId: null,
    title: `Timeline: ${title}`,
  };
  const iframe = iframeSnippet(target);
  const element = elementSnippet(target);
  return [
    `Dateline publish kit: ${title}`,
    '',
    `WHERE TO PUT IT: upload everything in this folder, as it is, to one folder of a static host, e.g. ${host.href} (the top of the host or any folder under it: the pages ask for their files relative to themselves, at assets/…, embed/… and data/… beside them; keep the folders as they are). Then ${new URL(`${slug}.html`, host).href} is the timeline's page and ${new URL(`data/${slug}.json`, host).href} its file.`,
    '',
    'WHAT IS IN IT:',
    `  ${slug}.html         the timeline as a page: every event and quote readable without JavaScript; with it, the interactive reader`,
    `  data/${slug}.json    the timeline (edit it, upload it again: the page and the embed follow)`,
    '  embed.html, early-fetch.js, icon.svg, embed/parent.js, assets/   the embed and the reader',
    '  embed/dateline-timeline.js, embed/lazy/   the custom element, for pages that would rather not use an iframe',
    '',
    given
      ? 'TO EMBED IT in an article, paste this into the article (HTML block of the CMS):'
      : `TO EMBED IT in an article, paste this into the article (HTML block of the CMS), with ${host.href} replaced by the address of the folder you put the kit in:`,
    '',
    ...iframe.split('\n'),
    '',
    "OR, AS A CUSTOM ELEMENT (no iframe: it draws in the article itself, kept apart from the article's styles; the page must allow scripts from the kit's host):",
    '',
    ...element.split('\n'),
    '',
  ].join('\r\n');
}
