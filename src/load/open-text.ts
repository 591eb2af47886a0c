/**
 * The app's way in: the text of a `?src=` file, in Dateline's format or TimelineJS's, to a
 * checked timeline. A TimelineJS file is converted on the fly so an existing timeline can be
 * previewed before it is converted for good with `npm run import`.
 *
 * The converter (and its HTML reader) is loaded with a dynamic `import()` only for TimelineJS
 * files, so Dateline files — nearly every load — do not pay for it; likewise the validator's
 * diagnostics, for files with problems (see `check-timeline.ts`). Warnings (what TimelineJS has
 * and Dateline does not) do not block the preview; errors do, with their JSON paths.
 */
import { checkTimeline, checkTimelineText } from '../validate/check-timeline';
import type { LoadResult } from '../format/types';
import { detectFormat, mightBeTimelineJs, type JsonFormat } from '../import/detect';
import { withoutBom } from '../format/without-bom';

export type OpenResult = LoadResult & { format: JsonFormat };

export async function openTimelineText(text: string, name?: string): Promise<OpenResult> {
  if (mightBeTimelineJs(text)) {
    let value: unknown;
    try {
      value = JSON.parse(withoutBom(text));
    } catch {
      value = undefined; // checkTimelineText below reports where the syntax breaks.
    }
    if (value !== undefined && detectFormat(value) === 'timelinejs') {
      let convert: typeof import('../import/timelinejs-json');
      try {
        convert = await import('../import/timelinejs-json');
      } catch {
        const message =
          'the TimelineJS converter could not be loaded; reload the page to try again';
        return { ok: false, problems: [{ path: '$', message }], format: 'timelinejs' };
      }
      const converted = convert.fromTimelineJsJson(value, { text, fallbackTitle: name });
      const errors = converted.problems.filter((p) => p.severity !== 'warning');
      if (errors.length > 0) return { ok: false, problems: errors, format: 'timelinejs' };
      const result = await checkTimeline(converted.value);
      return { ...result, format: 'timelinejs' };
    }
  }
  return { ...(await checkTimelineText(text)), format: 'dateline' };
}
