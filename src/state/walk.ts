/**
 * The guided walk: the title card, then each event in time order, then the end card. A step is
 * where the reader is; `walkStep` says where ← or → (−1 or +1) takes them. Pure, so the reading
 * pane, the keys and the swipes all agree.
 */
export type WalkStep = { kind: 'title' } | { kind: 'event'; index: number } | { kind: 'end' };

/** The step after `from` in direction `delta`, over `count` events; stays put at either end. */
export function walkStep(from: WalkStep, delta: 1 | -1, count: number): WalkStep {
  if (count === 0) return from.kind === 'end' && delta < 0 ? { kind: 'title' } : from;
  if (from.kind === 'title') return delta > 0 ? { kind: 'event', index: 0 } : from;
  if (from.kind === 'end') return delta < 0 ? { kind: 'event', index: count - 1 } : from;
  const index = Math.min(from.index, count - 1) + delta;
  if (index < 0) return { kind: 'title' };
  if (index >= count) return { kind: 'end' };
  return { kind: 'event', index };
}
