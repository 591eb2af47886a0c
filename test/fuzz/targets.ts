/**
 * What the fuzz run (`npm run fuzz`) feeds, and what it asks of each answer: no exception, and
 * every error located (a line, for anything read from text). Shared with the regression test
 * that replays test/fixtures/broken/fuzz/.
 */
import { parseTimelineText } from '../../src/validate/validate';
import { fromTimelineJsJson } from '../../src/import/timelinejs-json';
import { fromTimelineJsCsv } from '../../src/import/timelinejs-csv';
import { fromDatelineCsv } from '../../src/import/dateline-csv';
import { htmlToText } from '../../src/import/html-to-text';
import { convertFile } from '../../src/cli/import';
import type { Problem } from '../../src/format/types';

export type Kind = 'json' | 'timelinejs-json' | 'timelinejs-csv' | 'dateline-csv' | 'html';

export const EXTENSION: Record<Kind, string> = {
  json: 'json',
  'timelinejs-json': 'json',
  'timelinejs-csv': 'csv',
  'dateline-csv': 'csv',
  html: 'html',
};

/**
 * The problems the entry point for `kind` reports for `text` (htmlToText: none; its notices
 * are unlocated by design, the importers place them). This is what is timed.
 */
function problemsOf(kind: Kind, text: string): Problem[] {
  switch (kind) {
    case 'json': {
      const result = parseTimelineText(text);
      return result.ok ? [] : result.problems;
    }
    case 'timelinejs-json': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return convertFile('x.json', text).problems;
      }
      return fromTimelineJsJson(value, { text }).problems;
    }
    case 'timelinejs-csv':
      return fromTimelineJsCsv(text).problems;
    case 'dateline-csv':
      return fromDatelineCsv(text).problems;
    case 'html':
      htmlToText(text);
      htmlToText(text, { oneLine: true, quotes: false });
      return [];
  }
}

/** The CLI's way in for the same text (untimed): it picks the importer by content. */
function cliProblems(kind: Kind, text: string): Problem[] {
  if (kind === 'html') return [];
  return convertFile(`x.${EXTENSION[kind]}`, text).problems;
}

export interface Outcome {
  /** The exception's stack, if one escaped. */
  crash?: string;
  /** Errors without a line. */
  unlocated: Problem[];
  /** CPU milliseconds of the entry point for the kind (not of the CLI's second read). */
  ms: number;
}

/** Runs `kind`'s entry point, then the CLI's; `ms` is the first's CPU time (steady under load). */
export function check(kind: Kind, text: string): Outcome {
  const started = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  let ms = 0;
  try {
    const problems = problemsOf(kind, text);
    ms = cpuMs();
    problems.push(...cliProblems(kind, text));
    const unlocated = problems.filter((p) => p.severity !== 'warning' && p.line === undefined);
    return { unlocated, ms };
  } catch (error) {
    return { crash: (error as Error).stack ?? String(error), unlocated: [], ms: ms || cpuMs() };
  }
}
