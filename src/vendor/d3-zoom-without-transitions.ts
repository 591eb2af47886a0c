/**
 * Stands in for d3-transition and d3-interpolate inside d3-zoom (see the aliases in
 * vite.config.ts). Dateline never animates zoom — jumps respect reduced motion and cost nothing —
 * and those two modules serve only zoom transitions there: `interrupt` has nothing to stop, and
 * `interpolateZoom` is called only for a transition. The real modules would add d3-transition,
 * d3-timer, d3-ease, d3-interpolate and d3-color to every reader's download: about 9 KB gzip of
 * a 40 KB budget. Only d3-zoom imports them (checked by test/unit/vendor-shim.test.ts).
 * `selection.interrupt()`, which d3-transition adds to d3's selections, is a method of the lean
 * selection that stands in for d3-selection (d3-selection-lean.ts).
 */
export function interrupt(): void {}

export function interpolateZoom(): never {
  throw new Error(
    'Dateline does not animate zoom: call zoom.transform on a selection, not a transition',
  );
}
