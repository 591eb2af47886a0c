/**
 * Where each part of an imported timeline came from, so that every problem — the importer's own
 * and the validator's, which only knows paths in the converted timeline — points at the place
 * in the file the reporter has open: a JSON path in a TimelineJS file, a row and column in a
 * spreadsheet.
 */
import { validateTimeline } from '../validate/validate';
import type { Problem, TimelineInput } from '../format/types';

export type Severity = 'error' | 'warning';

/** A problem located by `L`: a JSON path in the input, or a spreadsheet cell. */
export interface Finding<L> {
  at: L;
  message: string;
  severity: Severity;
}

/** What every importer returns. `problems` holds warnings too; see `hasErrors`. */
export interface ImportResult {
  value: TimelineInput;
  problems: Problem[];
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity !== 'warning');
}

// One step of a path as `formatPath` writes it: `.key`, `[3]` or `["odd key"]`.
const LAST_SEGMENT = /(?:\.[A-Za-z_$][A-Za-z0-9_$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;
const PATH_IN_TEXT = /\$(?:\.[A-Za-z_$][A-Za-z0-9_$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*/g;

/** The path one step up, or `undefined` at `$`. */
export function parentPath(path: string): string | undefined {
  if (path === '$') return undefined;
  const m = LAST_SEGMENT.exec(path);
  return m ? path.slice(0, m.index) : undefined;
}

/** Output path (as `formatPath` writes it) → where that value came from in the input. */
export class Origins<L> {
  private readonly map = new Map<string, L>();

  constructor(private readonly root: L) {}

  set(outputPath: string, at: L): void {
    this.map.set(outputPath, at);
  }

  /** The origin of the path, or of its nearest ancestor that has one. */
  locate(outputPath: string): L {
    for (let p: string | undefined = outputPath; p !== undefined; p = parentPath(p)) {
      const at = this.map.get(p);
      if (at !== undefined) return at;
    }
    return this.root;
  }
}

export interface CheckOptions<L> {
  /**
   * A key per location, to skip the validator's findings where the importer already erred. A
   * location contains those whose key continues its own with ".", "[" or "/": `$.events`
   * contains `$.events[0].date`, row `L3` contains cell `L3/C2`.
   */
  key: (at: L) => string;
  /** How a location reads inside a message ("row 7", `$.events[2]`). */
  describe: (at: L) => string;
  /** Add "(in the converted timeline at $.events[3].summary)": useful when names differ. */
  mentionOutputPath: boolean;
}

/**
 * Validates the converted timeline and locates the validator's problems in the input. Where the
 * importer has already reported an error, at the same place or inside it, the validator's
 * finding is dropped: it is the same mistake in other words, or its consequence (an event left
 * out for a bad date leaves "no events").
 */
export function checkConverted<L>(
  value: TimelineInput,
  origins: Origins<L>,
  findings: readonly Finding<L>[],
  options: CheckOptions<L>,
): Finding<L>[] {
  const result = validateTimeline(value);
  if (result.ok) return [...findings];
  // Every location that holds an importer error: the error's own key and each of its
  // ancestors (the key cut before a ".", "[" or "/"). One set lookup per finding, where
  // comparing each finding with each error took 19 s on a 40,000-row sheet with an error a row.
  const erred = new Set<string>();
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    const k = options.key(f.at);
    erred.add(k);
    for (let i = 1; i < k.length; i++) if ('.[/'.includes(k[i]!)) erred.add(k.slice(0, i));
  }
  const covered = (key: string) => erred.has(key);
  const out = [...findings];
  for (const problem of result.problems) {
    const at = origins.locate(problem.path);
    if (covered(options.key(at))) continue;
    const message = problem.message.replace(PATH_IN_TEXT, (p) =>
      options.describe(origins.locate(p)),
    );
    out.push({
      at,
      message: options.mentionOutputPath
        ? `${message} (in the converted timeline at ${problem.path})`
        : message,
      severity: 'error',
    });
  }
  return out;
}

/** Problems in reading order: by line, then column; unlocated ones first, in their order. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i,
    )
    .map(({ p }) => p);
}
