/**
 * Server-side rendering of a timeline into the built index.html: the page a reader without
 * JavaScript (or a search engine) gets, with every event and quote in it.
 */
import { render } from 'svelte/server';
import { en } from '../i18n/messages';
import { loadDateLocale, loadHistoric } from '../dates/format-date';
import { parseTimelineText } from '../validate/validate';
import { staticMedia } from './static-media';
import type { Problem } from '../format/types';
import StaticPage from './StaticPage.svelte';
import { staticHtml } from './static-html';

export type StaticResult =
  { ok: true; html: string; title: string } | { ok: false; problems: Problem[] };

/**
 * `template` is the built index.html; `src` the timeline's address relative to the page, which
 * the app reads from `#app[data-src]` when it takes over; `oembed` the address of its oEmbed
 * file, if it has one; `media.origins` the origins besides the page's own whose media it shows
 * (the site's, when the build is told its address), `media.styles` the media figure's
 * stylesheets, linked when the timeline has media.
 */
export async function renderStaticPage(
  timelineText: string,
  template: string,
  src: string,
  oembed: string | null = null,
  media: { origins?: readonly string[]; styles?: readonly string[] } = {},
): Promise<StaticResult> {
  const result = parseTimelineText(timelineText);
  if (!result.ok) return { ok: false, problems: result.problems };
  // Media addresses are relative to the timeline file; the page is `src`'s base. Another
  // host's media show as text: without a script, nothing else keeps the page from asking it.
  const timeline = staticMedia(result.timeline, src, media.origins);
  const dateLocale = await loadDateLocale(timeline.locale);
  await loadHistoric();
  const { body } = render(StaticPage, { props: { timeline, dateLocale, messages: en } });
  const html = staticHtml(template, body, timeline, src, oembed, media.styles);
  return { ok: true, html, title: timeline.title };
}
