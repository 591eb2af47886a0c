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

/** A step in a JSON path: an object key or an array index. */
export type PathSegment = string | number;

/** Point at a property's key (e.g. an unknown key) or at its value (everything else). */
export type Target = 'key' | 'value';

export interface LocateRequest {
  path: readonly PathSegment[];
  at?: Target;
}

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in code points. */
  column: number;
  /** 0-based UTF-16 offset into the text. */
  offset: number;
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

/** Line and column for each offset; one sweep over the text, whatever the order of offsets. */
export function positionsOf(text: string, offsets: readonly number[]): Position[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]!);
  const out: Position[] = new Array<Position>(offsets.length);
  let line = 1;
  let column = 1;
  /** Where the column count has reached on the current line. */
  let counted = 0;
  // Line breaks are found with indexOf (native speed); only the stretch of a line before each
  // offset is walked character by character, to count columns in code points.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (const k of order) {
    const target = Math.min(Math.max(offsets[k]!, 0), text.length);
    for (;;) {
      const brk = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (brk < 0 || brk >= target) break;
      const next = brk === cr && text.charCodeAt(brk + 1) === 0x0a ? brk + 2 : brk + 1;
      line++;
      column = 1;
      counted = next;
      if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
      if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
    }
    for (let i = counted; i < target; i++) {
      const c = text.charCodeAt(i);
      // The second half of a surrogate pair is not a character of its own.
      if (!(c >= 0xdc00 && c <= 0xdfff && isHighSurrogate(text, i - 1))) column++;
    }
    counted = Math.max(counted, target);
    out[k] = { line, column, offset: target };
  }
  return out;
}

function isHighSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

// ---------------------------------------------------------------------------------------------

interface TrieNode {
  children: Map<PathSegment, TrieNode>;
  /** Offset of the key's opening quote, or -1. */
  key: number;
  /** Offset of the value's first character, or -1. */
  value: number;
}

function newNode(): TrieNode {
  return { children: new Map(), key: -1, value: -1 };
}

interface Frame {
  isArray: boolean;
  /** Offset of the opening bracket. */
  open: number;
  /** The container's trie node, when some requested path runs through it. */
  node: TrieNode | undefined;
  index: number;
  /** When looking for duplicate keys: the keys seen so far, with the offset of each. */
  keys?: Map<string, number>;
  /** When looking for duplicate keys: the key of the member being read. */
  key?: string;
}

/** A key that appears twice in one object: where, and where first. */
interface Duplicate {
  path: PathSegment[];
  offset: number;
  first: number;
}

interface Failure {
  offset: number;
  message: string;
}

class Fail {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const enum C {
  Tab = 0x09,
  Lf = 0x0a,
  Cr = 0x0d,
  Space = 0x20,
  Quote = 0x22,
  Apos = 0x27,
  Plus = 0x2b,
  Comma = 0x2c,
  Minus = 0x2d,
  Dot = 0x2e,
  Slash = 0x2f,
  Zero = 0x30,
  Nine = 0x39,
  Colon = 0x3a,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
}

// eslint-disable-next-line no-control-regex -- control characters are what it stops at
const PLAIN_RUN = /[^"\\\u0000-\u001F]*/y;

function isWs(c: number): boolean {
  return c === C.Space || c === C.Lf || c === C.Cr || c === C.Tab;
}

function isDigit(c: number): boolean {
  return c >= C.Zero && c <= C.Nine;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || isDigit(c) || c === 0x5f || c === 0x24
  );
}

/** How to show a character in a message: visible ones quoted, invisible ones by code point. */
function describeChar(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp === 0xa0) return `a non-breaking space (${hex})`;
  if (cp === 0xfeff) return `an invisible byte-order mark (${hex})`;
  if (cp === 0x201c || cp === 0x201d)
    return `a curly quote “ (${hex}); JSON needs straight quotes "`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x2000 && cp <= 0x200f)) {
    return `the invisible character ${hex}`;
  }
  return `'${String.fromCodePoint(cp)}'`;
}

/**
 * Walks the whole text once. Records key/value offsets in `trie` along the way and returns the
 * first syntax error, if any. Duplicate keys keep the last occurrence, as `JSON.parse` does.
 */
function scan(
  text: string,
  trie: TrieNode | undefined,
  duplicates?: Duplicate[],
): Failure | undefined {
  const n = text.length;
  const stack: Frame[] = [];
  let i = 0;
  /** Where the last complete value ended (exclusive): where a missing comma belongs. */
  let lastEnd = 0;

  const skipWs = () => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };

  const where = (frame: Frame) =>
    `the ${frame.isArray ? 'list' : 'object'} opened on line ${lineOf(text, frame.open)}`;

  const unexpectedEnd = (expected: string): Fail => {
    const top = stack[stack.length - 1];
    return new Fail(
      n,
      top
        ? `the file ends too soon: expected ${expected} — ${where(top)} is never closed`
        : `the file ends too soon: expected ${expected}`,
    );
  };

  const commentOr = (fallback: string): string => {
    const next = text.charCodeAt(i + 1);
    if (text.charCodeAt(i) === C.Slash && (next === C.Slash || next === 0x2a)) {
      return 'comments are not allowed in JSON; remove the comment or move it into a "note"';
    }
    return fallback;
  };

  /** Scans a string starting at its opening quote; returns the offset after the closing one. */
  const scanString = (start: number): number => {
    let j = start + 1;
    for (;;) {
      // Skip the ordinary characters natively; stop at a quote, backslash or control character.
      PLAIN_RUN.lastIndex = j;
      PLAIN_RUN.test(text);
      j = PLAIN_RUN.lastIndex;
      if (j >= n) {
        throw new Fail(start, 'unterminated string: this string is never closed with "');
      }
      const c = text.charCodeAt(j);
      if (c === C.Quote) return j + 1;
      if (c === C.Backslash) {
        const e = text.charCodeAt(j + 1);
        if (e === 0x75 /* u */) {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(j + 2, j + 6))) {
            throw new Fail(j, 'invalid escape: \\u must be followed by four hex digits');
          }
          j += 6;
        } else if ('"\\/bfnrt'.includes(text[j + 1] ?? '') && j + 1 < n) {
          j += 2;
        } else if (j + 1 >= n) {
          throw new Fail(start, 'unterminated string: this string is never closed with "');
        } else {
          throw new Fail(
            j,
            `invalid escape '\\${text[j + 1] === '\n' ? 'n' : String.fromCodePoint(text.codePointAt(j + 1)!)}' in a string; ` +
              'to write a backslash, double it: \\\\',
          );
        }
        continue;
      }
      if (c === C.Lf || c === C.Cr) {
        throw new Fail(
          start,
          'unterminated string: a string must be closed with " on the same line ' +
            '(write \\n for a line break inside text)',
        );
      }
      if (c === C.Tab) {
        throw new Fail(j, 'a tab inside a string must be written as \\t');
      }
      if (c < 0x20) {
        throw new Fail(j, `${describeChar(text, j)} must be escaped inside a string, or removed`);
      }
      j++;
    }
  };

  const scanNumber = (start: number): number => {
    let j = start;
    if (text.charCodeAt(j) === C.Minus) j++;
    const intStart = j;
    if (!isDigit(text.charCodeAt(j))) {
      throw new Fail(start, `invalid number: expected a digit after '-'`);
    }
    if (text.charCodeAt(j) === C.Zero && isDigit(text.charCodeAt(j + 1))) {
      throw new Fail(start, 'invalid number: numbers cannot start with 0 (write 7, not 07)');
    }
    while (isDigit(text.charCodeAt(j))) j++;
    const intEnd = j;
    if (text.charCodeAt(j) === C.Dot) {
      j++;
      if (!isDigit(text.charCodeAt(j))) {
        throw new Fail(start, 'invalid number: a decimal point must be followed by digits');
      }
      while (isDigit(text.charCodeAt(j))) j++;
    }
    const e = text.charCodeAt(j);
    if (e === 0x65 || e === 0x45) {
      j++;
      const s = text.charCodeAt(j);
      if (s === C.Plus || s === C.Minus) j++;
      if (!isDigit(text.charCodeAt(j))) {
        throw new Fail(start, 'invalid number: an exponent must have digits');
      }
      while (isDigit(text.charCodeAt(j))) j++;
    }
    const after = text.charCodeAt(j);
    if (after === C.Minus || after === C.Colon || after === C.Slash || isWordChar(after)) {
      // 2023-02-21 or 14:30 written without quotes.
      const looksLikeDate = intEnd - intStart === 4 && after === C.Minus;
      throw new Fail(
        start,
        looksLikeDate
          ? 'dates must be written as text in double quotes, e.g. "2023-02-21"'
          : 'unquoted text: text must be in double quotes',
      );
    }
    return j;
  };

  const scanWord = (start: number): number => {
    let j = start;
    while (isWordChar(text.charCodeAt(j))) j++;
    const word = text.slice(start, j);
    if (word === 'true' || word === 'false' || word === 'null') return j;
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false' || lower === 'null') {
      throw new Fail(start, `JSON writes ${lower} in lower case, not ${word}`);
    }
    if (word === 'None' || word === 'nil') {
      throw new Fail(start, `JSON writes null, not ${word}`);
    }
    if (word === 'NaN' || word === 'Infinity' || word === 'undefined') {
      throw new Fail(
        start,
        `${word} is not allowed in JSON; use a number or null, or leave it out`,
      );
    }
    throw new Fail(start, `unquoted text: text must be in double quotes, e.g. "${word}"`);
  };

  /** A value was expected at `i` but something else is there. */
  const notAValue = (context: string): Fail => {
    const c = text.charCodeAt(i);
    if (i >= n) return unexpectedEnd(`a value ${context}`);
    if (c === C.Apos) {
      return new Fail(i, `strings must be in double quotes ("), not single quotes (')`);
    }
    if (c === C.Plus) return new Fail(i, `invalid number: numbers cannot start with '+'`);
    if (c === C.Dot) return new Fail(i, 'invalid number: write 0.5, not .5');
    if (c === C.Comma) return new Fail(i, `expected a value ${context}, found ','`);
    if (c === C.CloseBrace || c === C.CloseBracket) {
      return new Fail(i, `expected a value ${context}, found '${text[i]}'`);
    }
    return new Fail(i, commentOr(`expected a value ${context}, found ${describeChar(text, i)}`));
  };

  /** Offset of a key: its decoded text, only computed when some requested path needs it. */
  const keyOf = (start: number, end: number): string => {
    const raw = text.slice(start + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
  };

  try {
    skipWs();
    if (i >= n) throw new Fail(0, 'the file is empty: a timeline is a JSON object { … }');

    let node: TrieNode | undefined = trie;
    let context = 'at the start of the file';

    // Each turn parses one value at `i` (whose trie node is `node`), then consumes what follows
    // it up to the start of the next value, popping closed containers on the way.
    for (;;) {
      skipWs();
      if (node) node.value = i;
      const c = text.charCodeAt(i);
      let opened: Frame | undefined;

      if (c === C.OpenBrace || c === C.OpenBracket) {
        opened = { isArray: c === C.OpenBracket, open: i, node, index: 0 };
        if (duplicates && !opened.isArray) opened.keys = new Map();
        stack.push(opened);
        i++;
      } else if (c === C.Quote) {
        i = scanString(i);
      } else if (c === C.Minus || isDigit(c)) {
        i = scanNumber(i);
      } else if (isWordChar(c)) {
        i = scanWord(i);
      } else {
        throw notAValue(context);
      }

      // After a value (or just inside a new container): find the next value's start.
      let first = opened !== undefined;
      for (;;) {
        const frame = stack[stack.length - 1];
        if (!frame) {
          lastEnd = i;
          skipWs();
          if (i < n) {
            throw new Fail(
              i,
              text.charCodeAt(i) === C.CloseBrace || text.charCodeAt(i) === C.CloseBracket
                ? `unexpected '${text[i]}': there is a closing bracket too many`
                : commentOr(
                    `unexpected ${describeChar(text, i)} after the end of the JSON; ` +
                      'a file holds one timeline object',
                  ),
            );
          }
          return undefined;
        }
        const close = frame.isArray ? C.CloseBracket : C.CloseBrace;
        const closeChar = frame.isArray ? ']' : '}';
        const what = frame.isArray ? 'a list item' : 'a property value';

        if (!first) {
          lastEnd = i;
          skipWs();
          const d = text.charCodeAt(i);
          if (d === close) {
            stack.pop();
            i++;
            continue;
          }
          if (d !== C.Comma) {
            if (i >= n) throw unexpectedEnd(`',' or '${closeChar}'`);
            const mismatch =
              d === C.CloseBrace || d === C.CloseBracket
                ? ` — found '${text[i]}', but ${where(frame)} must be closed with '${closeChar}'`
                : '';
            const message = commentOr(
              `expected ',' or '${closeChar}' after ${what}${mismatch || ' (is a comma missing?)'}`,
            );
            // A missing comma belongs right after the value; anything else is pointed at.
            const missingComma = !mismatch && message.startsWith('expected');
            throw new Fail(missingComma ? lastEnd : i, message);
          }
          const comma = i;
          i++;
          skipWs();
          if (text.charCodeAt(i) === close) {
            throw new Fail(
              comma,
              `trailing comma: remove the ',' after the last ${frame.isArray ? 'item' : 'property'}`,
            );
          }
          frame.index++;
        } else {
          skipWs();
          if (text.charCodeAt(i) === close) {
            stack.pop();
            i++;
            first = false;
            continue;
          }
        }
        first = false;

        // The next value is an array item or a property; find its trie node.
        if (frame.isArray) {
          node = frame.node?.children.get(frame.index);
          context = 'in the list';
          if (i >= n) throw unexpectedEnd(`a value or ']'`);
          break;
        }
        const k = text.charCodeAt(i);
        if (k !== C.Quote) {
          if (i >= n) throw unexpectedEnd(`a property name or '}'`);
          if (k === C.Apos) {
            throw new Fail(i, `property names must be in double quotes ("), not single quotes (')`);
          }
          if (isWordChar(k)) {
            let j = i;
            while (isWordChar(text.charCodeAt(j))) j++;
            throw new Fail(
              i,
              `property names must be in double quotes, e.g. "${text.slice(i, j)}"`,
            );
          }
          throw new Fail(
            i,
            commentOr(`expected a property name in double quotes, found ${describeChar(text, i)}`),
          );
        }
        const keyStart = i;
        i = scanString(i);
        const keyText = text.slice(keyStart, Math.min(i, keyStart + 40));
        if (duplicates && frame.keys) {
          const name = keyOf(keyStart, i);
          const first = frame.keys.get(name);
          frame.key = name;
          if (first === undefined) frame.keys.set(name, keyStart);
          else {
            const path = stack.map((f) => (f.isArray ? f.index : f.key!));
            duplicates.push({ path, offset: keyStart, first });
          }
        }
        node = undefined;
        if (frame.node && frame.node.children.size > 0) {
          const name = keyOf(keyStart, i);
          node = frame.node.children.get(name);
          if (node) {
            node.key = keyStart;
            node.value = -1;
          }
        }
        skipWs();
        if (text.charCodeAt(i) !== C.Colon) {
          if (i >= n) throw unexpectedEnd(`':'`);
          throw new Fail(i, `expected ':' after the property name ${keyText}`);
        }
        i++;
        context = `after the ':' of ${keyText}`;
        skipWs();
        break;
      }
    }
  } catch (e) {
    if (e instanceof Fail) return { offset: e.offset, message: e.message };
    throw e;
  }
}

function lineOf(text: string, offset: number): number {
  return positionsOf(text, [offset])[0]!.line;
}
