/**
 * Entry of the prerendered embed pages (`embed/seed.js`, loaded by `dist/embed/<name>.html`):
 * hydrates the reader the build rendered, with the timeline the page carries (no fetch). The
 * build drew it wide and narrow; the script keeps the drawing its window shows. The first view
 * the reader sees is the server's markup; these nodes become the live reader, they
 * are not drawn a second time. Then the reader gets the address's parameters and measures its
 * real box, and the static reading under it (for readers without JavaScript) goes.
 *
 * The page never keeps a drawn reader whose buttons do nothing: if the reader cannot start (its
 * language files refused in a sandboxed frame, a timeline that does not open), the static
 * reading takes its place at once (`fallBack`); if this script never runs, seed.css does the
 * same after a few seconds.
 */
import '../styles/theme.css';
import './frame.css';
import './seed.css';
import { flushSync, hydrate, unmount } from 'svelte';
import { EMBED_HEIGHT } from '../layout/embed-box';
import { openTimelineText } from '../load/open-text';
import { readParams } from '../state/url-params';
import { textMetrics } from '../components/chart/chart-model.svelte';
import { FrameChild } from './frame-child';
import SeedFrame from './SeedFrame.svelte';
import {
  SEED_DATA_ID,
  SEED_FALLBACK_CLASS,
  SEED_HEIGHT_VAR,
  SEED_LIVE_CLASS,
  SEED_NARROW_ID,
  SEED_NARROW_WIDTH,
  SEED_ROOT_ID,
  SEED_STATIC_ID,
  SEED_WIDE_FROM,
  SEED_WIDTH,
  missingLanguage,
  seedProps,
} from './seed-page';

/** The hydrated reader, once there is one: a failure after hydration unmounts it. */
let app: ReturnType<typeof hydrate> | null = null;

async function start(page: URL): Promise<void> {
  // The drawing the window shows (seed.css): the other one goes.
  const wide = window.innerWidth >= SEED_WIDE_FROM;
  const target = document.getElementById(wide ? SEED_ROOT_ID : SEED_NARROW_ID);
  const data = document.getElementById(SEED_DATA_ID);
  if (!target || !data) throw new Error('this is not a prerendered embed page');
  const opened = await openTimelineText(data.textContent ?? '');
  if (!opened.ok) throw new Error('the timeline the page carries does not open');
  const { timeline } = opened;
  document.getElementById(wide ? SEED_NARROW_ID : SEED_ROOT_ID)?.remove();
  // Exactly the server's props, so hydration finds the markup it would have written.
  const props = $state(await seedProps(timeline, wide ? SEED_WIDTH : SEED_NARROW_WIDTH));
  const missing = missingLanguage(timeline, props);
  if (missing)
    throw new Error(
      `the timeline’s language did not load: ${missing}. In a sandboxed frame the server of ` +
        'embed/ must send Access-Control-Allow-Origin: * for its files.',
    );
  textMetrics.canvas = false;
  app = hydrate(SeedFrame, { target, props });
  // Styles the build moved to the page's stylesheet are the element's own inline styles now.
  for (const el of target.querySelectorAll('[data-s][style]')) el.removeAttribute('data-s');
  // Now what the address asks for, and the labels measured as this browser draws them.
  const params = readParams(page, 'title');
  Object.assign(props, {
    theme: params.theme,
    header: params.header,
    height: params.height,
    event: params.event,
    childId: page.searchParams.get('childId'),
  });
  textMetrics.canvas = true;
  // Live hides the static reading (seed.css): the reader lays out with no scrollbar beside it.
  document.documentElement.classList.add(SEED_LIVE_CLASS);
  flushSync();
  document.getElementById(SEED_STATIC_ID)?.remove();
}

/**
 * The reader could not start: the static reading (every event and quote, in the timeline's
 * language) takes its place, in a box of the reader's height that scrolls inside itself, and
 * the host still hears that height (a pym host sizes the frame from it).
 */
function fallBack(page: URL, error: unknown): void {
  const why = error instanceof Error ? error.message : String(error);
  console.error(
    `Dateline: the interactive timeline could not start (${why}); the page shows its static reading instead.`,
  );
  if (app) {
    // Its height messages and listeners stop with it.
    try {
      unmount(app);
    } catch {
      // Half made: its nodes are hidden all the same.
    }
  }
  const root = document.documentElement;
  root.classList.remove(SEED_LIVE_CLASS);
  root.classList.add(SEED_FALLBACK_CLASS);
  const reading = document.getElementById(SEED_STATIC_ID);
  if (!reading) return;
  const show = (id: string | null) => {
    if (id) reading.querySelector(`[data-event-id="${CSS.escape(id)}"]`)?.scrollIntoView();
  };
  let params = { height: EMBED_HEIGHT, event: null as string | null };
  try {
    params = readParams(page, 'title');
  } catch {
    // The default height, which the host reserved unless told otherwise.
  }
  root.style.setProperty(SEED_HEIGHT_VAR, `${params.height}px`);
  // A box that scrolls: the keyboard can scroll it too.
  reading.tabIndex = 0;
  // The event the address or the host asks for: scrolled to in the reading.
  show(params.event);
  new FrameChild({
    childId: page.searchParams.get('childId'),
    onmessage: (message) => show(message.id),
  }).start(reading);
}

// For the benchmark (test/bench/measure.ts): whether the marks were painted before this ran.
performance.mark('dateline:script');
// The page is already drawn: the first paint comes first (a frame, then a task after it), and
// the hydration after it, so the reader sees the marks as soon as the HTML and CSS are in.
requestAnimationFrame(() =>
  setTimeout(() => {
    const page = new URL(window.location.href);
    start(page).catch((error: unknown) => fallBack(page, error));
  }),
);
