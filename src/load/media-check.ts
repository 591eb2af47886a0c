/**
 * The reader's step for timelines with media, loaded only for them: addresses resolved against
 * the file, then held to the origins the page allows (see `media-origins.ts`).
 */
import type { Problem, Timeline } from '../format/types';
import { mediaOriginProblems } from './media-origins';
import { foreignMedia, withResolvedMedia } from './media-url';

/**
 * `preview`: a TimelineJS file opened as it is, converted on the fly. Its pictures are usually
 * on hosts nobody listed; the preview leaves those out (nothing is requested from them) rather
 * than refusing the file, so an existing timeline can still be looked at before it is converted.
 */
export async function checkMedia(
  timeline: Timeline,
  text: string,
  file: string,
  origins: readonly string[],
  { preview = false }: { preview?: boolean } = {},
): Promise<{ timeline: Timeline; problems: Problem[] }> {
  const resolved = withResolvedMedia(timeline, file);
  if (!preview) {
    return { timeline: resolved, problems: await mediaOriginProblems(resolved, text, origins) };
  }
  const foreign = new Set(foreignMedia(resolved, origins).map((f) => f.eventId));
  if (foreign.size === 0) return { timeline: resolved, problems: [] };
  const out: Timeline = {
    ...resolved,
    events: resolved.events.map((e) => {
      if (!foreign.has(e.id)) return e;
      const { media: _dropped, ...rest } = e;
      return rest;
    }),
  };
  if (foreign.has(null)) delete out.media;
  return { timeline: out, problems: [] };
}
