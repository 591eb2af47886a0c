/**
 * What counts as the same character when a quote is checked against its source: a typographic
 * quotation mark or apostrophe is the plain one, every dash is a hyphen, an ellipsis is three
 * full stops, and any run of spaces (non-breaking and thin ones too) is one space. Nothing
 * else is forgiven: a different word, a different letter case or a missing word is a difference.
 */
const SAME: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'],
  [/\u2026/g, '...'],
  [/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' '],
];

/** The text with typographic variants replaced by their plain forms. */
export function plainTypography(text: string): string {
  let out = text;
  for (const [pattern, plain] of SAME) out = out.replace(pattern, plain);
  return out;
}

/** A word of the text with where it stands in it (UTF-16 offsets). */
export interface Word {
  /** The word compared: typography made plain. */
  key: string;
  start: number;
  end: number;
}

// Letters and digits, with apostrophes inside a word ("Russia’s", "don't") kept in it.
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u2018][\p{L}\p{N}]+)*/gu;

/** The words of a text, in order; punctuation and spaces separate them. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    key: plainTypography(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
