/**
 * Periods drawn as bands behind the marks: which label row each takes, so that overlapping
 * periods ("Second term" around "Munich Security Conference") keep readable labels, and where
 * a band and its label sit in px for a scale.
 *
 * Rows are by time, not by px: a period keeps its row as the view zooms, and the chart's height
 * does not jump while panning.
 */
import type { UtcScale } from './utc-scale';

interface Span {
  start: number;
  stop: number;
}

/** For periods sorted by start: the first row whose last period has ended, greedily. */
export function periodRows(periods: readonly Span[]): number[] {
  const ends: number[] = [];
  return periods.map((p) => {
    let row = ends.findIndex((end) => end <= p.start);
    if (row === -1) row = ends.length;
    ends[row] = p.stop;
    return row;
  });
}

export interface Band {
  /** px of the band's ends, clipped to the view (a little beyond, so no edge shows). */
  x0: number;
  x1: number;
  /** px where the label starts: the band's start, or the view's left edge when it began before. */
  labelX: number;
  /** Room for the label: to the band's end or the view's right edge. */
  labelWidth: number;
  /** Whether any of the band is in view. */
  visible: boolean;
}

/** A band in px under `scale`, for a view `width` px wide. */
export function bandAt(period: Span, scale: UtcScale, width: number): Band {
  const a = scale(period.start);
  const b = scale(period.stop);
  const x0 = Math.max(-2, a);
  const x1 = Math.min(width + 2, Math.max(b, a + 2));
  const labelX = Math.max(4, a + 4);
  return {
    x0,
    x1,
    labelX,
    labelWidth: Math.max(0, Math.min(x1, width) - labelX - 4),
    visible: b > 0 && a < width,
  };
}

/**
 * Room for each label, by index: a label may run past its band's end (a three-day conference
 * on a year-long axis is a sliver) up to the next label in its row or the view's right edge.
 */
export function labelRoom(
  bands: readonly { labelX: number; visible: boolean }[],
  rows: readonly number[],
  width: number,
): number[] {
  return bands.map((band, i) => {
    let next = width;
    for (let j = 0; j < bands.length; j++) {
      const other = bands[j]!;
      if (j !== i && rows[j] === rows[i] && other.visible && other.labelX > band.labelX) {
        next = Math.min(next, other.labelX);
      }
    }
    return Math.max(0, next - band.labelX - 6);
  });
}
