/**
 * What the prerendered embed page (`dist/embed/<name>.html`) and its script agree on: the build
 * renders the reader at `SEED_WIDTH`, the script hydrates it with the same props and the timeline
 * from the `SEED_DATA_ID` element, then lets the reader measure its real box.
 */
import { DEFAULT_DATE_LOCALE, resolveDateLocaleTag } from '../dates/date-locale';
import type { Timeline } from '../format/types';
import { resolveMessagesTag } from '../i18n/load-messages';
import { en } from '../i18n/messages';
import { EMBED_HEIGHT } from '../layout/embed-box';
import { loadLanguage, type Language } from '../state/reader-language';
import type { Header, Theme } from '../state/url-params';

/**
 * The reader's width on the server, px (the frame's box less its 0.5rem padding each side). The
 * narrowest wide layout (Reader's 720 px): the desktop article column a graphic is most often
 * given, where the chart, its marks and the title card show side by side. A wider box lays out
 * again once the script runs; a box too narrow for the chart (seed.css) shows the static reading
 * until then.
 */
export const SEED_WIDTH = 720;
/**
 * The narrow reader's width on the server, px: a 390 px phone's box less the padding. The narrow
 * reader is a list that wraps to any width, so one drawing serves every box below the wide
 * layout's (`SEED_WIDE_FROM`) until the script measures the real one.
 */
export const SEED_NARROW_WIDTH = 374;
/** The narrowest window, px, that shows the wide drawing: `SEED_WIDTH` plus the frame's padding
 * (seed.css uses the same figure). */
export const SEED_WIDE_FROM = 736;
/** The `<script type="application/json">` that carries the timeline. */
export const SEED_DATA_ID = 'dateline-timeline';
/** The element the wide reader is rendered into, and the one hydrated in a wide window. */
export const SEED_ROOT_ID = 'dateline';
/** The narrow reader's element: hydrated instead in a window narrower than `SEED_WIDE_FROM`. */
export const SEED_NARROW_ID = 'dateline-narrow';
/** The static reading (every event and quote), for readers without JavaScript. */
export const SEED_STATIC_ID = 'dateline-static';
/** On `<html>` once the reader is hydrated and laid out for its box. */
export const SEED_LIVE_CLASS = 'dateline-live';
/** On `<html>` when the script ran but the reader could not start: seed.css then shows the
 * static reading in the reader's place (seed-main.svelte.ts). */
export const SEED_FALLBACK_CLASS = 'dateline-fallback';
/** The custom property that gives the fallback's box the reader's height (seed.css). */
export const SEED_HEIGHT_VAR = '--dateline-height';

/**
 * The props the page is rendered with on the server and hydrated with in the browser: exactly
 * the same, so hydration finds the markup it would have written. The address's parameters
 * (theme, header, event) are applied after hydration.
 */
export async function seedProps(timeline: Timeline, width = SEED_WIDTH) {
  const language = await loadLanguage(timeline);
  return {
    timeline,
    ...language,
    width,
    height: EMBED_HEIGHT,
    theme: 'auto' as Theme,
    header: 'title' as Header,
    event: null as string | null,
    activeId: null as string | null,
    childId: null as string | null,
  };
}

/**
 * What of the timeline's language this browser could not load, or null. The loaders fall back to
 * English rather than fail (the right thing for a reader drawn in the browser), but the server
 * drew this page in the timeline's language: hydrated in English, its words would not be the
 * server's. The usual cause is a sandboxed frame (an opaque origin) whose `import()` of a
 * language file from a host that sends no `Access-Control-Allow-Origin` is refused.
 */
export function missingLanguage(timeline: Timeline, language: Language): string | null {
  const catalog = resolveMessagesTag(timeline.locale);
  if (catalog !== 'en' && language.messages === en) return `its interface strings (${catalog})`;
  const dates = resolveDateLocaleTag(timeline.locale);
  if (dates !== DEFAULT_DATE_LOCALE && language.dateLocale.code === DEFAULT_DATE_LOCALE)
    return `its date formats (${dates})`;
  return null;
}
