/**
 * Checks timeline files the way the app will load them.
 *
 *   npm run validate -- data/nato-china-2023.json [more files]
 *
 * For each file, either a one-line summary
 *   data/x.json: valid — 8 events, 12 quotes, 9 people, Jan 2023 – Feb 2023
 * or every problem, one per line, in the `file:line:col` form editors and CI annotate:
 *   data/x.json:14:15 $.events[0].date "2023-02-30" is not a valid date: February 2023 has 28 days
 *
 * Exit status: 0 when every file is valid; 1 when some file has problems; 2 when the command
 * is used wrongly or a file cannot be read (this wins over 1: the check did not happen). All
 * files are checked whatever happens to one of them. Everything goes to stdout, so the report
 * reads in order.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseTimelineText } from '../validate/validate';
import type { Timeline } from '../format/types';
import { formatHistoric } from '../dates/historic';
import { YEAR_ONE_MS, yearOfMs, yearStartMs } from '../dates/years';
import { readInput } from './read-input';
import { argumentProblem } from './args';

const USAGE = 'usage: npm run validate -- <timeline.json> [more files]';

export function run(args: readonly string[]): { code: number; out: string } {
  let files: string[];
  try {
    const parsed = parseArgs({
      // npm may pass its own "--" through: it separates nothing here, as before.
      args: args.filter((a) => a !== '--'),
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) return { code: 2, out: `${USAGE}\n` };
    files = parsed.positionals;
  } catch (error) {
    return { code: 2, out: `${argumentProblem(error)}\n${USAGE}\n` };
  }
  if (files.length === 0) return { code: 2, out: `${USAGE}\n` };
  const lines: string[] = [];
  let code = 0;
  for (const file of files) {
    const input = readInput(file);
    if (!input.ok) {
      lines.push(`${file}: ${input.why}`);
      code = 2;
      continue;
    }
    const result = parseTimelineText(input.text);
    if (result.ok) {
      lines.push(`${file}: valid — ${summarise(result.timeline)}`);
      continue;
    }
    for (const p of result.problems) {
      const where = p.line === undefined ? file : `${file}:${p.line}:${p.column ?? 1}`;
      lines.push(`${where} ${p.path} ${p.message}`);
    }
    const n = result.problems.length;
    lines.push(`${file}: ${n} ${n === 1 ? 'problem' : 'problems'}`);
    code = Math.max(code, 1);
  }
  return { code, out: `${lines.join('\n')}\n` };
}

/** "8 events, 12 quotes, 9 people, Jan 2023 – Feb 2023". */
export function summarise(timeline: Timeline): string {
  const events = timeline.events;
  const quotes = events.reduce((n, e) => n + e.quotes.length, 0);
  const people = Object.keys(timeline.people).length;
  const month = new Intl.DateTimeFormat('en-US', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // Before 1 AD (and beyond a Date's reach) the year with its era: "44 BC", "13.8 billion years ago".
  const at = (ms: number) =>
    ms >= YEAR_ONE_MS ? month.format(ms) : formatHistoric(yearDate(ms), 'en-US');
  const first = at(events[0]!.start);
  const last = at(events.reduce((max, e) => Math.max(max, e.stop), -Infinity) - 1);
  return [
    count(events.length, 'event', 'events'),
    count(quotes, 'quote', 'quotes'),
    count(people, 'person', 'people'),
    first === last ? first : `${first} – ${last}`,
  ].join(', ');
}

function yearDate(ms: number) {
  const start = yearStartMs(yearOfMs(ms));
  return { raw: '', precision: 'year' as const, start, end: start };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { code, out } = run(process.argv.slice(2));
  process.stdout.write(out);
  process.exitCode = code;
}
