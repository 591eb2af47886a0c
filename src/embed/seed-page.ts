/**
 * What the prerendered embed page (`dist/embed/<name>.html`) and its script agree on: the build
 * renders the reader at `SEED_WIDTH`, the script hydrates it with the same props and the timeline
 * from the `SEED_DATA_ID` element, then lets the reader measure its real box.
 */

/**
 * The reader's width on the server, px (the frame's box less its 0.5rem padding each side). The
 * narrowest wide layout (Reader's 720 px): the desktop article column a graphic is most often
 * given, where the chart, its marks and the title card show side by side. A wider box lays out
 * again once the script runs; a box too narrow for the chart (seed.css) shows the static reading
 * until then.
 */
export const SEED_WIDTH = 720;
/** The `<script type="application/json">` that carries the timeline. */
export const SEED_DATA_ID = 'dateline-timeline';
/** The element the reader is rendered into and hydrated in. */
export const SEED_ROOT_ID = 'dateline';
/** The static reading (every event and quote), for readers without JavaScript. */
export const SEED_STATIC_ID = 'dateline-static';
