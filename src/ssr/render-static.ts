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

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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
  const description = timeline.summary ?? timeline.title;
  const html = template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${escapeHtml(timeline.locale)}"`)
    .replace(
      /<title>[^<]*<\/title>/,
      // The preload link comes before index.html's early-fetch script, which reads it; the
      // timeline downloads alongside the script instead of after it has run. (Replacer
      // functions throughout: a "$&" in a title must stay text, not a replacement pattern.)
      () =>
        `<title>${escapeHtml(timeline.title)}</title>\n` +
        `    <meta name="description" content="${escapeHtml(description)}" />\n` +
        `    <link rel="preload" as="fetch" href="${escapeHtml(src)}" crossorigin="anonymous" />` +
        (oembed
          ? `\n    <link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed)}" title="${escapeHtml(timeline.title)}" />`
          : ''),
    )
    .replace(
      '<div id="app"></div>',
      () => `<div id="app" data-src="${escapeHtml(src)}">${body}</div>`,
    );
  if (!html.includes('data-src=')) throw new Error('index.html has no empty <div id="app"></div>');
  return { ok: true, html, title: timeline.title };
}
