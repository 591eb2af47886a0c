/**
 * Scrolls the least needed so that `anchor` (an event's pane or list item) starts in view and
 * `target` (its first quote) ends in view: first inside every scrolling box between them and the
 * page, then the page itself when `page` is true. When both cannot fit, the target wins.
 */
export function bringIntoView(
  anchor: HTMLElement,
  target: HTMLElement = anchor,
  options: { page?: boolean; margin?: number } = {},
): void {
  const { page = true, margin = 8 } = options;
  const fit = (top: number, bottom: number, scrollBy: (dy: number) => void) => {
    const a = anchor.getBoundingClientRect();
    const t = target.getBoundingClientRect();
    if (a.top >= top && t.bottom <= bottom) return;
    let dy = a.top - top - margin;
    if (t.bottom - dy > bottom) dy = t.top - top - margin;
    scrollBy(dy);
  };
  for (let el = anchor.parentElement; el; el = el.parentElement) {
    if (el === document.body || el === document.documentElement) break;
    const overflow = getComputedStyle(el).overflowY;
    if (!/auto|scroll/.test(overflow) || el.scrollHeight <= el.clientHeight) continue;
    const box = el.getBoundingClientRect();
    fit(box.top, box.bottom, (dy) => (el.scrollTop += dy));
  }
  if (page) fit(0, window.innerHeight, (dy) => window.scrollBy({ top: dy, behavior: 'instant' }));
}
