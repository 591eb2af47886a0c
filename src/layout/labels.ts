/**
 * Labels as an annotation layer: where each visible mark's title goes, given the free space in
 * its row. The packing (`stack.ts`) keeps marks apart; this places their words, per frame, over
 * the marks in view only:
 *
 *   right of the mark on one line → left on one line → right on two lines → left on two lines
 *   → the side with more room, cut short (only when there is truly no room) → no label.
 *
 * A period's label sits on its bar, on one line.
 *
 * A label never leaves the chart: a mark near an edge writes towards the middle, and a period
 * whose bar starts off-screen keeps its label at the left edge. A mark whose own point is off
 * screen gets no label (a lone "inken warns Wang Yi" helps no one); hover and focus show the full
 * title whatever happens here.
 */

export interface LabelInput {
  /** Row key: marks with the same key share a row and must not overlap. */
  row: number;
  /** The mark's x in px: a point's centre, a period's left end. */
  x: number;
  /** Width of the period's bar in px; 0 for a point. */
  bar: number;
  /** Width of the title on one line, and on two lines (its longer line), in px. */
  oneLine: number;
  twoLines: number;
}

export type LabelSide = 'right' | 'left' | 'none';

export interface LabelPlacement {
  side: LabelSide;
  lines: 1 | 2;
  /** Left edge of the label in px (chart coordinates). */
  x: number;
  /** Width the label gets in px. */
  width: number;
  /** True when the text does not fit and ends in an ellipsis. */
  cut: boolean;
}

export interface LabelOptions {
  /** Width of the chart in px: labels stay inside [0, width]. */
  width: number;
  /** px from a point's centre to its label. Default 10. */
  offset?: number;
  /** Clear px between neighbours. Default 6. */
  gap?: number;
  /** Narrower than this, a cut label is not worth showing. Default 40. */
  minWidth?: number;
}

const NONE: LabelPlacement = { side: 'none', lines: 1, x: 0, width: 0, cut: false };

/** A placement for every mark, in input order. */
export function placeLabels(
  marks: readonly LabelInput[],
  { width, offset = 10, gap = 6, minWidth = 40 }: LabelOptions,
): LabelPlacement[] {
  const out: LabelPlacement[] = new Array<LabelPlacement>(marks.length).fill(NONE);
  const order = marks.map((_, i) => i);
  order.sort((a, b) => marks[a]!.row - marks[b]!.row || marks[a]!.x - marks[b]!.x);

  let prevRow = NaN;
  /** Right edge of what the previous mark of the row took, label included. */
  let taken = 0;
  for (let o = 0; o < order.length; o++) {
    const i = order[o]!;
    const m = marks[i]!;
    if (m.row !== prevRow) [prevRow, taken] = [m.row, 0];
    const nextIndex = order[o + 1];
    const next =
      nextIndex !== undefined && marks[nextIndex]!.row === m.row ? marks[nextIndex] : undefined;
    const place = m.bar > 0 ? placeSpan(m, next, taken) : placePoint(m, next, taken);
    out[i] = place;
    const bodyEnd = m.bar > 0 ? m.x + m.bar : m.x + offset;
    taken = Math.max(taken, bodyEnd, place.side === 'none' ? 0 : place.x + place.width) + gap;
  }
  return out;

  /** Where the next mark starts, less what it will need on its left. */
  function limitBefore(m: LabelInput, next: LabelInput | undefined): number {
    if (!next) return width;
    if (next.bar > 0) return Math.min(width, next.x) - gap;
    const nextRight = limitAfterPoint(next);
    const wantsLeft = nextRight < next.twoLines && next.x >= 0;
    const reserve = wantsLeft ? Math.min(next.twoLines, (next.x - m.x) / 2) + offset : offset;
    return Math.min(width, next.x - reserve) - gap;
  }

  /** Room right of a point up to the chart's edge (neighbours aside). */
  function limitAfterPoint(m: LabelInput): number {
    return width - (m.x + offset);
  }

  function placePoint(m: LabelInput, next: LabelInput | undefined, taken: number): LabelPlacement {
    if (m.x < 0 || m.x > width) return NONE;
    const rightX = m.x + offset;
    const right = limitBefore(m, next) - rightX;
    const leftEnd = m.x - offset;
    const left = leftEnd - Math.max(0, taken);
    const fit = (w: number, lines: 1 | 2): LabelPlacement | undefined => {
      if (w <= right) return { side: 'right', lines, x: rightX, width: w, cut: false };
      if (w <= left) return { side: 'left', lines, x: leftEnd - w, width: w, cut: false };
      return undefined;
    };
    const whole = fit(m.oneLine, 1) ?? fit(m.twoLines, 2);
    if (whole) return whole;
    const room = Math.max(right, left);
    if (room < minWidth) return NONE;
    return right >= left
      ? { side: 'right', lines: 2, x: rightX, width: right, cut: true }
      : { side: 'left', lines: 2, x: leftEnd - left, width: left, cut: true };
  }

  /**
   * A period's label sits on its bar, on one line (a second would cover the bar), from its left
   * end or the chart's left edge.
   */
  function placeSpan(m: LabelInput, next: LabelInput | undefined, taken: number): LabelPlacement {
    if (m.x + m.bar < 0 || m.x > width) return NONE;
    const x = Math.max(m.x, Math.max(0, taken)) + 4;
    const room = limitBefore(m, next) - x;
    if (m.oneLine <= room) return { side: 'right', lines: 1, x, width: m.oneLine, cut: false };
    if (room < minWidth) return NONE;
    return { side: 'right', lines: 1, x, width: room, cut: true };
  }
}

/**
 * The width of `text` broken into two lines at the space that best balances them: the longer
 * line. Text without a space stays one line.
 */
export function twoLineWidth(text: string, measure: (s: string) => number): number {
  const mid = text.length / 2;
  let best = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
  }
  if (best < 0) return measure(text);
  return Math.max(measure(text.slice(0, best)), measure(text.slice(best + 1)));
}
