/**
 * Media on a page rendered ahead of time (the build's static pages, the publish kit's page):
 * addresses resolved against the timeline file, relative to the page (`format/media-url.ts`),
 * and media from another host marked `refused`, as the reader marks them (`load/media-check.ts`)
 * when the page does not allow that origin. Without JavaScript nothing else would stop the
 * browser asking that host: the figure shows the alt text, caption and credit instead.
 *
 * A relative address (`data/img/a.jpg`, `/img/a.jpg`) is the page's own origin wherever it is
 * served; a full address is allowed only on an origin in `origins` (the site's, when the build
 * knows it). YouTube and Vimeo links are buttons until clicked, as in the reader.
 */
import { isExternalPlayer } from '../format/media-kind';
import type { Media, Timeline } from '../format/types';
import { withResolvedMedia } from '../load/media-url';

const ABSOLUTE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:|\/\/)/;

/** The origin of `url` when another host serves it, else `undefined`. */
function foreignOrigin(url: string, origins: readonly string[]): string | undefined {
  if (!ABSOLUTE.test(url)) return undefined;
  let origin = 'null';
  try {
    origin = new URL(url, 'https://page.invalid/').origin;
  } catch {
    // Not an address a browser would load: refused as "null".
  }
  return origins.includes(origin) ? undefined : origin;
}

function refuse(media: Media, origins: readonly string[]): Media {
  if (isExternalPlayer(media)) return media;
  const addresses = [
    media.src,
    ...(media.srcset ?? []).map((v) => v.src),
    ...(media.tracks ?? []).map((t) => t.src),
  ];
  for (const url of addresses) {
    const origin = foreignOrigin(url, origins);
    if (origin !== undefined) return { ...media, refused: origin };
  }
  return media;
}

/** The timeline as a page rendered ahead of time shows it: see the top of this file. */
export function staticMedia(timeline: Timeline, src: string, origins: readonly string[] = []) {
  const resolved = withResolvedMedia(timeline, src);
  if (resolved === timeline) return timeline;
  const out: Timeline = {
    ...resolved,
    events: resolved.events.map((e) => (e.media ? { ...e, media: refuse(e.media, origins) } : e)),
  };
  if (resolved.media) out.media = refuse(resolved.media, origins);
  return out;
}
