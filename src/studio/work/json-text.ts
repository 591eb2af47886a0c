/** A converted timeline as the JSON the studio shows and downloads: the same text as `npm run import` writes. */
import type { TimelineInput } from '../../format/types';

export function timelineJson(value: TimelineInput): string {
  const { $schema: _ignored, ...rest } = value;
  return `${JSON.stringify({ $schema: './timeline.schema.json', ...rest }, null, 2)}\n`;
}
