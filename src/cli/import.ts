/**
 * Converts a timeline from another tool, or from a spreadsheet, into a Dateline timeline.
 *
 *   npm run import -- <file> [--out data/x.json] [--offset +01:00]
 *
 * The input is recognised by extension and content: `.json` is TimelineJS JSON or Dateline
 * JSON; `.csv` (or `.tsv`, `;`-separated too) is TimelineJS's spreadsheet template (a header
 * with Year … Headline) or Dateline's layout (a `kind` column). The output is pretty JSON with
 * `"$schema": "./timeline.schema.json"`, to `--out` or stdout; an `--out` ending in `.csv`
 * writes Dateline's spreadsheet layout instead, which is also how a Dateline JSON file is
 * exported for editing in a spreadsheet.
 *
 * `--offset` gives the UTC offset of TimelineJS times, which carry none (default: UTC, with a
 * note on each timed event).
 *
 * Every problem goes to stderr as `file:line:col path message` (warnings say so). Exit status:
 * 0 when converted (warnings allowed); 1 when there are errors — nothing is written then, so
 * a half-converted file never replaces a good one; 2 when the command is used wrongly or the
 * file cannot be read.
 */
import { writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseJson } from '../validate/json-locate';
import { readCsv } from '../import/csv-rows';
import { fromDatelineCsv, isDatelineHeader, toDatelineCsv } from '../import/dateline-csv';
import { detectFormat } from '../import/detect';
import { hasErrors, type ImportResult } from '../import/origins';
import { fromTimelineJsCsv, isTimelineJsHeader } from '../import/timelinejs-csv';
import { fromTimelineJsJson, offsetProblem } from '../import/timelinejs-json';
import type { Problem, TimelineInput } from '../format/types';
import { parseTimelineText, validateTimeline } from '../validate/validate';
import { summarise } from './validate';
import { withoutBom } from '../format/without-bom';
import { readInput } from './read-input';
import { argumentProblem } from './args';

const USAGE =
  'usage: npm run import -- <file.json|file.csv> [--out data/x.json|data/x.csv] [--offset +01:00]';

export const SCHEMA_REF = './timeline.schema.json';

export interface RunResult {
  code: number;
  /** The converted timeline when there is no `--out`. */
  stdout: string;
  stderr: string;
}

interface Args {
  file: string;
  out?: string;
  offset?: string;
}

function readArgs(args: readonly string[]): Args | string {
  let values: { out?: string; offset?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      // npm may pass its own "--" through: it separates nothing here, as before.
      args: args.filter((a) => a !== '--'),
      options: {
        out: { type: 'string' },
        offset: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return `${argumentProblem(error)}\n${USAGE}`;
  }
  if (values.help) return USAGE;
  for (const flag of ['out', 'offset'] as const) {
    if (values[flag] === '') return `--${flag} needs a value\n${USAGE}`;
  }
  const files = positionals;
  if (files.length === 0) return USAGE;
  if (files.length > 1) {
    return `one file at a time, please (got ${files[0]} and ${files[1]})\n${USAGE}`;
  }
  const { out, offset } = values;
  if (offset !== undefined) {
    const problem = offsetProblem(offset);
    if (problem) return `--offset: ${problem}`;
  }
  return { file: files[0]!, out, offset };
}

/** Reads and converts one file; never throws. */
export function convertFile(
  file: string,
  text: string,
  offset?: string,
): ImportResult & { format: string } {
  const body = withoutBom(text);
  const ext = extname(file).toLowerCase();
  const looksJson = ext === '.json' || (ext !== '.csv' && ext !== '.tsv' && /^\s*[{[]/.test(body));
  const fallbackTitle = basename(file, extname(file));

  if (looksJson) {
    const parsed = parseJson(body);
    if (!parsed.ok) return { format: 'JSON', value: emptyTimeline(), problems: [parsed.problem] };
    const { value } = parsed;
    if (detectFormat(value) === 'timelinejs') {
      return {
        format: 'TimelineJS JSON',
        ...fromTimelineJsJson(value, { text, offset, fallbackTitle }),
      };
    }
    const checked = parseTimelineText(text);
    return {
      format: 'Dateline JSON',
      value: value as TimelineInput,
      problems: checked.ok ? [] : checked.problems,
    };
  }

  const header = readCsv(body).header;
  if (isDatelineHeader(header)) return { format: 'Dateline CSV', ...fromDatelineCsv(body) };
  if (isTimelineJsHeader(header)) {
    return { format: 'TimelineJS CSV', ...fromTimelineJsCsv(body, { offset, fallbackTitle }) };
  }
  return {
    format: 'CSV',
    value: emptyTimeline(),
    problems: [
      {
        path: 'row 1',
        message:
          'the header row is neither Dateline\'s layout (a "kind" column) nor TimelineJS\'s ' +
          'template (Year, Month, Day, …, Headline, Text, …); see "Importing" in the README',
        line: 1,
        column: 1,
      },
    ],
  };
}

export function run(args: readonly string[]): RunResult {
  const parsed = readArgs(args);
  if (typeof parsed === 'string') return { code: 2, stdout: '', stderr: `${parsed}\n` };
  const { file, out, offset } = parsed;

  const input = readInput(file);
  if (!input.ok) return { code: 2, stdout: '', stderr: `${file}: ${input.why}\n` };
  const { text } = input;

  const result = convertFile(file, text, offset);
  const lines = result.problems.map((p) => formatProblem(file, p));
  const errors = result.problems.filter((p) => p.severity !== 'warning').length;
  const warnings = result.problems.length - errors;
  if (offset !== undefined && !result.format.startsWith('TimelineJS')) {
    lines.push(`${file}: --offset is for TimelineJS files, whose times have no zone; ignored`);
  }
  if (hasErrors(result.problems)) {
    lines.push(
      `${file}: ${count(errors, 'error')}${warnings ? `, ${count(warnings, 'warning')}` : ''}` +
        ' — nothing was written',
    );
    return { code: 1, stdout: '', stderr: `${lines.join('\n')}\n` };
  }

  const { $schema: _ignored, ...rest } = result.value;
  const timeline: TimelineInput = { $schema: SCHEMA_REF, ...rest };
  const output =
    out && extname(out).toLowerCase() === '.csv'
      ? toDatelineCsv(timeline)
      : `${JSON.stringify(timeline, null, 2)}\n`;
  const checked = validateTimeline(timeline);
  const summary = checked.ok ? summarise(checked.timeline) : '';
  const from = `${file} (${result.format})`;
  if (out) {
    try {
      writeFileSync(out, output);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      lines.push(`${out}: cannot write the file (${why})`);
      return { code: 2, stdout: '', stderr: `${lines.join('\n')}\n` };
    }
  }
  lines.push(
    `${from} → ${out ?? 'stdout'}: ${summary}${warnings ? `; ${count(warnings, 'warning')}` : ''}`,
  );
  return { code: 0, stdout: out ? '' : output, stderr: `${lines.join('\n')}\n` };
}

export function formatProblem(file: string, p: Problem): string {
  const where = p.line === undefined ? file : `${file}:${p.line}:${p.column ?? 1}`;
  return `${where} ${p.path} ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

function emptyTimeline(): TimelineInput {
  return { version: 1, title: '', events: [] };
}

function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { code, stdout, stderr } = run(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}
