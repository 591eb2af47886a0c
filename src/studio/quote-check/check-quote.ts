/**
 * A timeline quote against the article it came from: found verbatim, found with differences
 * (which words differ, on both sides), or not found. Typography never counts as a difference
 * (see `typography.ts`); an ellipsis in the quote stands for words left out, so each part
 * around it must be found, in order.
 */
import { align } from './align';
import { plainTypography, wordsOf, type Word } from './typography';

/** A run of text, marked when it is where the quote and the source differ. */
export interface Segment {
  text: string;
  differs: boolean;
}

export type QuoteVerdict =
  | { kind: 'verbatim' }
  | {
      kind: 'differs';
      /** The quote, its differing words marked. */
      quote: Segment[];
      /** What the source says there, its differing words marked. */
      source: Segment[];
    }
  | { kind: 'missing' };

/** The source prepared once for many quotes. */
export interface PreparedSource {
  text: string;
  plain: string;
  words: Word[];
}

export function prepareSource(text: string): PreparedSource {
  return { text, plain: plainTypography(text), words: wordsOf(text) };
}

/** At least this share of the quote's words, in order, for "found with differences". */
const SIMILAR = 0.5;

export function checkQuote(quote: string, source: PreparedSource): QuoteVerdict {
  if (quote.trim() === '') return { kind: 'missing' };
  if (foundVerbatim(plainTypography(quote), source.plain)) return { kind: 'verbatim' };
  const words = wordsOf(quote);
  const found = align(words, source.words);
  if (!found || found.shared === 0 || found.shared / words.length < SIMILAR) {
    return { kind: 'missing' };
  }
  const first = source.words[found.from]!;
  const last = source.words[found.to]!;
  return {
    kind: 'differs',
    quote: segments(quote, words, found.quoteOnly, 0),
    source: segments(
      source.text.slice(first.start, last.end),
      source.words.slice(found.from, found.to + 1).map((w) => ({
        ...w,
        start: w.start - first.start,
        end: w.end - first.start,
      })),
      found.sourceOnly,
      found.from,
    ),
  };
}

/** Every part between ellipses found, in order, within a paragraph's reach of the last. */
function foundVerbatim(quote: string, source: string): boolean {
  const parts = quote
    .split('...')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return false;
  let from = 0;
  let previousEnd = -1;
  for (const part of parts) {
    const at = source.indexOf(part, from);
    if (at < 0 || (previousEnd >= 0 && at - previousEnd > 2000)) return false;
    previousEnd = at + part.length;
    from = previousEnd;
  }
  return true;
}

/** The text cut into runs at its words; words whose index (plus `base`) is in `marked` differ. */
function segments(text: string, words: readonly Word[], marked: Set<number>, base: number) {
  const out: Segment[] = [];
  const push = (piece: string, differs: boolean) => {
    if (piece === '') return;
    const last = out[out.length - 1];
    if (last && last.differs === differs) last.text += piece;
    else out.push({ text: piece, differs });
  };
  let at = 0;
  words.forEach((w, i) => {
    push(text.slice(at, w.start), false);
    push(text.slice(w.start, w.end), marked.has(base + i));
    at = w.end;
  });
  push(text.slice(at), false);
  return out;
}
