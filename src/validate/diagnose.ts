/**
 * Every problem in a timeline file at once, each with its JSON path (and, from text, line and
 * column): what the reader loads, with `import()`, only when the quick check in
 * `check-timeline.ts` says no.
 *
 * Three passes, each linear: `JSON.parse` (and, when it fails, `json-locate`'s scanner, to say
 * where the syntax breaks); the schema (shapes, see `schema.ts` — valibot runs only when the
 * compiled guard says no, to list the issues); the cross-field rules of `timeline-rules.ts`.
 * The rules run even when the schema failed, defensively, so one look shows everything wrong.
 * `json-locate` then scans the text once to put line numbers on the problems.
 *
 * It is a whole validator: a file with no problem is normalised, as the quick check would, so
 * the answer is right whichever path asked.
 */
import * as v from 'valibot';
import { withoutBom } from '../format/without-bom';
import { isTimelineShape } from './quick-check';
import { findDuplicateKeys, formatPath, locatePaths, parseJson } from './json-locate';
import { mightHaveDuplicateKeys } from './duplicate-keys';
import { normalise } from './normalise';
import { ruleProblems } from './rule-problems';
import { TimelineSchema } from '../format/schema';
import { issueToFinding, notATimelineMessage, type Finding } from './schema-problems';
import { isObj, Rules } from './timeline-rules';
import type { LoadResult, Problem, Timeline, TimelineInput } from '../format/types';

/** Checks an already-parsed value. Problems carry paths but no line numbers. */
export function diagnoseTimeline(value: unknown): LoadResult {
  const checked = check(value);
  if (checked.ok) return checked;
  return {
    ok: false,
    problems: checked.findings.map((f) => ({ path: formatPath(f.path), message: f.message })),
  };
}

/**
 * Parses and checks the text of a timeline file. Never throws. `parsed` is what `JSON.parse`
 * already made of it, if anything: a 100,000-event file takes a while to parse.
 */
export function diagnoseTimelineText(text: string, parsed?: unknown): LoadResult {
  const body = withoutBom(text);
  let value = parsed;
  if (value === undefined) {
    const json = parseJson(body);
    if (!json.ok) return { ok: false, problems: [json.problem] };
    value = json.value;
  }
  // `JSON.parse` kept the last of each repeated key; the first is a problem of its own.
  const duplicates = mightHaveDuplicateKeys(body, value) ? findDuplicateKeys(body) : [];
  const checked = check(value);
  if (checked.ok && duplicates.length === 0) return checked;

  const findings = checked.ok ? [] : checked.findings;
  const requests = findings.flatMap((f) =>
    f.related ? [f, { path: f.related, at: 'value' as const }] : [f],
  );
  const positions = locatePaths(body, requests);
  const problems: Problem[] = [...duplicates];
  let r = 0;
  for (const f of findings) {
    const pos = positions[r++];
    const related = f.related ? positions[r++] : undefined;
    const problem: Problem = {
      path: formatPath(f.path),
      message: related ? `${f.message} (line ${related.line})` : f.message,
    };
    if (pos) {
      problem.line = pos.line;
      problem.column = pos.column;
    }
    problems.push(problem);
  }
  // In reading order; Array.prototype.sort is stable, so same-place problems keep their order.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { ok: false, problems };
}

// ---------------------------------------------------------------------------------------------

type Checked = { ok: true; timeline: Timeline } | { ok: false; findings: Finding[] };

/** A bug here must still end in a message, never in a blank page. */
function check(value: unknown): Checked {
  try {
    return checkValue(value);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      findings: [
        { path: [], message: `Dateline could not check this file (${why}); please report this` },
      ],
    };
  }
}

function checkValue(value: unknown): Checked {
  if (!isObj(value)) {
    return { ok: false, findings: [{ path: [], message: notATimelineMessage(value) }] };
  }
  const findings: Finding[] = [];
  if (!isTimelineShape(value)) {
    const schema = v.safeParse(TimelineSchema, value);
    if (!schema.success) for (const issue of schema.issues) findings.push(issueToFinding(issue));
  }

  const toFinding = ruleProblems();
  const rules = new Rules((path, fault) => findings.push(toFinding(path, fault)));
  rules.timeline(value);

  if (findings.length > 0) return { ok: false, findings: dedupe(findings) };
  return { ok: true, timeline: normalise(value as unknown as TimelineInput, rules) };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.path.join('\u0000')}\u0001${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
