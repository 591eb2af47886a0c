/**
 * Validation as the reader runs it: the quick check here, and the diagnostics only when it says
 * no. Nearly every file a reader opens is valid, so the code that only explains problems — the
 * messages, valibot's issue list, the line finder (`json-locate.ts`), "did you mean" — is in
 * `diagnose.ts`, loaded with `import()` when a file fails, and not in the reader's first
 * download. The diagnostics run the same checks again (the guard, the rules in
 * `timeline-rules.ts`, on the value already parsed) to collect every problem; that second pass
 * costs nothing on a valid file, which never takes it.
 *
 * The quick check is the whole happy path: `JSON.parse`, a guard compiled from the schema
 * (`schema-guard.ts`), the cross-field rules, normalisation. 100,000 events take a few hundred
 * milliseconds; it is in `quick-check.ts`. Node tools, which want answers synchronously, use `validate.ts`: the same
 * quick check, with the diagnostics imported statically.
 */
import { acceptTimeline, parseText } from './quick-check';
import { mightHaveDuplicateKeys } from './duplicate-keys';
import type { LoadResult } from '../format/types';

type Diagnostics = typeof import('./diagnose');

/** Checks an already-parsed value. Problems carry paths but no line numbers. Never throws. */
export async function checkTimeline(value: unknown): Promise<LoadResult> {
  const timeline = acceptTimeline(value);
  if (timeline) return { ok: true, timeline };
  return diagnoseWith((d) => d.diagnoseTimeline(value));
}

/** Parses and checks the text of a timeline file. Never throws. */
export async function checkTimelineText(text: string): Promise<LoadResult> {
  const value = parseText(text);
  const timeline =
    value === undefined || mightHaveDuplicateKeys(text, value) ? undefined : acceptTimeline(value);
  if (timeline) return { ok: true, timeline };
  return diagnoseWith((d) => d.diagnoseTimelineText(text, value));
}

async function diagnoseWith(run: (diagnostics: Diagnostics) => LoadResult): Promise<LoadResult> {
  let diagnostics: Diagnostics;
  try {
    diagnostics = await import('./diagnose');
  } catch {
    const message =
      'this file has problems, but the list of them could not be loaded; reload the page to see it';
    return { ok: false, problems: [{ path: '$', message }] };
  }
  return run(diagnostics);
}
