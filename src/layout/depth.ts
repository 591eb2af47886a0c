/**
 * The most intervals `[starts[i], stops[i])` that overlap at any one instant; `starts` must be
 * ascending. How many rows a lane's spans could ever use side by side.
 */
export function maxOverlap(starts: ArrayLike<number>, stops: ArrayLike<number>): number {
  const ends = Float64Array.from(stops).sort();
  let depth = 0;
  let ended = 0;
  for (let i = 0; i < starts.length; i++) {
    // Intervals ending at or before this start no longer overlap it (stops are exclusive).
    while (ends[ended]! <= starts[i]!) ended++;
    depth = Math.max(depth, i + 1 - ended);
  }
  return depth;
}
