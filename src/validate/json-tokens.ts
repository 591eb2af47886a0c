/**
 * Reading one JSON token for the scanner in `json-scan.ts`: strings, numbers and the words
 * true/false/null, each with the message a reporter sees when it is malformed; the character
 * classes they share, and how a character is named in a message.
 */

export class Fail {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

export const enum C {
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

export function isWs(c: number): boolean {
  return c === C.Space || c === C.Lf || c === C.Cr || c === C.Tab;
}

export function isDigit(c: number): boolean {
  return c >= C.Zero && c <= C.Nine;
}

export function isWordChar(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || isDigit(c) || c === 0x5f || c === 0x24
  );
}

/** How to show a character in a message: visible ones quoted, invisible ones by code point. */
export function describeChar(text: string, i: number): string {
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

/** Scans a string starting at its opening quote; returns the offset after the closing one. */
export function scanString(text: string, start: number): number {
  const n = text.length;
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
}

export function scanNumber(text: string, start: number): number {
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
}

export function scanWord(text: string, start: number): number {
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
    throw new Fail(start, `${word} is not allowed in JSON; use a number or null, or leave it out`);
  }
  throw new Fail(start, `unquoted text: text must be in double quotes, e.g. "${word}"`);
}
