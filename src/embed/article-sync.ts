/**
 * Scrollytelling: paragraphs of the host article marked `data-dateline-event="id"` become the
 * steps of a timeline. The step is the last marked paragraph whose top has passed the reading
 * line (`offset` of the viewport's height from its top); between paragraphs the step stays, and
 * above the first one there is none. IntersectionObserver wakes us only when a paragraph
 * crosses the line, so scrolling costs nothing in between.
 *
 * A paragraph with `data-dateline-for="x"` belongs only to the timeline whose element (or
 * iframe) has `id="x"`; without it, to every synced timeline on the page. The current paragraph
 * carries `data-dateline-active`, for the host's own styling. Focus is never touched.
 */

export const STEP_SELECTOR = '[data-dateline-event]';

export interface ArticleSyncOptions {
  /** Where the paragraphs are: the article element, or the whole document. */
  root: ParentNode;
  /** The reading line, as a fraction of the viewport height from the top (0–1). */
  offset: number;
  /** The id of the timeline being synced, for paragraphs that name theirs. */
  owner?: string;
  /** Called with the step's event id (null above the first paragraph) when it changes. */
  onstep: (id: string | null) => void;
}

/** "0.4", "40%" or nothing → a fraction in [0, 1]; the default reads at mid-height. */
export function parseOffset(value: string | null | undefined, fallback = 0.5): number {
  const match = /^(-?\d*\.?\d+)(%?)$/.exec(value?.trim() ?? '');
  if (!match) return fallback;
  const n = Number(match[1]) / (match[2] ? 100 : 1);
  return Math.min(1, Math.max(0, n));
}

export function stepsIn(root: ParentNode, owner?: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(STEP_SELECTOR)].filter((el) => {
    const forId = el.dataset.datelineFor;
    return !forId || forId === owner;
  });
}

/** Starts following the article; returns the function that stops. */
export function followArticle({ root, offset, owner, onstep }: ArticleSyncOptions): () => void {
  const steps = stepsIn(root, owner);
  if (steps.length === 0 || typeof IntersectionObserver === 'undefined') return () => {};
  let current: HTMLElement | null = null;

  const update = () => {
    const line = window.innerHeight * offset;
    let next: HTMLElement | null = null;
    for (const step of steps) {
      if (step.getBoundingClientRect().top <= line) next = step;
      else break;
    }
    if (next === current) return;
    current?.removeAttribute('data-dateline-active');
    next?.setAttribute('data-dateline-active', '');
    const before = current?.dataset.datelineEvent ?? null;
    current = next;
    const id = next?.dataset.datelineEvent ?? null;
    if (id !== before) onstep(id);
  };

  // A root box one pixel tall at the reading line: an entry fires whenever a paragraph
  // crosses it, in either direction. Its margins are in pixels, so a resize rebuilds it.
  let observer: IntersectionObserver | null = null;
  const observe = () => {
    observer?.disconnect();
    const top = Math.floor(window.innerHeight * offset);
    const bottom = Math.max(0, window.innerHeight - top - 1);
    observer = new IntersectionObserver(update, {
      rootMargin: `-${top}px 0px -${bottom}px 0px`,
      threshold: 0,
    });
    for (const step of steps) observer.observe(step);
  };
  const onResize = () => {
    observe();
    update();
  };
  window.addEventListener('resize', onResize);
  observe();
  update();
  return () => {
    observer?.disconnect();
    window.removeEventListener('resize', onResize);
    current?.removeAttribute('data-dateline-active');
  };
}

/**
 * Scrolls the article so the paragraph of an event sits on the reading line (the embedder asked
 * for it); reduced motion jumps instead of gliding. Returns whether there was one.
 */
export function scrollToStep(root: ParentNode, id: string, offset: number, owner?: string) {
  const step = stepsIn(root, owner).find((el) => el.dataset.datelineEvent === id);
  if (!step) return false;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const go = (behavior: ScrollBehavior) => {
    const top = step.getBoundingClientRect().top + window.scrollY - window.innerHeight * offset;
    window.scrollTo({ top: Math.max(0, top + 1), behavior });
  };
  go(reduce ? 'auto' : 'smooth');
  // The embed may change size right after the choice (an iframe told its new height, a list
  // item opening): aim again at the paragraph whenever the page's layout moves, for a moment.
  if (typeof ResizeObserver === 'undefined') return true;
  let first = true;
  const observer = new ResizeObserver(() => {
    if (first) first = false;
    else go('auto');
  });
  observer.observe(document.body);
  setTimeout(() => observer.disconnect(), 1500);
  return true;
}
