/**
 * Where the reader puts the focus and the scroll after it acts: the reading of the event it
 * opened, and the arrow keys of a page it owns. DOM work only; `Reader.svelte` decides when.
 */
import { bringIntoView } from './bring-into-view';

/**
 * A selection, a deep link, a walk step or "Open event": the event's reading comes into view with
 * its first quote, and its pane starts at the top. Wide, that is the reading pane; narrow, the
 * event's list item (or, past the last event, the list's end). After a step the focused control
 * may be gone: the reading takes the focus, so keys go on working.
 */
export function revealReading(
  root: HTMLElement,
  at: { wide: boolean; id: string | null; compact: boolean },
): void {
  const active = document.activeElement;
  if (!active || active === document.body || !active.isConnected) {
    root.querySelector<HTMLElement>('section.panel')?.focus({ preventScroll: true });
  }
  const anchor = at.wide
    ? root.querySelector<HTMLElement>('.reading-pane section.panel')
    : at.id
      ? root.querySelector<HTMLElement>(`li[data-event-id="${CSS.escape(at.id)}"]`)
      : root.querySelector<HTMLElement>('.list-end section.panel');
  if (!anchor) return;
  const scroller = anchor.closest<HTMLElement>('.scroller');
  if (scroller) scroller.scrollTop = 0;
  const quote = anchor.querySelector<HTMLElement>('blockquote') ?? anchor;
  bringIntoView(anchor, quote, { page: !at.compact });
}

/**
 * Arrow keys anywhere on a page the reader owns (not in fields, not in the chart's marks, which
 * handle their own): right and left step through the events. Returns the cleanup.
 */
export function pageArrowKeys(step: (delta: 1 | -1) => void): () => void {
  const onkey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target !== document.body && e.target !== document.documentElement) return;
    if (e.key === 'ArrowRight') step(1);
    else if (e.key === 'ArrowLeft') step(-1);
    else return;
    e.preventDefault();
  };
  window.addEventListener('keydown', onkey);
  return () => window.removeEventListener('keydown', onkey);
}
