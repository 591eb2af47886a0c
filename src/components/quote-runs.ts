import type { Quote } from '../format/types';

/** Who said it, where, when and through whom: what the attribution line says. */
function attributionKey(quote: Quote): string {
  const s = quote.source;
  const v = quote.via;
  return JSON.stringify([
    quote.by.id,
    quote.date.raw,
    s ? [s.outlet, s.programme, s.title, s.author, s.date?.raw, s.url] : null,
    v ? [v.outlet, v.programme, v.title, v.author, v.date?.raw, v.url] : null,
  ]);
}

/**
 * For each quote, whether it carries the attribution: consecutive quotes with the same speaker,
 * source, date and relay share one, under the last of them (as a pull quote is signed once).
 */
export function attributedQuotes(quotes: readonly Quote[]): boolean[] {
  const keys = quotes.map(attributionKey);
  return keys.map((key, i) => i === keys.length - 1 || keys[i + 1] !== key);
}
