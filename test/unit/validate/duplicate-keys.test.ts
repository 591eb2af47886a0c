/**
 * `{"title": "a", "title": "b"}`: JSON.parse keeps "b" and drops "a" without a word. A repeated
 * key is a located error everywhere a file is read (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { parseTimelineText } from '../../../src/validate/validate';
import { checkTimelineText } from '../../../src/validate/check-timeline';
import { mightHaveDuplicateKeys } from '../../../src/validate/duplicate-keys';
import { findDuplicateKeys } from '../../../src/validate/json-locate';
import { openTimelineText } from '../../../src/load/open-text';
import { fromTimelineJsJson } from '../../../src/import/timelinejs-json';
import { convertFile } from '../../../src/cli/import';

const TWICE = `{
  "version": 1,
  "title": "a",
  "title": "b",
  "events": [{ "id": "e", "date": "2020", "title": "x", "title": "y" }]
}`;

const expected = [
  {
    path: '$.title',
    message:
      'the key "title" appears twice in this object (first on line 3); JSON keeps only the ' +
      'last, so the first would be lost: remove one or rename it',
    line: 4,
    column: 3,
  },
  {
    path: '$.events[0].title',
    message: expect.stringContaining('the key "title" appears twice in this object'),
    line: 5,
    column: 57,
  },
];

describe('duplicate keys', () => {
  it('the validator reports each, located', async () => {
    expect(parseTimelineText(TWICE)).toEqual({ ok: false, problems: expected });
    expect(await checkTimelineText(TWICE)).toEqual({ ok: false, problems: expected });
  });

  it("the reader's loader and the CLI report them", async () => {
    expect(await openTimelineText(TWICE)).toMatchObject({ ok: false, problems: expected });
    expect(convertFile('x.json', TWICE).problems).toEqual(expected);
  });

  it('the TimelineJS importer reports them as errors', () => {
    const text =
      '{"title": {"text": {"headline": "T"}}, "events": [{"start_date": {"year": 2020, "year": 2021}}]}';
    const result = fromTimelineJsJson(JSON.parse(text), { text });
    expect(result.problems).toContainEqual(
      expect.objectContaining({ path: '$.events[0].start_date.year', severity: 'error', line: 1 }),
    );
  });

  it('the quick proof: no false "no" on any duplicate, even hidden behind \\u003a', () => {
    for (const text of [
      '{"a": 1, "a": 2}',
      '{"a": "x:y", "b": {"c": 1, "c": "p:q"}}',
      '{"a\\u003a": 1, "a:": 2}',
      '{"x": "\\u003a", "x": 1}',
      '[{"__proto__": 1, "__proto__": 2}]',
    ]) {
      expect(mightHaveDuplicateKeys(text, JSON.parse(text)), text).toBe(true);
      expect(findDuplicateKeys(text), text).toHaveLength(1);
    }
    for (const text of [
      '{"a": "http://x", "b": ["1:2", {"c:d": ":"}]}',
      '{"a": "\\u003A"}',
      '[]',
    ]) {
      expect(mightHaveDuplicateKeys(text, JSON.parse(text)), text).toBe(false);
    }
  });
});
