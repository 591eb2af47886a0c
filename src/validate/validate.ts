/**
 * From a timeline file to a `Timeline` everything else can trust, or to every problem in it at
 * once, each with its JSON path (and, from text, line and column) — synchronously, for node
 * tools, the static page build and tests.
 *
 * The same two halves as the reader's `check-timeline.ts`: the quick check (`quick-check.ts`): the quick check, and, when it says
 * no, the diagnostics (`diagnose.ts`), here imported statically. The rules are in
 * `timeline-rules.ts`, the shapes in `schema.ts`, normalisation in `normalise.ts`.
 */
import { acceptTimeline, parseText } from './quick-check';
import { mightHaveDuplicateKeys } from './duplicate-keys';
import { diagnoseTimeline, diagnoseTimelineText } from './diagnose';
import type { LoadResult } from '../format/types';

/** Checks an already-parsed value. Problems carry paths but no line numbers. */
export function validateTimeline(value: unknown): LoadResult {
  const timeline = acceptTimeline(value);
  return timeline ? { ok: true, timeline } : diagnoseTimeline(value);
}

/** Parses and checks the text of a timeline file. Never throws. */
export function parseTimelineText(text: string): LoadResult {
  const value = parseText(text);
  const timeline =
    value === undefined || mightHaveDuplicateKeys(text, value) ? undefined : acceptTimeline(value);
  return timeline ? { ok: true, timeline } : diagnoseTimelineText(text, value);
}
