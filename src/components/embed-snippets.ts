/**
 * The embed codes the app offers for the timeline on screen: an iframe (any CMS, any CSP) with
 * the parent script that sizes it, and the custom element. Both point at the deployment the app
 * runs from, so a copied snippet keeps working wherever it is pasted. Both reserve the embed's
 * fixed height (embed-box.ts) inline, so the article never moves while the graphic loads.
 */
import { EMBED_HEIGHT, reserveStyle } from '../layout/embed-box';

/** The height both snippets reserve, px (for the build's oEmbed, which may not read layout/). */
export { EMBED_HEIGHT };

export interface SnippetTarget {
  /** The timeline file, as the app resolved it. */
  src: URL;
  /** The page the app runs on; `embed.html` and `embed/` sit beside it. */
  app: URL;
  /** The event to open first, if any. */
  eventId: string | null;
  /** The timeline's title, for the iframe's accessible name. */
  title: string;
  /** The timeline's prerendered embed page (`embed/<name>.html`), when the build wrote one:
   * the iframe shows it instead of `embed.html?src=` (no fetch, first view in the HTML). */
  page?: URL;
}

const escapeAttr = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Query values keep `/` and `:` readable: both are allowed there unescaped. */
const queryValue = (text: string) =>
  encodeURIComponent(text).replaceAll('%2F', '/').replaceAll('%3A', ':');

/** The timeline as `embed.html` should ask for it: relative when it sits beside the app. */
function srcForFrame(src: URL, app: URL): string {
  const base = new URL('.', app);
  if (src.origin === base.origin && src.pathname.startsWith(base.pathname)) {
    return src.pathname.slice(base.pathname.length) + src.search;
  }
  return src.href;
}

export function iframeSnippet({ src, app, eventId, title, page }: SnippetTarget): string {
  const frame = page ?? new URL('embed.html', app);
  const params = page ? [] : [`src=${queryValue(srcForFrame(src, app))}`];
  if (eventId) params.push(`event=${queryValue(eventId)}`);
  const query = params.length > 0 ? `?${params.join('&')}` : '';
  const parent = new URL('embed/parent.js', app);
  return (
    `<iframe data-dateline src="${escapeAttr(frame.href + query)}" title="${escapeAttr(title)}" ` +
    `style="width:100%;height:${EMBED_HEIGHT}px;border:0" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttr(parent.href)}" async></script>`
  );
}

export function elementSnippet({ src, app, eventId }: SnippetTarget): string {
  const script = new URL('embed/dateline-timeline.js', app);
  const event = eventId ? ` event="${escapeAttr(eventId)}"` : '';
  return (
    `<script src="${escapeAttr(script.href)}" defer></script>\n` +
    `<dateline-timeline src="${escapeAttr(src.href)}"${event} style="${reserveStyle()}">` +
    `</dateline-timeline>`
  );
}
