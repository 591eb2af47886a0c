/**
 * Completion in the JSON view from the timeline's JSON Schema (data/timeline.schema.json, made
 * from the valibot schema by `npm run schema`): inside an event, `"pla` offers `"place"`; after
 * `"approximate": ` it offers true and false; `"by": "` offers the people the document defines.
 * @codemirror/lang-json parses JSON but knows no schema; codemirror-json-schema does, but brings
 * shiki, markdown-it and yaml with it. This finds the place from the text (json-place.ts) and
 * asks schema-options.ts what fits there.
 */
import type { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import {
  insertCompletionText,
  pickedCompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import schema from '../../../data/timeline.schema.json';
import { keyOptions, referenceKind, valueOptions, type SchemaNode } from '../work/schema-options';
import { jsonFrames, objectKeys, pathOf, topLevelObject } from '../work/json-place';

const ROOT = schema as SchemaNode;

/** The keys of the document's top-level `people` or `groups` object. */
function definedKeys(state: EditorState, which: 'people' | 'groups'): string[] {
  const text = state.doc.toString();
  const at = topLevelObject(text, which);
  return at < 0 ? [] : objectKeys(text, at);
}

const WORD_AFTER = /^[\w$/.:+-]*"?/;
const wordAfter = (after: string) => WORD_AFTER.exec(after)?.[0].length ?? 0;

/**
 * Inserts `text` over from…to and, after `to`, over what `through` measures: the rest of the
 * word and the closing quote CodeMirror typed with the opening one. The result's own `to` stays
 * at the cursor: CodeMirror filters the options by the text from `from` to `to`, and `""` (the
 * quote just typed and the one closed for it) would match none of them, so typing `"` where a
 * value goes showed no list.
 */
function applyThrough(text: string, through: (after: string) => number) {
  return (view: EditorView, completion: Completion, from: number, to: number) => {
    const end = to + through(view.state.sliceDoc(to, to + 40));
    view.dispatch({
      ...insertCompletionText(view.state, text, from, end),
      annotations: pickedCompletion.of(completion),
    });
  };
}

export function schemaCompletion(context: CompletionContext): CompletionResult | null {
  const { state, pos } = context;
  // A word, or the start of a value: dates and media types hold : + . / too (not first: `"a":`
  // is a key and its colon, not a word).
  const word = context.matchBefore(/"?(?:[\w$/.+-][\w$/.:+-]*)?/);
  if (!word) return null;
  const quoted = word.text.startsWith('"');
  if (!quoted && word.from === word.to && !context.explicit) return null;
  // The punctuation before the word says what is being typed: a key after { or an object's
  // comma, a value after a colon, an item after [ or an array's comma.
  const mark = state
    .sliceDoc(Math.max(0, word.from - 200), word.from)
    .trimEnd()
    .at(-1);
  const frames = jsonFrames(state.sliceDoc(0, word.from), word.from);
  const frame = frames.at(-1);
  if (!frame) return null;
  const path = pathOf(frames);
  const after = state.sliceDoc(pos, pos + 40);

  if (frame.kind === 'object' && (mark === '{' || mark === ',')) {
    const present = new Set(objectKeys(state.doc.toString(), frame.from, word.from));
    const options = keyOptions(ROOT, path, present);
    if (options.length === 0) return null;
    // With the name's closing quote and colon already there (editing a key) only the name changes.
    const closing = /^[\w$-]*"\s*:/.test(after);
    const rest = closing ? (text: string) => text.indexOf('"') : wordAfter;
    return {
      from: word.from,
      to: pos,
      options: options.map((o): Completion => ({
        label: `"${o.name}"`,
        apply: applyThrough(closing ? `"${o.name}` : `"${o.name}": `, rest),
        type: 'property',
        detail: o.required ? 'required' : undefined,
        info: o.description || undefined,
        boost: o.required ? 1 : 0,
      })),
      validFor: /^"?[\w$-]*$/,
    };
  }
  const isValue =
    (frame.kind === 'object' && mark === ':') ||
    (frame.kind === 'array' && (mark === '[' || mark === ','));
  if (!isValue) return null;
  const kind = referenceKind(path);
  const values = kind
    ? definedKeys(state, kind).map((key) => JSON.stringify(key))
    : valueOptions(ROOT, path);
  if (values.length === 0) return null;
  return {
    from: word.from,
    to: pos,
    options: values.map((v, i) => ({
      label: v,
      apply: applyThrough(v, quoted ? wordAfter : () => 0),
      type: kind ? 'variable' : 'constant',
      // The schema's order (a year, a month, a day, a time), where the match scores alike:
      // CodeMirror would put "2023" after "2023-01", its longer matches first.
      boost: Math.max(-99, -i),
    })),
    validFor: /^"?[\w$/.:+-]*$/,
  };
}
