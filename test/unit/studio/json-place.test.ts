import { describe, expect, it } from 'vitest';
import {
  jsonFrames,
  objectKeys,
  pathOf,
  topLevelObject,
} from '../../../src/studio/work/json-place';

/** `|` marks the position. */
const at = (text: string) => {
  const pos = text.indexOf('|');
  return { text: text.replace('|', ''), pos };
};

describe('jsonFrames and pathOf', () => {
  it.each([
    ['{|', []],
    ['{"events": [{"id": "a", |', ['events', '*']],
    ['{"events": [{"id": "a", "approximate": |', ['events', '*', 'approximate']],
    ['{"events": [{"quotes": [{"by": |', ['events', '*', 'quotes', '*', 'by']],
    ['{"events": [{"people": ["a", |', ['events', '*', 'people', '*']],
    ['{"people": {"x": {"name": "a, b: {[", |', ['people', 'x']],
    ['{"events": [{"id": "a"}, {"title": "t", "pl|', ['events', '*']],
    // Broken around the cursor, as while typing: an unclosed string on the line above.
    ['{"events": [{"id": "a", "tit\n "date": "2023", |', ['events', '*']],
    ['{"title": "say \\"hi\\"", |', []],
  ])('%j → %j', (raw, path) => {
    const { text, pos } = at(raw);
    expect(pathOf(jsonFrames(text, pos))).toEqual(path);
  });

  it('says what kind the innermost frame is and where it opens', () => {
    const { text, pos } = at('{"a": [1, {"b": [|');
    const frames = jsonFrames(text, pos);
    expect(frames.map((f) => [f.kind, f.from])).toEqual([
      ['object', 0],
      ['array', 6],
      ['object', 10],
      ['array', 16],
    ]);
  });
});

describe('objectKeys', () => {
  it('lists the keys at the first level, after a position too, leaving out the one typed', () => {
    const text = '{"a": 1, "b": {"inner": 2}, "" "c": [{"d": 1}], "e": "x: y"}';
    expect(objectKeys(text, 0)).toEqual(['a', 'b', 'c', 'e']);
    expect(objectKeys(text, 0, text.indexOf('"c"'))).toEqual(['a', 'b', 'e']);
  });
});

describe('topLevelObject', () => {
  it('finds the top-level key’s object, not a nested one of the same name', () => {
    const text = '{"events": [{"people": ["x"]}], "people": {"ann": {}, "bo": {}}}';
    const from = topLevelObject(text, 'people');
    expect(text[from]).toBe('{');
    expect(objectKeys(text, from)).toEqual(['ann', 'bo']);
    expect(topLevelObject(text, 'groups')).toBe(-1);
  });
});
