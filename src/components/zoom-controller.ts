// In every build 'd3-selection' is src/vendor/d3-selection-lean.ts (an alias in vite.config.ts):
// the types are d3's, and the lean module has every method that d3-zoom and this file call.
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/** At most ×√2 per wheel event (in powers of two: ±0.5). */
const MAX_WHEEL_STEP = 0.5;

/**
 * How far one wheel event zooms, in powers of two. d3's own measure (−deltaY × 0.002 per pixel,
 * × 0.05 per line, × 1 per page, ten times that with ctrl) zooms ×4 at once for one notch of a
 * mouse wheel with ctrl held (100 px), and the reader loses their place. Capped, a notch is a
 * step of ×√2, while a trackpad pinch, a stream of small events, zooms as before.
 */
export function wheelZoomStep(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  const step = -event.deltaY * perUnit * (event.ctrlKey ? 10 : 1);
  return Math.max(-MAX_WHEEL_STEP, Math.min(MAX_WHEEL_STEP, step));
}

/**
 * d3-zoom on the timeline element, tuned for a graphic inside an article:
 * - a plain vertical wheel is never caught, so the article keeps scrolling;
 * - a horizontal wheel or trackpad swipe pans; ctrl/⌘ + wheel and trackpad pinch zoom;
 * - drag pans, touch pinch zooms; the view never leaves the data's span.
 * Only x and k matter: y stays 0.
 */
export class ZoomController {
  readonly #behavior: ZoomBehavior<HTMLElement, unknown>;
  #selection: Selection<HTMLElement, unknown, null, undefined> | null = null;
  #width = 1;

  constructor(onzoom: (transform: ZoomTransform) => void) {
    this.#behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const wheel = event as WheelEvent;
          return wheel.ctrlKey || wheel.metaKey;
        }
        // Presses on controls inside the chart (zoom buttons) are clicks, not drags.
        if ((event.target as Element | null)?.closest?.('[data-no-zoom]')) return false;
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      .wheelDelta(wheelZoomStep)
      .constrain((t) => this.#constrain(t))
      .on('zoom', (event: { transform: ZoomTransform }) => onzoom(event.transform));
  }

  /** Scale bounds: k = 1 shows the whole span; `maxK` stops at about an hour across the view. */
  configure(width: number, maxK: number): void {
    this.#width = Math.max(1, width);
    this.#behavior
      .scaleExtent([1, Math.max(1, maxK)])
      .extent([
        [0, 0],
        [this.#width, 1],
      ])
      .clickDistance(4);
    if (this.#selection) this.#behavior.transform(this.#selection, this.current);
  }

  /** Svelte attachment: `{@attach zoom.attach}` on the element that receives the gestures. */
  attach = (element: HTMLElement): (() => void) => {
    const selection = select(element);
    this.#selection = selection;
    selection.call(this.#behavior).on('dblclick.zoom', null);
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) return;
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return; // vertical: the page scrolls
      event.preventDefault();
      const px = event.deltaMode === 1 ? event.deltaX * 16 : event.deltaX;
      this.#behavior.translateBy(selection, -px / this.current.k, 0);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      element.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
      this.#selection = null;
    };
  };

  get current(): ZoomTransform {
    const node = this.#selection?.node();
    return node ? zoomTransform(node) : zoomIdentity;
  }

  /** Zooms by a factor around the middle of the view (buttons and keys). */
  scaleBy(factor: number): void {
    if (this.#selection) this.#behavior.scaleBy(this.#selection, factor, [this.#width / 2, 0]);
  }

  /** Jumps to a transform (fit, zoom to a cluster, bring an event into view). */
  set(transform: ZoomTransform): void {
    if (this.#selection) this.#behavior.transform(this.#selection, transform);
  }

  reset(): void {
    this.set(zoomIdentity);
  }

  #constrain(t: ZoomTransform): ZoomTransform {
    const minX = this.#width - this.#width * t.k;
    const x = Math.min(0, Math.max(minX, t.x));
    return x === t.x && t.y === 0 ? t : zoomIdentity.translate(x, 0).scale(t.k);
  }
}
