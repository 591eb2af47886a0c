/**
 * What the custom element learns once, when its script runs: where the script came from, and
 * the styles that make the shadow root its own.
 */
import themeCss from '../styles/theme.css?inline';
import { EMBED_HEIGHT } from '../layout/embed-box';

/** Every attribute `<dateline-timeline>` reads; see the README ("Embedding"). */
export const ATTRIBUTES = [
  'src',
  'event',
  'theme',
  'locale',
  'allowed-origins',
  'sync-address',
  'sync-article',
  'sync-offset',
  'scroll-article',
  'page-origin-only',
  'header',
  'editor',
  'embed-code',
  'refresh',
] as const;

export type ElementAttributes = Record<(typeof ATTRIBUTES)[number], string | null>;

/** The address of this script, read while it runs (null if it was not a classic script). */
export const scriptUrl: string | null =
  (document.currentScript as HTMLScriptElement | null)?.src || null;

/**
 * The origin that served this script: the newsroom's own deployment, trusted like the page,
 * so timelines next to the script load without listing it in `allowed-origins`. A page that
 * loads the script from a shared CDN would trust every file there: it narrows the trust to its
 * own origin (and `allowed-origins`) with the `page-origin-only` attribute, or for every
 * element at once with `<meta name="dateline-page-origin-only">` (see `trustsScriptOrigin`).
 */
export const scriptOrigin: string | null = (() => {
  try {
    return scriptUrl ? new URL(scriptUrl).origin : null;
  } catch {
    return null;
  }
})();

/** False when the element or the page says to trust only the page's own origin. */
export function trustsScriptOrigin(pageOriginOnly: string | null): boolean {
  return (
    pageOriginOnly === null && !document.querySelector('meta[name="dateline-page-origin-only"]')
  );
}

/**
 * The theme, with `.dateline` read as the element itself (`:host`, `data-theme` on the host), so
 * the host page themes a timeline by setting the custom properties on the element: its rules
 * beat `:host`. `all: initial` first stops what the page's text styles would pass down (font,
 * line height, alignment, letter spacing…); custom properties still pass, on purpose. The host
 * box has the compact embed's fixed height, which the snippet also reserves inline before this
 * script runs (and which the page may change with its own `height`): the reader fills it.
 */
export const hostStyles =
  `:host{all:initial;display:block;height:${EMBED_HEIGHT}px}:host([hidden]){display:none}` +
  themeCss.replace(/\.dateline(\[[^\]]*\])?/g, (_, attr?: string) =>
    attr ? `:host(${attr})` : ':host',
  );
