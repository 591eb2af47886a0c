/**
 * How much of a list is still below the fold of the box it scrolls in: the count a compact
 * embed's "3 more events below" cue shows (components/MoreBelow.svelte), so a phone reader of a
 * 600 px box knows the list goes on. Pure: the caller measures, this counts.
 */

/** An item showing fewer px than this above the fold has not been seen: its title row is cut. */
export const PEEK_PX = 16;

/**
 * The items whose top edge lies within `PEEK_PX` of the fold or below it, plus `unrendered` items
 * after the last rendered one (a long list renders a page at a time).
 *
 * `count` rendered items, in list order, whose tops ascend; `top(i)` reads the i-th one's top
 * edge in the same frame as `fold` (the visible bottom edge of the box). A binary search, so a
 * page of 100 items costs seven reads per scroll frame, not a hundred layout queries.
 */
export function countBelow(
  count: number,
  top: (i: number) => number,
  fold: number,
  unrendered = 0,
): number {
  const line = fold - PEEK_PX;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (top(mid) < line) lo = mid + 1;
    else hi = mid;
  }
  return count - lo + Math.max(0, unrendered);
}
