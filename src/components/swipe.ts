import type { Attachment } from 'svelte/attachments';

/** How far (px) a finger must travel sideways, and how much more sideways than down. */
const DISTANCE = 48;
const SLOPE = 1.5;

/**
 * Calls `onswipe(1)` when a touch swipes left (on to the next, later event) and `onswipe(-1)`
 * when it swipes right. Only touch counts: a mouse drag selects text. The element should have
 * `touch-action: pan-y`, so the browser keeps vertical scrolling and leaves sideways moves to us.
 */
export function swipe(onswipe: (delta: 1 | -1) => void): Attachment<HTMLElement> {
  return (element) => {
    let start: { id: number; x: number; y: number } | null = null;
    const down = (e: PointerEvent) => {
      if (e.pointerType === 'touch' && e.isPrimary)
        start = { id: e.pointerId, x: e.clientX, y: e.clientY };
    };
    const up = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      start = null;
      if (Math.abs(dx) >= DISTANCE && Math.abs(dx) >= SLOPE * Math.abs(dy))
        onswipe(dx < 0 ? 1 : -1);
    };
    const cancel = () => (start = null);
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', cancel);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', cancel);
    };
  };
}
