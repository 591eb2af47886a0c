/**
 * The compact embed's box (issue 14, §2): a fixed height the host reserves in its snippet, before
 * any of our code runs, and that the reader then fills exactly, scrolling inside itself. The
 * height never depends on the timeline or on what the reader does, so the host article never
 * shifts: not while loading, not when an event opens. Pixels, not rem: the host's rem (a page
 * may set `html { font-size: 62.5% }`) is not the embed's.
 */

/** The reserved height, px, at every width: the snippets, oEmbed and both embeds use it. */
export const EMBED_HEIGHT = 600;
/** The bounds of the iframe's `height` parameter, px. */
export const EMBED_HEIGHT_MIN = 320;
export const EMBED_HEIGHT_MAX = 1200;

/** The iframe's `height` parameter (whole px, clamped); the default when absent or unreadable. */
export function embedHeight(value: string | null | undefined): number {
  if (!value || !/^\d{1,5}$/.test(value.trim())) return EMBED_HEIGHT;
  return Math.min(EMBED_HEIGHT_MAX, Math.max(EMBED_HEIGHT_MIN, Number(value.trim())));
}

/** The inline style that reserves the box in the host page (`display:block`: an element not yet
 * defined is inline, and an inline box ignores its height). */
export const reserveStyle = (height = EMBED_HEIGHT) => `display:block;height:${height}px`;
