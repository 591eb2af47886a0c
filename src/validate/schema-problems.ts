/**
 * Turns valibot issues into findings a reporter can act on: plain words, the JSON path, and
 * whether to point at a key (an unknown one) or a value. Valibot's own messages ("Invalid key:
 * Expected never but received …") never reach the reader. Part of the diagnostics
 * (`diagnose.ts`), loaded only for a file with problems.
 */
import type * as v from 'valibot';
import { didYouMean } from './did-you-mean';
import type { PathSegment, Target } from './json-locate';
import { KNOWN_KEYS } from '../format/schema';
import { quoteSnippet } from './text-rules';

/** A problem before it is located: the raw path, what to point at, and a related path. */
export interface Finding {
  path: PathSegment[];
  message: string;
  at?: Target;
  /** Another place the message refers to (the first use of a duplicate id), for its line. */
  related?: PathSegment[];
}

type Kind = keyof typeof KNOWN_KEYS;

const NOUN: Record<Kind, string> = {
  timeline: 'the timeline',
  event: 'this event',
  quote: 'this quote',
  source: 'this source',
  person: 'this person',
  group: 'this group',
  period: 'this period',
  media: 'this media',
};

const ARTICLE: Record<Kind, string> = {
  timeline: 'the timeline',
  event: 'an event',
  quote: 'a quote',
  source: 'a source',
  person: 'a person',
  group: 'a group',
  period: 'a period',
  media: 'media',
};

/** What kind of object sits at `path` in a timeline, going by where it is. */
export function kindAt(path: readonly PathSegment[]): Kind | undefined {
  const n = path.length;
  if (n === 0) return 'timeline';
  const last = path[n - 1];
  const prev = path[n - 2];
  if (last === 'source' || last === 'via') return 'source';
  if (last === 'media') return 'media';
  if (typeof last === 'number') {
    if (prev === 'sources') return 'source';
    if (prev === 'quotes') return 'quote';
    if (prev === 'events' && n === 2) return 'event';
    if (prev === 'periods' && n === 2) return 'period';
    return undefined;
  }
  if (n === 2 && path[0] === 'people') return 'person';
  if (n === 2 && path[0] === 'groups') return 'group';
  return undefined;
}

export function unknownKeyMessage(key: string, parent: readonly PathSegment[]): string {
  const kind = kindAt(parent);
  if (!kind) return `unknown field ${quoteSnippet(key)}`;
  const known = KNOWN_KEYS[kind].filter((k) => k !== '$schema');
  const guess = didYouMean(key, known);
  return guess
    ? `unknown field ${quoteSnippet(key)} — did you mean "${guess}"?`
    : `unknown field ${quoteSnippet(key)}; ${ARTICLE[kind]} may have: ${known.join(', ')}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  strict_object: 'an object { … }',
  record: 'an object { … }',
};

export function describeValue(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'nothing';
  if (Array.isArray(x)) return 'a list [ … ]';
  switch (typeof x) {
    case 'string':
      return `the text ${quoteSnippet(x, 30)}`;
    case 'number':
      return `the number ${x}`;
    case 'boolean':
      return String(x);
    default:
      return 'an object { … }';
  }
}

/** What to say when the file as a whole is not a JSON object. */
export function notATimelineMessage(value: unknown): string {
  return (
    'a timeline file holds one JSON object { … } with "version", "title" and "events"; ' +
    `this one holds ${describeValue(value)}`
  );
}

export const LIST_NOT_OBJECT = `expected ${EXPECTED.object!}, found ${describeValue([])}`;

export function issueToFinding(issue: v.BaseIssue<unknown>): Finding {
  const items = issue.path ?? [];
  const path = items.map((item) => item.key as PathSegment);

  // Valibot takes a list for an object (its keys are "0", "1"…); say what is really wrong.
  const inList = items.findIndex((item) => item.type === 'object' && Array.isArray(item.input));
  if (inList === 0) return { path: [], message: notATimelineMessage(items[0]!.input) };
  if (inList > 0) return { path: path.slice(0, inList), message: LIST_NOT_OBJECT };
  const last = items[items.length - 1];
  const onKey = (last as { origin?: string } | undefined)?.origin === 'key';

  if (issue.kind === 'schema' && onKey && issue.type.endsWith('object')) {
    const key = String(last!.key);
    const parent = path.slice(0, -1);
    if (issue.expected === 'never') {
      return { path, at: 'key', message: unknownKeyMessage(key, parent) };
    }
    return { path, message: missingKeyMessage(key, parent) };
  }

  if (issue.kind !== 'schema') {
    // Validation actions in schema.ts carry their own plain messages.
    return { path, at: onKey ? 'key' : 'value', message: issue.message };
  }

  if (path.length === 0) return { path, message: notATimelineMessage(issue.input) };

  if (path.length === 1 && path[0] === 'version') {
    const got = issue.input;
    return {
      path,
      message:
        typeof got === 'number'
          ? `this file says version ${got}; this Dateline reads version 1`
          : `"version" must be the number 1, found ${describeValue(got)}`,
    };
  }

  const expected =
    (Object.hasOwn(EXPECTED, issue.type) ? EXPECTED[issue.type] : undefined) ??
    issue.expected ??
    'something else';
  const hint = issue.input === null ? ' (to leave it out, remove the field)' : '';
  return { path, message: `expected ${expected}, found ${describeValue(issue.input)}${hint}` };
}

function missingKeyMessage(key: string, parent: readonly PathSegment[]): string {
  if (parent.length === 0 && key === 'version') {
    return 'the file does not say its version; add "version": 1';
  }
  const kind = kindAt(parent);
  const who = kind ? NOUN[kind] : 'this object';
  const hint =
    kind === 'quote' && key === 'by'
      ? ': say who said it, with a key of "people"'
      : kind === 'event' && key === 'date'
        ? ', e.g. "date": "2023-02-21"'
        : kind === 'media' && key === 'alt'
          ? ': describe what it shows, or write "alt": "" with "decorative": true'
          : '';
  return `${who} has no "${key}"${hint}`;
}
