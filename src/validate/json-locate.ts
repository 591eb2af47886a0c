/**
 * Finds where things are in JSON text: the first syntax error, with a message a reporter can act
 * on, and the line and column of any JSON path.
 *
 * `JSON.parse` stays the fast path — it is many times quicker than any scanner written in JS —
 * so this scanner only runs when there is something to point at: once on a syntax error, or
 * once per file for all the problems validation found. It is strict JSON (RFC 8259, exactly
 * what `JSON.parse` accepts), iterative (deep nesting cannot overflow the stack) and linear in
 * the length of the text however many paths are asked for.
 *
 * Lines and columns are 1-based. Columns count characters (code points), as editors do; a
 * line ends at "\n", "\r\n" or "\r".
 */
import type { Problem } from '../format/types';
import { positionsOf, type Position } from './json-position';
import { newNode, scan, type Duplicate, type TrieNode } from './json-scan';

/** A step in a JSON path: an object key or an array index. */
export type PathSegment = string | number;

/** Point at a property's key (e.g. an unknown key) or at its value (everything else). */
export type Target = 'key' | 'value';

export interface LocateRequest {
  path: readonly PathSegment[];
  at?: Target;
}

/** `$.events[3].quotes[0].by`; keys that are not plain identifiers are written `["a b"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/**
 * `JSON.parse` that answers with a located problem instead of throwing: the fast native parse
 * first, and the scanner only to say where a broken file breaks.
 */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const problem = findSyntaxError(text) ?? {
      path: '$',
      message: `this is not valid JSON (${(error as Error).message})`,
      line: 1,
      column: 1,
    };
    return { ok: false, problem };
  }
}

/**
 * The first syntax error in `text`, located, or `undefined` if the text is valid JSON.
 * The path is always `$`: a file that does not parse has no structure to point into.
 */
export function findSyntaxError(text: string): Problem | undefined {
  const failure = scan(text, undefined);
  if (!failure) return undefined;
  const [pos] = positionsOf(text, [failure.offset]);
  return { path: '$', message: failure.message, line: pos!.line, column: pos!.column };
}

/**
 * Every key that appears twice in one object, located at its second appearance (`JSON.parse`
 * keeps the last, so the first value would be lost without a word). For valid JSON text; the
 * quick check (`duplicate-keys.ts`) says when it is worth running.
 */
export function findDuplicateKeys(text: string): Problem[] {
  const found: Duplicate[] = [];
  scan(text, undefined, found);
  const positions = positionsOf(
    text,
    found.flatMap((d) => [d.offset, d.first]),
  );
  return found.map((d, k) => {
    const at = positions[2 * k]!;
    const first = positions[2 * k + 1]!;
    const key = d.path[d.path.length - 1] as string;
    return {
      path: formatPath(d.path),
      message:
        `the key ${JSON.stringify(key)} appears twice in this object (first on line ${first.line}); ` +
        'JSON keeps only the last, so the first would be lost: remove one or rename it',
      line: at.line,
      column: at.column,
    };
  });
}

/**
 * Positions for many paths in one pass over `text` (which should be valid JSON). A path that
 * does not exist — a missing property, say — is located at its deepest existing ancestor.
 * Returns one entry per request, in order; `undefined` only if not even `$` could be found.
 */
export function locatePaths(
  text: string,
  requests: readonly LocateRequest[],
): (Position | undefined)[] {
  const root = newNode();
  const ends: [TrieNode, Target][] = requests.map((req) => {
    let node = root;
    for (const seg of req.path) {
      let child = node.children.get(seg);
      if (!child) node.children.set(seg, (child = newNode()));
      node = child;
    }
    return [node, req.at ?? 'value'];
  });
  scan(text, root);
  const offsets = requests.map((req, i) => {
    const [end, at] = ends[i]!;
    if (at === 'key' && end.key >= 0) return end.key;
    if (end.value >= 0) return end.value;
    // Deepest ancestor that was seen.
    let best = -1;
    let node: TrieNode | undefined = root;
    for (const seg of req.path) {
      if (!node || node.value < 0) break;
      best = node.value;
      node = node.children.get(seg);
    }
    if (node && node.value >= 0) best = node.value;
    return best;
  });
  const valid = offsets.filter((o) => o >= 0);
  const positions = positionsOf(text, valid);
  const byOffset = new Map(valid.map((o, i) => [o, positions[i]!]));
  return offsets.map((o) => byOffset.get(o));
}
