/**
 * Every file in test/fixtures/broken is broken in one way, and must be reported as exactly
 * that: the right path, words a reporter understands, and the line to look at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimelineText } from '../../../src/validate/validate';
import type { Problem } from '../../../src/format/types';

const DIR = 'test/fixtures/broken';

/** file → [path, message fragment, line] of the problem it must report. */
const CASES: Record<string, [string, string, number]> = {
  // JSON syntax: always at `$`, located where the mistake is.
  'syntax-trailing-comma': ['$', 'trailing comma', 7],
  'syntax-missing-closing-brace': ['$', 'the object opened on line 1 is never closed', 17],
  'syntax-comment': ['$', 'comments are not allowed in JSON', 4],
  'syntax-single-quotes': ['$', 'not single quotes', 3],
  'syntax-missing-comma': ['$', "expected ',' or '}' after a property value", 11],
  'syntax-unterminated-string': ['$', 'unterminated string', 12],
  'syntax-unquoted-date': ['$', 'dates must be written as text in double quotes', 11],
  'syntax-empty-file': ['$', 'the file is empty', 1],
  'syntax-extra-closing-brace': ['$', 'a closing bracket too many', 18],
  'syntax-curly-quotes': ['$', 'curly quote', 3],
  'syntax-python-none': ['$', 'JSON writes null, not None', 12],
  'syntax-mismatched-bracket': ['$', "the list opened on line 13 must be closed with ']'", 13],
  'syntax-bad-escape': ['$', 'invalid escape', 14],
  // Shapes.
  'type-title-number': ['$.title', 'expected text in double quotes, found the number 42', 3],
  'type-events-object': ['$.events', 'expected a list [ … ], found an object', 4],
  'type-people-list': ['$.people', 'expected an object { … }, found a list', 4],
  'type-null-summary': [
    '$.events[0].summary',
    'found null (to leave it out, remove the field)',
    13,
  ],
  'missing-event-title': ['$.events[0].title', 'this event has no "title"', 9],
  'missing-quote-by': ['$.events[0].quotes[0].by', 'this quote has no "by"', 14],
  'missing-version': ['$.version', 'add "version": 1', 1],
  'version-2': ['$.version', 'this file says version 2; this Dateline reads version 1', 2],
  'unknown-key-titel': ['$.events[0].titel', 'unknown field "titel" — did you mean "title"?', 12],
  'not-an-object-array': ['$', 'this one holds a list', 1],
  'not-an-object-null': ['$', 'this one holds null', 1],
  'not-an-object-number': ['$', 'this one holds the number 42', 1],
  'empty-events': ['$.events', 'the timeline has no events', 4],
  'deep-nesting': ['$.events[0]', 'expected an object { … }, found a list', 9],
  // Dates.
  'date-february-30': ['$.events[0].date', 'February 2023 has 28 days', 11],
  'date-month-13': ['$.events[0].date', 'month 13 does not exist', 11],
  'date-in-words': ['$.events[0].date', '"Feb 21" is not a valid date', 11],
  'date-time-without-offset': ['$.events[0].date', 'a time needs its UTC offset', 11],
  'end-before-date': ['$.events[0].end', 'the end (2023-02-19) is before', 12],
  'quote-date-leap-day': ['$.events[0].quotes[0].date', 'February 2023 has 28 days', 14],
  'source-date-bad': ['$.events[0].sources[0].date', 'write the month with two digits', 14],
  // Ids and references.
  'duplicate-event-id': ['$.events[1].id', 'is already used by $.events[0] (line 10)', 17],
  'id-not-url-safe': ['$.events[0].id', 'an event id may only use letters', 10],
  'id-too-long': ['$.events[0].id', 'at most 100 characters', 10],
  'person-key-not-url-safe': ['$.people["jens stoltenberg"]', 'a person key may only use', 5],
  'unresolved-quote-by': ['$.events[0].quotes[0].by', 'did you mean "stoltenberg"?', 14],
  'unresolved-event-person': ['$.events[0].people[1]', 'unknown person "kuleba"', 13],
  'unresolved-person-group': ['$.people.stoltenberg.group', 'unknown group "natoo"', 5],
  'unresolved-event-group': ['$.events[0].groups[0]', 'unknown group "eu"', 14],
  'reserved-person-key': ['$.people.constructor', 'cannot be used as a key', 6],
  // Plain text.
  'html-script-in-title': ['$.events[0].title', 'HTML is not allowed here; write plain text', 12],
  'html-img-onerror-in-quote': ['$.events[0].quotes[0].text', 'HTML is not allowed here', 14],
  'html-comment-in-summary': ['$.summary', 'HTML is not allowed here', 4],
  'html-bold-in-person-name': ['$.people.stoltenberg.name', 'HTML is not allowed here', 5],
  'control-character-in-title': ['$.events[0].title', 'control character U+0007', 12],
  'line-break-in-title': ['$.events[0].title', 'line breaks are not allowed in a title', 12],
  'empty-quote-text': ['$.events[0].quotes[0].text', 'the quote text is empty', 14],
  // Links.
  'url-javascript': ['$.events[0].sources[0].url', 'not javascript:', 14],
  'url-data': ['$.events[0].sources[0].url', 'not data:', 14],
  'url-file': ['$.events[0].sources[0].url', 'not file:', 14],
  'url-relative': ['$.events[0].sources[0].url', 'is not a complete web address', 14],
  'url-protocol-relative': ['$.events[0].sources[0].url', 'protocol-relative', 14],
  // Other.
  'locale-underscore': ['$.locale', 'write "en-US"', 4],
  'group-color-name': ['$.groups.nato.color', '#rrggbb', 7],
  'source-without-outlet-title-or-url': ['$.events[0].sources[0]', 'at least an "outlet"', 14],
};

function load(name: string) {
  return parseTimelineText(readFileSync(`${DIR}/${name}.json`, 'utf8'));
}

function problemsOf(name: string): Problem[] {
  const result = load(name);
  if (result.ok) throw new Error(`${name}.json was accepted`);
  return result.problems;
}

describe('broken corpus', () => {
  it('has a table entry for every file, and a file for every entry', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .filter((f) => f !== 'multi-error');
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(CASES))('%s', (name, [path, fragment, line]) => {
    const problems = problemsOf(name);
    const found = problems.find((p) => p.path === path && p.message.includes(fragment));
    expect(found, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(found!.line).toBe(line);
    expect(found!.column).toBeGreaterThanOrEqual(1);
  });

  it('reports only the one mistake in each single-mistake file', () => {
    // A broken key can break its references too; that is the same mistake, seen twice.
    const echoes: Record<string, number> = { 'person-key-not-url-safe': 3, 'unknown-key-titel': 2 };
    for (const name of Object.keys(CASES)) {
      expect(problemsOf(name).length, name).toBe(echoes[name] ?? 1);
    }
  });
});

describe('a file with many mistakes', () => {
  it('reports them all at once, in reading order', () => {
    const problems = problemsOf('multi-error');
    expect(problems.map((p) => [p.line, p.path, p.message.slice(0, 28)])).toEqual([
      [3, '$.title', 'HTML is not allowed here; wr'],
      [4, '$.locale', '"en_US" is not a valid langu'],
      [6, '$.people.stoltenberg.group', 'unknown group "natoo": there'],
      [8, '$.groups.nato.color', 'a colour is written #rrggbb,'],
      [12, '$.events[0].date', '"2023-02-30" is not a valid '],
      [14, '$.events[0].quotes[0].by', 'unknown person "stoltenbreg"'],
      [16, '$.events[1].title', 'this event has no "title"'],
      [17, '$.events[1].id', 'the id "press-conference" is'],
      [19, '$.events[1].end', 'the end (2023-02-01) is befo'],
      [20, '$.events[1].titel', 'unknown field "titel" — did '],
      [21, '$.events[1].sources[0].url', 'only http: and https: links '],
    ]);
  });

  it('points at the key of an unknown field and at the value otherwise', () => {
    const problems = problemsOf('multi-error');
    const at = (path: string) => problems.find((p) => p.path === path)!;
    expect([at('$.events[1].titel').line, at('$.events[1].titel').column]).toEqual([20, 7]);
    expect([at('$.events[0].date').line, at('$.events[0].date').column]).toEqual([12, 15]);
  });
});
