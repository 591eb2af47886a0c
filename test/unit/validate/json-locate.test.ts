import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSyntaxError, formatPath, locatePaths } from '../../../src/validate/json-locate';
import { positionsOf } from '../../../src/validate/json-position';

describe('findSyntaxError', () => {
  it.each([
    // [text, message fragment, line, column]
    ['', 'the file is empty', 1, 1],
    ['  \n ', 'the file is empty', 1, 1],
    ['{"a": 1,}', 'trailing comma', 1, 8],
    ['[1, 2,\n]', "trailing comma: remove the ',' after the last item", 1, 6],
    ['{"a": 1\n"b": 2}', "expected ',' or '}' after a property value (is a comma missing?)", 1, 8],
    ['[1 2]', "expected ',' or ']' after a list item", 1, 3],
    ['{"a": [1}', "the list opened on line 1 must be closed with ']'", 1, 9],
    ['{"a": 1', 'the object opened on line 1 is never closed', 1, 8],
    ['{"a": "b', 'unterminated string', 1, 7],
    ['{"a": "b\n"}', 'unterminated string', 1, 7],
    ['{"a": "\tb"}', 'a tab inside a string must be written as \\t', 1, 8],
    ['{"a": "\u0001"}', 'must be escaped inside a string', 1, 8],
    ['{"a": "\\q"}', "invalid escape '\\q'", 1, 8],
    ['{"a": "\\u12"}', 'four hex digits', 1, 8],
    ['{// note\n"a": 1}', 'comments are not allowed in JSON', 1, 2],
    ['{"a": 1 /* x */}', 'comments are not allowed in JSON', 1, 9],
    ['{"a": 1} // done', 'comments are not allowed in JSON', 1, 10],
    ["{'a': 1}", 'not single quotes', 1, 2],
    ['{"a": \'b\'}', 'strings must be in double quotes', 1, 7],
    ['{a: 1}', 'property names must be in double quotes, e.g. "a"', 1, 2],
    ['{"a" 1}', `expected ':' after the property name "a"`, 1, 6],
    ['{"a": }', `expected a value after the ':' of "a", found '}'`, 1, 7],
    ['[1,,2]', "expected a value in the list, found ','", 1, 4],
    ['{"a": 01}', 'numbers cannot start with 0', 1, 7],
    ['{"a": +1}', "numbers cannot start with '+'", 1, 7],
    ['{"a": .5}', 'write 0.5, not .5', 1, 7],
    ['{"a": 1.}', 'a decimal point must be followed by digits', 1, 7],
    ['{"a": 1e}', 'an exponent must have digits', 1, 7],
    ['{"a": -}', "expected a digit after '-'", 1, 7],
    ['{"date": 2023-02-21}', 'dates must be written as text in double quotes', 1, 10],
    ['{"a": True}', 'JSON writes true in lower case, not True', 1, 7],
    ['{"a": None}', 'JSON writes null, not None', 1, 7],
    ['{"a": NaN}', 'NaN is not allowed in JSON', 1, 7],
    ['{"a": undefined}', 'undefined is not allowed in JSON', 1, 7],
    ['{"a": yes}', 'unquoted text: text must be in double quotes, e.g. "yes"', 1, 7],
    ['{"a": 1}}', 'a closing bracket too many', 1, 9],
    ['{"a": 1} {"b": 2}', 'after the end of the JSON', 1, 10],
    ['{"a":\u00a01}', 'non-breaking space', 1, 6],
    ['{\u201ca\u201d: 1}', 'curly quote', 1, 2],
    ['\ufeff{}', 'byte-order mark', 1, 1],
    ['{\r\n"a": 1,\r\n}', 'trailing comma', 2, 7],
    ['{"😀": 1,}', 'trailing comma', 1, 8],
  ])('%j → %s', (text, fragment, line, column) => {
    const problem = findSyntaxError(text);
    expect(problem).toMatchObject({ path: '$', line, column });
    expect(problem!.message).toContain(fragment);
  });

  it('finds nothing wrong in valid JSON, however deep', () => {
    expect(findSyntaxError('{"a": [1, -2.5e+3, "x\\n\\u00e9", true, false, null, {}]}')).toBe(
      undefined,
    );
    expect(findSyntaxError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe(undefined);
  });

  it('agrees with JSON.parse on whether text is JSON', () => {
    const almostJson = fc.oneof(
      fc
        .json()
        .chain((json) =>
          fc
            .tuple(fc.nat({ max: json.length }), fc.string({ maxLength: 3 }))
            .map(([at, insert]) => json.slice(0, at) + insert + json.slice(at)),
        ),
      fc.json().chain((json) => fc.nat({ max: json.length }).map((at) => json.slice(0, at))),
      fc.string({ unit: fc.constantFrom(...'{}[],:"\\ 01-.eE+tfnrualse\n\t\'/*x'.split('')) }),
    );
    fc.assert(
      fc.property(almostJson, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(findSyntaxError(text) === undefined).toBe(parses);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe('locatePaths', () => {
  const text = [
    '{',
    '  "title": "T",',
    '  "events": [',
    '    { "id": "a", "quotes": [{ "by": "x" }] },',
    '    { "id": "b", "we\\"ird": 1, "": 2 }',
    '  ]',
    '}',
  ].join('\n');

  it.each([
    [['title'], 'value', 2, 12],
    [['title'], 'key', 2, 3],
    [['events', 0, 'quotes', 0, 'by'], 'value', 4, 37],
    [['events', 1, 'we"ird'], 'key', 5, 18],
    [['events', 1, ''], 'key', 5, 32],
    [[], 'value', 1, 1],
    // Missing: the deepest ancestor that exists.
    [['events', 1, 'title'], 'value', 5, 5],
    [['events', 7], 'value', 3, 13],
    [['events', 0, 'quotes', 0, 'by', 'deeper'], 'key', 4, 37],
  ] as const)('%j at its %s', (path, at, line, column) => {
    const [pos] = locatePaths(text, [{ path, at }]);
    expect(pos).toMatchObject({ line, column });
  });

  it('answers many requests in one pass, in request order', () => {
    const positions = locatePaths(text, [
      { path: ['events', 1, 'id'] },
      { path: ['title'] },
      { path: ['events', 0, 'id'] },
      { path: ['title'], at: 'key' },
    ]);
    expect(positions.map((p) => p && [p.line, p.column])).toEqual([
      [5, 13],
      [2, 12],
      [4, 13],
      [2, 3],
    ]);
  });

  it('takes the last of duplicate keys, as JSON.parse does', () => {
    const [pos] = locatePaths('{"a": 1,\n"a": 2}', [{ path: ['a'] }]);
    expect(pos).toMatchObject({ line: 2, column: 6 });
  });
});

describe('positionsOf', () => {
  it('counts lines at \\n, \\r\\n and \\r, and columns in characters', () => {
    const text = 'ab\r\ncd\ref\n😀x';
    const offsets = [0, 4, 7, 10, 12];
    expect(positionsOf(text, offsets).map((p) => [p.line, p.column])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [4, 2],
    ]);
  });
});

describe('formatPath', () => {
  it.each([
    [[], '$'],
    [['events', 3, 'quotes', 0, 'by'], '$.events[3].quotes[0].by'],
    [['people', 'von-der-leyen'], '$.people["von-der-leyen"]'],
    [['$schema'], '$.$schema'],
    [['a"b'], '$["a\\"b"]'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
