// Completion from the JSON Schema, on CodeMirror states built in node: what is offered where.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EditorState, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { json } from '@codemirror/lang-json';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { schemaCompletion } from '../../../src/studio/components/schema-completion';
import {
  keyOptions,
  referenceKind,
  schemaAt,
  valueOptions,
} from '../../../src/studio/work/schema-options';
import schema from '../../../data/timeline.schema.json';

/** `|` marks the cursor. */
function complete(text: string, explicit = false): CompletionResult | null {
  const pos = text.indexOf('|');
  const doc = text.replace('|', '');
  const state = EditorState.create({ doc, extensions: [json()] });
  return schemaCompletion(new CompletionContext(state, pos, explicit)) as CompletionResult | null;
}
const labels = (result: CompletionResult | null) => result?.options.map((o) => o.label) ?? null;

/** The document after choosing `label` at the cursor `|`, with `|` where the cursor ends. */
function choose(text: string, label: string, explicit = false): string {
  const pos = text.indexOf('|');
  let state = EditorState.create({ doc: text.replace('|', ''), extensions: [json()] });
  const result = schemaCompletion(new CompletionContext(state, pos, explicit));
  const option = result?.options.find((o) => o.label === label);
  if (!result || !option) throw new Error(`${label} is not offered`);
  const view = {
    get state() {
      return state;
    },
    dispatch: (spec: TransactionSpec) => (state = state.update(spec).state),
  };
  if (typeof option.apply !== 'function') throw new Error('expected an apply function');
  option.apply(view as unknown as EditorView, option, result.from, result.to ?? pos);
  const at = state.selection.main.head;
  return `${state.sliceDoc(0, at)}|${state.sliceDoc(at)}`;
}

const DOC_HEAD =
  '{"people": {"ann": {"name": "Ann"}, "bo": {"name": "Bo"}}, "groups": {"g1": {"label": "G"}}, ';

describe('schemaCompletion', () => {
  it.each([
    // typing a key inside an event: its properties, minus those it has, required first
    ['{"events": [{"id": "a", "pl|', ['"date"', '"title"'], '"place"'],
    ['{"events": [{"id": "a", "pl|"}]}', ['"date"', '"title"'], '"place"'],
    ['{"events": [{"id": "a", "app|', ['"date"'], '"approximate"'],
    ['{"ver|', ['"version"', '"title"', '"events"'], '"locale"'],
    ['{"events": [{"quotes": [{"|', ['"text"', '"by"'], '"context"'],
    ['{"people": {"x": {"|', ['"name"'], '"role"'],
  ])('%s offers keys', (text, first, also) => {
    const got = labels(complete(text));
    expect(got).not.toBeNull();
    expect(got!.slice(0, first.length)).toEqual(first);
    expect(got).toContain(also);
    expect(got).not.toContain('"id"');
  });

  it.each([
    ['{"events": [{"id": "a", "approximate": |', ['true', 'false']],
    ['{"version": |', ['1']],
    ['{"locale": "|', ['"en"', '"en-US"', '"en-GB"', '"de-DE"']],
    [`${DOC_HEAD}"events": [{"quotes": [{"by": "|`, ['"ann"', '"bo"']],
    [`${DOC_HEAD}"events": [{"people": ["ann", |`, ['"ann"', '"bo"']],
    [`${DOC_HEAD}"events": [{"groups": [|`, ['"g1"']],
    [`${DOC_HEAD}"people": {"x": {"group": "|`, ['"g1"']],
  ])('%s offers values', (text, values) => {
    expect(labels(complete(text, true))).toEqual(values);
  });

  // The result ends at the cursor, as CodeMirror filters by the text from `from` to `to`;
  // choosing an option replaces the rest of the word and the closing quote too (deliberately
  // changed from a result reaching over them: `""` matched no option, see the browser test).
  it('applies a key with its quote, colon and space, replacing the closing quote typed for it', () => {
    const result = complete('{"events": [{"id": "a", "pl|"}]}')!;
    expect([result.from, result.to]).toEqual([24, 27]);
    expect(result.options.find((o) => o.label === '"place"')!.info).toMatch(/./);
    expect(choose('{"events": [{"id": "a", "pl|"}]}', '"place"')).toBe(
      '{"events": [{"id": "a", "place": |}]}',
    );
    expect(choose('{"events": [{"id": "a", "|"}]}', '"place"')).toBe(
      '{"events": [{"id": "a", "place": |}]}',
    );
  });

  it('renames only the name of a key that has its colon', () => {
    expect(choose('{"events": [{"id": "a", "pl|ac": "x"}]}', '"place"')).toBe(
      '{"events": [{"id": "a", "place|": "x"}]}',
    );
  });

  it.each([
    ['{"events": [{"end": "|"}]}', '"2023-01"', '{"events": [{"end": "2023-01"|}]}'],
    ['{"events": [{"end": "20|"}]}', '"2023-01"', '{"events": [{"end": "2023-01"|}]}'],
    ['{"events": [{"end": "|', '"2023"', '{"events": [{"end": "2023"|'],
    ['{"locale": "|en"}', '"en-GB"', '{"locale": "en-GB"|}'],
    ['{"events": [{"approximate": |}]}', 'true', '{"events": [{"approximate": true|}]}'],
  ])('%s: choosing %s gives %s', (text, label, out) => {
    expect(choose(text, label, true)).toBe(out);
  });

  it('opens on the quote alone where a value goes, without being asked', () => {
    const result = complete('{"events": [{"id": "a",\n"end": "|"\n"date": "2023"}]}');
    expect(labels(result)).toEqual([
      '"2023"',
      '"2023-01"',
      '"2023-02-21"',
      '"2023-02-21T14:30+01:00"',
    ]);
    expect(result!.to).toBe(result!.from + 1);
    // A date typed with its time: still the value, not a new word after the colon.
    expect(labels(complete('{"events": [{"end": "2023-02-21T14:|"}]}'))).toContain(
      '"2023-02-21T14:30+01:00"',
    );
    // Right after a key's colon, asked for: the values, not the colon as a word.
    expect(labels(complete('{"events": [{"approximate":|', true))).toEqual(['true', 'false']);
  });

  it('leaves out the keys the object has, even those after the key being typed', () => {
    const text =
      '{"events": [{"quotes": [{"text": "x", "by": "s",\n "|"\n "via": {"outlet": "T"}, "context": "c"}]}]}';
    expect(labels(complete(text, true))?.sort()).toEqual(['"date"', '"source"']);
  });

  it('finds its place in a long document the editor has not parsed yet', () => {
    const seed = readFileSync('data/nato-china-2023.json', 'utf8');
    const at = seed.lastIndexOf('"by": "');
    const text = `${seed.slice(0, at)}"|"${seed.slice(at - 1)}`;
    expect(labels(complete(text, true))).toEqual(expect.arrayContaining(['"source"']));
  });

  it('offers nothing inside a free-text value or where the schema says nothing', () => {
    expect(complete('{"title": "Wa|')).toBeNull();
    expect(complete('{"events": [{"summary": |', true)).toBeNull();
    expect(complete('{"nothing": {"|')).toBeNull();
  });
});

describe('schema-options', () => {
  const root = schema as Parameters<typeof schemaAt>[0];
  it('follows $ref, items and additionalProperties', () => {
    expect(schemaAt(root, ['events', '*', 'quotes', '*'])?.required).toEqual(['text', 'by']);
    expect(schemaAt(root, ['people', 'anyone'])?.required).toEqual(['name']);
    expect(schemaAt(root, ['no-such'])).toBeUndefined();
  });
  it('leaves out what the object already has', () => {
    const names = keyOptions(root, ['events', '*'], new Set(['id', 'date'])).map((o) => o.name);
    expect(names.slice(0, 1)).toEqual(['title']);
    expect(names).not.toContain('date');
  });
  it.each([
    [['version'], ['1']],
    [
      ['events', '*', 'approximate'],
      ['true', 'false'],
    ],
    [['title'], []],
  ])('values at %j', (path, values) => expect(valueOptions(root, path)).toEqual(values));
  it.each([
    [['events', '*', 'quotes', '*', 'by'], 'people'],
    [['events', '*', 'people', '*'], 'people'],
    [['events', '*', 'groups', '*'], 'groups'],
    [['periods', '*', 'group'], 'groups'],
    [['people'], null],
    [['events', '*', 'people'], null],
  ])('references at %j', (path, kind) => expect(referenceKind(path)).toBe(kind));
});
