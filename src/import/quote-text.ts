/** The text of a quote and its cite, as `htmlToText` makes a quote of a `<blockquote>`. */

/** The cite as a speaker: "— Jens Stoltenberg" → "Jens Stoltenberg". */
export function cleanCite(cite: string): string {
  return cite.replace(/^[\s\u2010-\u2015~-]+/, '').trim();
}

/** The quoted words without the quotation marks around all of them. */
export function unwrapQuote(text: string): string {
  const pairs: [string, string][] = [
    ['“', '”'],
    ['"', '"'],
    ['«', '»'],
    ['„', '“'],
    ['‘', '’'],
  ];
  const t = text.trim();
  for (const [open, close] of pairs) {
    if (t.length > 2 && t.startsWith(open) && t.endsWith(close)) {
      const inner = t.slice(open.length, -close.length);
      // Only when the marks wrap the whole quote, not `"a" and "b"`.
      if (!inner.includes(open) && !inner.includes(close)) return inner.trim();
    }
  }
  return t;
}
