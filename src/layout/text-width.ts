/** Width in px of a mark's label, as the view will draw it. */
export type Measure = (text: string) => number;

/** Average advance of a Latin character in a UI sans-serif, in em. */
const LATIN_EM = 0.55;
/** CJK ideographs, kana, Hangul and full-width forms are about one em wide. */
const WIDE_EM = 1;
const FIRST_WIDE = 0x2e80;
const LOW_SURROGATE = 0xdc00;
const LAST_SURROGATE = 0xdfff;

/**
 * A width estimate without a canvas: 0.55 em per character, 1 em for wide (CJK) characters,
 * never more than `maxPx`. Good enough to keep labels apart; the view may pass a canvas-based
 * measure instead.
 */
export function estimateTextWidth(text: string, fontPx = 13, maxPx = 400): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The second half of a surrogate pair is the same character.
    if (code < LOW_SURROGATE || code > LAST_SURROGATE)
      em += code >= FIRST_WIDE ? WIDE_EM : LATIN_EM;
  }
  return Math.min(maxPx, Math.ceil(em * fontPx));
}
