/**
 * The built index.html with a timeline's static reading put in: its language, title,
 * description, a preload link for its file, and the rendered body inside `#app`. No Svelte here:
 * the build fills it with the server renderer's output (render-static.ts), the studio's
 * publish kit with the same StaticPage component mounted in the browser.
 */
import type { Timeline } from '../format/types';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * `template` is the built index.html; `src` the timeline's address relative to the page, which
 * the app reads from `#app[data-src]` when it takes over; `oembed` the address of its oEmbed
 * file, if it has one; `mediaStyles` the media figure's stylesheets (kit-files.ts), linked when
 * the timeline has media: the app loads them with the figure, which a page read without a
 * script never does.
 */
export function staticHtml(
  template: string,
  body: string,
  timeline: Timeline,
  src: string,
  oembed: string | null = null,
  mediaStyles: readonly string[] = [],
): string {
  const description = timeline.summary ?? timeline.title;
  const hasMedia = timeline.media !== undefined || timeline.events.some((e) => e.media);
  const links = hasMedia
    ? mediaStyles.map((href) => `    <link rel="stylesheet" href="./${escapeHtml(href)}" />\n`)
    : [];
  const html = template
    .replace('</head>', () => `${links.join('')}  </head>`)
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
  return html;
}
