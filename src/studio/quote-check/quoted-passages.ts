/**
 * The passages an article puts in quotation marks (“…” or "…"), and those of them that no
 * quote of the timeline holds: words someone said that the timeline may have missed.
 *
 * A quotation that runs over paragraphs opens each paragraph with “ and closes only at the end,
 * so a passage is cut at line breaks; a trailing comma or full stop belongs to the sentence
 * around it, not to the words said.
 */
import { plainTypography } from './typography';

export interface Passage {
  text: string;
  /** 1-based line of the source on which it starts. */
  line: number;
}

const QUOTED = /\u201C([^\u201D]*)\u201D|"([^"\n]*)"/g;

export function quotedPassages(source: string): Passage[] {
  const out: Passage[] = [];
  for (const m of source.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? '';
    const innerStart = m.index + 1;
    let offset = 0;
    for (const piece of inner.split(/(\n+)/)) {
      const start = innerStart + offset;
      offset += piece.length;
      if (/^\n+$/.test(piece)) continue;
      const text = piece
        .replace(/^\s*\u201C?/, '')
        .replace(/[,.]\s*$/, '')
        .trim();
      if (text === '') continue;
      out.push({ text, line: lineAt(source, start) });
    }
  }
  return out;
}

/**
 * Quoted passages that no timeline quote holds (and that hold none). `ignore` lists names that
 * appear in quotation marks without being words anyone said: programme and article titles.
 */
export function passagesLacking(
  source: string,
  quotes: readonly string[],
  ignore: readonly string[] = [],
): Passage[] {
  const key = (s: string) => plainTypography(s).trim().toLowerCase();
  const said = quotes.map(key).filter((q) => q !== '');
  const skip = new Set(ignore.map(key));
  return quotedPassages(source).filter((passage) => {
    const p = key(passage.text);
    if (skip.has(p)) return false;
    // A passage holding a short quote ("coercion") is not covered by it: most of it is unused.
    return !said.some((q) => q.includes(p) || (p.includes(q) && q.length * 2 >= p.length));
  });
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
