/**
 * The quotation marks a pull quote is set in, by the timeline's language. The quote's own text
 * stays verbatim between them: the marks are drawn by CSS (`quotes`), never added to the text.
 */
export type QuoteMarks = readonly [open: string, close: string];

const NBSP = '\u00a0';

/** Keyed by primary language; a region or script (`zh-Hant`, `de-CH`) may refine it below. */
const BY_LANGUAGE = new Map<string, QuoteMarks>([
  ['en', ['“', '”']],
  ['fr', [`«${NBSP}`, `${NBSP}»`]],
  ['de', ['„', '“']],
  ['uk', ['„', '“']],
  ['es', ['«', '»']],
  ['zh', ['「', '」']],
  ['ja', ['「', '」']],
  ['ar', ['«', '»']],
  ['ru', ['«', '»']],
]);

/** Swiss German and Liechtenstein use guillemets, without spaces. */
const BY_REGION = new Map<string, QuoteMarks>([
  ['de-CH', ['«', '»']],
  ['de-LI', ['«', '»']],
  ['fr-CH', ['«', '»']],
]);

const ENGLISH: QuoteMarks = ['“', '”'];

/** The marks for a BCP 47 tag; unknown or invalid tags get English marks. Never throws. */
export function quoteMarks(tag: string | null | undefined): QuoteMarks {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale((tag ?? '').trim().replaceAll('_', '-'));
  } catch {
    return ENGLISH;
  }
  const regional = locale.region ? BY_REGION.get(`${locale.language}-${locale.region}`) : undefined;
  return regional ?? BY_LANGUAGE.get(locale.language) ?? ENGLISH;
}

/** The marks as a CSS `quotes` value, each string escaped for a CSS string. */
export function cssQuotes([open, close]: QuoteMarks): string {
  const css = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
  return `${css(open)} ${css(close)}`;
}
