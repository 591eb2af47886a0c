/**
 * Server-side rendering of a timeline into the built index.html: the page a reader without
 * JavaScript (or a search engine) gets, with every event and quote in it.
 */
import { render } from 'svelte/server';
import { en } from '../i18n/messages';
import { loadDateLocale, loadHistoric } from '../dates/format-date';
import { parseTimelineText } from '../validate/validate';
import { withResolvedMedia } from '../load/media-url';
import type { Problem } from '../format/types';
import StaticPage from './StaticPage.svelte';
import { staticHtml } from './static-html';

export type StaticResult =
  { ok: true; html: string; title: string } | { ok: false; problems: Problem[] };

/**
 * `template` is the built index.html; `src` the timeline's address relative to the page, which
 * the app reads from `#app[data-src]` when it takes over; `oembed` the address of its oEmbed
 * file, if it has one.
 */
export async function renderStaticPage(
  timelineText: string,
  template: string,
  src: string,
  oembed: string | null = null,
): Promise<StaticResult> {
  const result = parseTimelineText(timelineText);
  if (!result.ok) return { ok: false, problems: result.problems };
  // Media addresses are relative to the timeline file; the page is `src`'s base.
  const timeline = withResolvedMedia(result.timeline, src);
  const dateLocale = await loadDateLocale(timeline.locale);
  await loadHistoric();
  const { body } = render(StaticPage, { props: { timeline, dateLocale, messages: en } });
  const html = staticHtml(template, body, timeline, src, oembed);
  return { ok: true, html, title: timeline.title };
}
