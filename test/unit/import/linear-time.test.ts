/**
 * Crafted input that made the importers quadratic (issue 16, finding 5): each shape at the
 * size that took 8–74 s before now takes a few tens of milliseconds. The bound is generous
 * (more than 10× what it takes on a busy machine) so it cannot flake; the fuzz script
 * (`npm run fuzz`) times bigger inputs.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/import/html-to-text';
import { fromTimelineJsCsv, parseTime } from '../../../src/import/timelinejs-csv';
import { fromTimelineJsJson, splitCite } from '../../../src/import/timelinejs-json';

const BOUND_MS = 2000;
const spaces = (n: number) => ' '.repeat(n);

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('no quadratic steps on crafted input', () => {
  it.each<[string, () => unknown]>([
    [
      'an href with 300,000 spaces',
      () => htmlToText(`<a href="http://x.example/${spaces(300_000)}a">t</a>`),
    ],
    ['100,000 <svg></svg>', () => htmlToText('<svg></svg>'.repeat(100_000))],
    ['<pre> and 100,000 spaces', () => htmlToText(`<pre>${spaces(100_000)}x`)],
    ['100,000 unclosed <b>', () => htmlToText('<b>'.repeat(100_000))],
    ['100,000 unclosed <div>', () => htmlToText('<div>'.repeat(100_000))],
    [
      '512 <b> and 100,000 stray </x>',
      () => htmlToText('<b>'.repeat(512) + '</x>'.repeat(100_000)),
    ],
    ['100,000 "<a" without ">"', () => htmlToText('<a '.repeat(100_000))],
    ['a Time cell with 100,000 spaces', () => parseTime(`1${spaces(100_000)}x`)],
    ['a cite with 100,000 spaces', () => splitCite(`a${spaces(100_000)}b`)],
    [
      'a TimelineJS CSV Time and Text with 100,000 spaces',
      () =>
        fromTimelineJsCsv(
          `Year,Month,Day,Time,Headline,Text\n2020,1,1,"1${spaces(100_000)}x",H,"<pre>${spaces(100_000)}"\n`,
        ),
    ],
    [
      'a TimelineJS blockquote cited with 100,000 spaces',
      () =>
        fromTimelineJsJson({
          events: [
            {
              start_date: { year: 2020 },
              text: { text: `<blockquote>w<cite>a${spaces(100_000)}b</cite></blockquote>` },
            },
          ],
        }),
    ],
  ])(
    '%s: under 2 s',
    (_name, run) => {
      expect(timed(run)).toBeLessThan(BOUND_MS);
    },
    120_000,
  );
});

describe('nesting', () => {
  it('stops at 512 open elements, with an error', () => {
    const result = htmlToText(`${'<b>'.repeat(600)}deep`);
    expect(result.text).toBe('');
    expect(result.notices).toEqual([
      {
        severity: 'error',
        message:
          'the markup nests more than 512 elements deep; nothing after that point was imported',
      },
    ]);
    expect(htmlToText(`${'<b>'.repeat(500)}fine`).text).toBe('fine');
  });
});
