/**
 * Media addresses after loading: resolved against the timeline file's address (see
 * `format/media-url.ts`), and checked against the origins the page allows — the rule `?src=`
 * follows: the page's own origin and those the embedder lists. YouTube and Vimeo links are not
 * fetched until the reader clicks (the placeholder says which host it will ask), and `link` is
 * only a link, so neither is held to that list.
 */
import { resolveMediaUrl } from '../format/media-url';
import { isExternalPlayer } from '../format/media-kind';
import type { Media, Timeline } from '../format/types';

/** The timeline with every media address resolved against `file`; the input is not changed. */
export function withResolvedMedia(timeline: Timeline, file: string): Timeline {
  const has = timeline.media || timeline.events.some((e) => e.media);
  if (!has) return timeline;
  const out: Timeline = {
    ...timeline,
    events: timeline.events.map((e) => (e.media ? { ...e, media: resolve(e.media, file) } : e)),
  };
  if (timeline.media) out.media = resolve(timeline.media, file);
  return out;
}

function resolve(media: Media, file: string): Media {
  if (isExternalPlayer(media)) return media;
  const out: Media = { ...media, src: resolveMediaUrl(media.src, file) };
  if (media.srcset) {
    out.srcset = media.srcset.map((v) => ({ ...v, src: resolveMediaUrl(v.src, file) }));
  }
  if (media.tracks) {
    out.tracks = media.tracks.map((t) => ({ ...t, src: resolveMediaUrl(t.src, file) }));
  }
  return out;
}

/** A media address from an origin the page does not allow. */
export interface ForeignMedia {
  /** The event's id, or `null` for the title card's media. */
  eventId: string | null;
  /** Where in the media object: `["src"]`, `["srcset", 1, "src"]`. */
  field: (string | number)[];
  url: string;
  origin: string;
}

/** Every resolved media address whose origin is not one of `origins`. */
export function foreignMedia(timeline: Timeline, origins: readonly string[]): ForeignMedia[] {
  const found: ForeignMedia[] = [];
  const check = (eventId: string | null, media: Media | undefined) => {
    if (!media || isExternalPlayer(media)) return;
    const at = (url: string, field: (string | number)[]) => {
      let origin = 'null';
      try {
        origin = new URL(url).origin;
      } catch {
        // Not absolute: the file was not resolved against an address; "null" is never allowed.
      }
      if (!origins.includes(origin)) found.push({ eventId, field, url, origin });
    };
    at(media.src, ['src']);
    media.srcset?.forEach((v, i) => at(v.src, ['srcset', i, 'src']));
    media.tracks?.forEach((t, i) => at(t.src, ['tracks', i, 'src']));
  };
  check(null, timeline.media);
  for (const e of timeline.events) check(e.id, e.media);
  return found;
}
