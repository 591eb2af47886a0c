/**
 * The prerendered embed page of a timeline (`dist/embed/<name>.html`, issue 14 §1): the reader's
 * first view rendered here at the embed's default size and hydrated by `seed.js`; the timeline
 * inline, so the page needs no fetch (a sandboxed iframe's opaque origin, offline, a strict
 * Content-Security-Policy); and below it the static reading for readers without JavaScript.
 */
import { render } from 'svelte/server';
import { loadHistoric } from '../dates/format-date';
import type { Problem } from '../format/types';
import { parseTimelineText } from '../validate/validate';
import SeedFrame from '../embed/SeedFrame.svelte';
import {
  SEED_DATA_ID,
  SEED_NARROW_ID,
  SEED_NARROW_WIDTH,
  SEED_ROOT_ID,
  SEED_STATIC_ID,
  seedProps,
} from '../embed/seed-page';
import StaticPage from './StaticPage.svelte';
import { hoistStyles } from './hoist-styles';
import { inlineJson } from './inline-json';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Nothing but the page's own origin; `style-src` too, hence `hoistStyles`. */
export const SEED_CSP = "default-src 'self'";

export interface SeedPageInput {
  /** The timeline file's text. */
  text: string;
  /** The page's stylesheets and deferred script, relative to the page. */
  styles: readonly string[];
  script: string;
  /** The page's icon, relative to the page. */
  icon: string;
  /** The address of the stylesheet that will hold this page's hoisted styles. */
  pageStyles: string;
  /** The oEmbed file's address, when there is one. */
  oembed?: string | null;
}

export type SeedResult =
  { ok: true; html: string; css: string; title: string } | { ok: false; problems: Problem[] };

export async function renderSeedPage(input: SeedPageInput): Promise<SeedResult> {
  const result = parseTimelineText(input.text);
  if (!result.ok) return { ok: false, problems: result.problems };
  const { timeline } = result;
  const props = await seedProps(timeline);
  const frame = render(SeedFrame, { props });
  // The same reader drawn narrow, for phones: the page shows the drawing that fits its window.
  const narrow = render(SeedFrame, { props: await seedProps(timeline, SEED_NARROW_WIDTH) });
  // In the drawn reader's language: the page is `lang` that language, and the reading stands in
  // for the reader where it cannot start (seed-main.svelte.ts). (The app's static pages speak
  // English around the timeline's words: the app replaces them with a reader of its own.)
  await loadHistoric();
  const reading = render(StaticPage, {
    props: { timeline, dateLocale: props.dateLocale, messages: props.messages },
  });
  const hoisted = hoistStyles([frame.body, narrow.body, reading.body]);
  const [frameHtml, narrowHtml, staticHtml] = hoisted.html;
  const title = escapeHtml(timeline.title);
  const head = [
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${SEED_CSP}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="color-scheme" content="light dark" />',
    '<meta name="robots" content="noindex" />',
    `<title>${title}</title>`,
    // An icon of the page's own origin: without one the browser asks for /favicon.ico, and a
    // `data:` icon is something `default-src 'self'` refuses.
    `<link rel="icon" href="${escapeHtml(input.icon)}" />`,
    ...(input.oembed
      ? [
          `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(input.oembed)}" title="${title}" />`,
        ]
      : []),
    ...[...input.styles, input.pageStyles].map(
      (href) => `<link rel="stylesheet" href="${escapeHtml(href)}" />`,
    ),
    // A classic deferred script, not a module: in a sandboxed iframe (an opaque origin) a module
    // script is a CORS request that a static host without CORS headers fails. Deferred, it runs
    // after the page is parsed and never holds back the first paint.
    `<script defer src="${escapeHtml(input.script)}"></script>`,
  ];
  const html =
    '<!doctype html>\n' +
    `<html lang="${escapeHtml(props.lang)}">\n<head>\n    ${head.join('\n    ')}\n</head>\n` +
    '<body class="seed">\n' +
    `<div id="${SEED_ROOT_ID}">${frameHtml}</div>\n` +
    `<div id="${SEED_NARROW_ID}">${narrowHtml}</div>\n` +
    `<div id="${SEED_STATIC_ID}">${staticHtml}</div>\n` +
    `<script type="application/json" id="${SEED_DATA_ID}">${inlineJson(JSON.parse(input.text))}</script>\n` +
    '</body>\n</html>\n';
  return { ok: true, html, css: hoisted.css, title: timeline.title };
}
