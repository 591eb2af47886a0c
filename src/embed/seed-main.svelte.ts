/**
 * Entry of the prerendered embed pages (`embed/seed.js`, loaded by `dist/embed/<name>.html`):
 * hydrates the reader the build rendered, with the timeline the page carries (no fetch). The
 * build drew it wide and narrow; the script keeps the drawing its window shows. The first view
 * the reader sees is the server's markup; these nodes become the live reader, they
 * are not drawn a second time. Then the reader gets the address's parameters and measures its
 * real box, and the static reading under it (for readers without JavaScript) goes.
 */
import '../styles/theme.css';
import './frame.css';
import './seed.css';
import { flushSync, hydrate } from 'svelte';
import { openTimelineText } from '../load/open-text';
import { readParams } from '../state/url-params';
import { textMetrics } from '../components/chart/chart-model.svelte';
import SeedFrame from './SeedFrame.svelte';
import {
  SEED_DATA_ID,
  SEED_NARROW_ID,
  SEED_NARROW_WIDTH,
  SEED_ROOT_ID,
  SEED_STATIC_ID,
  SEED_WIDE_FROM,
  SEED_WIDTH,
  seedProps,
} from './seed-page';

async function start(): Promise<void> {
  // The drawing the window shows (seed.css): the other one goes.
  const wide = window.innerWidth >= SEED_WIDE_FROM;
  const target = document.getElementById(wide ? SEED_ROOT_ID : SEED_NARROW_ID);
  const data = document.getElementById(SEED_DATA_ID);
  if (!target || !data) throw new Error('Dateline: not a prerendered embed page');
  const opened = await openTimelineText(data.textContent ?? '');
  if (!opened.ok) throw new Error('Dateline: the page’s timeline does not open');
  const { timeline } = opened;
  document.getElementById(wide ? SEED_NARROW_ID : SEED_ROOT_ID)?.remove();
  // Exactly the server's props, so hydration finds the markup it would have written.
  const props = $state(await seedProps(timeline, wide ? SEED_WIDTH : SEED_NARROW_WIDTH));
  textMetrics.canvas = false;
  hydrate(SeedFrame, { target, props });
  // Styles the build moved to the page's stylesheet are the element's own inline styles now.
  for (const el of target.querySelectorAll('[data-s][style]')) el.removeAttribute('data-s');
  // Now what the address asks for, and the labels measured as this browser draws them.
  const page = new URL(window.location.href);
  const params = readParams(page, 'title');
  Object.assign(props, {
    theme: params.theme,
    header: params.header,
    height: params.height,
    event: params.event,
    childId: page.searchParams.get('childId'),
  });
  textMetrics.canvas = true;
  document.getElementById(SEED_STATIC_ID)?.remove();
  document.documentElement.classList.add('dateline-live');
  flushSync();
}

// For the benchmark (test/bench/measure.ts): whether the marks were painted before this ran.
performance.mark('dateline:script');
// The page is already drawn: the first paint comes first (a frame, then a task after it), and
// the hydration after it, so the reader sees the marks as soon as the HTML and CSS are in.
requestAnimationFrame(() => setTimeout(() => void start()));
