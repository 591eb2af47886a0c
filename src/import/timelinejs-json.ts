/**
 * TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html) to a Dateline
 * timeline. Nothing is dropped without a word: what Dateline cannot hold is kept in a note or
 * reported as a warning, and every problem points at its JSON path in the TimelineJS file.
 *
 * Decisions:
 * - Dates keep the precision TimelineJS gives: year → "2023", + month → "2023-02", + day →
 *   "2023-02-21", + hour/minute(/second) → "2023-02-21T14:30Z". TimelineJS times have no zone;
 *   without `offset` they are read as UTC, and the event's note and a warning say so.
 * - `text.headline` → title (plain, one line); `text.text` → summary. HTML becomes plain text
 *   (`html-to-text.ts`); `<blockquote>`…`<cite>` becomes a quote whose speaker is a person made
 *   from the cite ("Name, role"); links become sources (a link inside a quote is its source).
 * - `media`: a picture, video or sound file, or a YouTube or Vimeo link, becomes the event's
 *   `media` (alt text from `alt`, `title` or `caption`, else the headline, with a warning), with
 *   its caption, credit and link. Any other address (a tweet, a map, a Wikipedia page) is
 *   reported and kept as a source (title from `media.title`), `media.link` another, caption,
 *   credit and alt text in the note; a blockquote given as media is a quote; other embed code
 *   is converted like text. Thumbnails and backgrounds are reported, not kept.
 * - `unique_id` is the event id when it is URL-safe and not taken; otherwise the id is a slug
 *   of the headline, made unique.
 * - `group` → a group keyed by the slug of its label.
 * - `display_date` (Dateline formats dates itself) → the note: "TimelineJS showed the date as …".
 * - The `title` slide → the timeline's title and summary; its links and media → the timeline
 *   note. Without a title slide, `fallbackTitle` (the file name) is used, with a warning.
 * - `eras` → periods (bands behind the events), labelled with their headline.
 */
import {
  findDuplicateKeys,
  formatPath,
  locatePaths,
  type PathSegment,
} from '../validate/json-locate';
import { mightHaveDuplicateKeys } from '../validate/duplicate-keys';
import type { Problem, TimelineInput } from '../format/types';
import { sortProblems, type Finding, type ImportResult } from './origins';
import { withoutBom } from '../format/without-bom';
import { Converter } from './timelinejs-convert';

export interface TimelineJsOptions {
  /**
   * The UTC offset of the times in the file, "+01:00", "-05:00" or "Z". TimelineJS times have
   * none; without this they are read as UTC and each timed event's note says so.
   */
  offset?: string;
  /** The title when the file has no title slide, e.g. the file name. */
  fallbackTitle?: string;
}

export type JsonFinding = Finding<PathSegment[]>;

const OFFSET = /^(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;

/** Checks an `offset` option; returns why it is wrong, or `undefined`. */
export function offsetProblem(offset: string): string | undefined {
  if (OFFSET.test(offset) && offset !== '-00:00') return undefined;
  return `the time zone offset ${JSON.stringify(offset)} is not valid; write it as +01:00, -05:00 or Z`;
}

/** Converts a parsed TimelineJS file. `text` (the file as read) adds lines and columns. */
export function fromTimelineJsJson(
  value: unknown,
  options: TimelineJsOptions & { text?: string } = {},
): ImportResult {
  const { value: timeline, findings } = convertTimelineJs(value, options);
  const problems: Problem[] = findings.map((f) => ({
    path: formatPath(f.at),
    message: f.message,
    severity: f.severity,
  }));
  const body = options.text === undefined ? undefined : withoutBom(options.text);
  if (body !== undefined && mightHaveDuplicateKeys(body, value)) {
    for (const p of findDuplicateKeys(body)) problems.push({ ...p, severity: 'error' });
  }
  if (body !== undefined && problems.length > 0) {
    const positions = locatePaths(
      body,
      findings.map((f) => ({ path: f.at })),
    );
    positions.forEach((pos, i) => {
      if (pos && problems[i]!.line === undefined) {
        Object.assign(problems[i]!, { line: pos.line, column: pos.column });
      }
    });
    return { value: timeline, problems: sortProblems(problems) };
  }
  return { value: timeline, problems };
}

/**
 * The conversion with findings on input paths (segments), for callers that locate them
 * otherwise, such as the spreadsheet importer.
 */
export function convertTimelineJs(
  input: unknown,
  options: TimelineJsOptions = {},
): { value: TimelineInput; findings: JsonFinding[] } {
  return new Converter(options).run(input);
}
