/**
 * The reader's step for timelines with media, loaded only for them: addresses resolved against
 * the file, then held to the origins the page allows (see `media-origins.ts`).
 */
import type { Problem, Timeline } from '../format/types';
import { mediaOriginProblems } from './media-origins';
import { withResolvedMedia } from './media-url';

export async function checkMedia(
  timeline: Timeline,
  text: string,
  file: string,
  origins: readonly string[],
): Promise<{ timeline: Timeline; problems: Problem[] }> {
  const resolved = withResolvedMedia(timeline, file);
  return { timeline: resolved, problems: await mediaOriginProblems(resolved, text, origins) };
}
