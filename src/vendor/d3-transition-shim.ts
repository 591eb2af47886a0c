/**
 * Stands in for d3-transition inside d3-zoom. Dateline never animates zoom (jumps respect
 * reduced motion and cost nothing), so all d3-zoom needs of d3-transition is `interrupt`, which
 * has nothing to interrupt without transitions. The real module would add d3-transition,
 * d3-timer and d3-ease to every reader's download (about 5 KB gzip of a 40 KB budget).
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

// d3-transition adds `selection.interrupt()`, and `zoom.transform(selection, t)` calls it.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function (this: unknown) {
  return this;
};
