/**
 * The one pass over JSON text behind `json-locate.ts`: strict JSON (RFC 8259, exactly what
 * `JSON.parse` accepts), iterative (deep nesting cannot overflow the stack), recording the
 * offsets of requested paths in a trie and, if asked, keys that appear twice.
 */
import type { PathSegment } from './json-locate';
import { lineOf } from './json-position';
import {
  C,
  describeChar,
  Fail,
  isDigit,
  isWordChar,
  isWs,
  scanNumber,
  scanString,
  scanWord,
} from './json-tokens';

export interface TrieNode {
  children: Map<PathSegment, TrieNode>;
  /** Offset of the key's opening quote, or -1. */
  key: number;
  /** Offset of the value's first character, or -1. */
  value: number;
}

export function newNode(): TrieNode {
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
export interface Duplicate {
  path: PathSegment[];
  offset: number;
  first: number;
}

export interface Failure {
  offset: number;
  message: string;
}

/**
 * Walks the whole text once. Records key/value offsets in `trie` along the way and returns the
 * first syntax error, if any. Duplicate keys keep the last occurrence, as `JSON.parse` does.
 */
export function scan(
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
        i = scanString(text, i);
      } else if (c === C.Minus || isDigit(c)) {
        i = scanNumber(text, i);
      } else if (isWordChar(c)) {
        i = scanWord(text, i);
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
        i = scanString(text, i);
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
