/**
 * The reader's step for timelines with media, loaded only for them: addresses resolved against
 * the file, then held to the origins the page allows (see `media-origins.ts`).
 */
import type { Media, Problem, Timeline } from '../format/types';
import { mediaOriginProblems } from './media-origins';
import { foreignMedia, withResolvedMedia, type ForeignMedia } from './media-url';

/**
 * Media from origins the page does not allow are marked `refused` and never requested: the
 * figure shows their alt text, caption and credit instead. The timeline still opens — one
 * hot-linked picture (common in converted TimelineJS files) should not take the story down —
 * and each refused address comes back as a problem located in the file, for the console.
 */
export async function checkMedia(
  timeline: Timeline,
  text: string,
  file: string,
  origins: readonly string[],
): Promise<{ timeline: Timeline; problems: Problem[] }> {
  const resolved = withResolvedMedia(timeline, file);
  const found = foreignMedia(resolved, origins);
  if (found.length === 0) return { timeline: resolved, problems: [] };
  return {
    timeline: markRefused(resolved, found),
    problems: await mediaOriginProblems(resolved, text, origins),
  };
}

/**
 * The same, without the problems: what the studio's preview shows (its page asks nothing of
 * other hosts, so their media show as text, as on a page that does not allow them).
 */
export function refuseForeignMedia(
  timeline: Timeline,
  file: string,
  origins: readonly string[],
): Timeline {
  const resolved = withResolvedMedia(timeline, file);
  return markRefused(resolved, foreignMedia(resolved, origins));
}

function markRefused(resolved: Timeline, found: ForeignMedia[]): Timeline {
  if (found.length === 0) return resolved;
  const refused = new Map(found.map((f) => [f.eventId, f.origin]));
  const mark = (media: Media | undefined, id: string | null) => {
    const origin = refused.get(id);
    return media && origin !== undefined ? { ...media, refused: origin } : media;
  };
  const out: Timeline = {
    ...resolved,
    events: resolved.events.map((e) =>
      refused.has(e.id) ? { ...e, media: mark(e.media, e.id) } : e,
    ),
  };
  if (refused.has(null)) out.media = mark(resolved.media, null);
  return out;
}
