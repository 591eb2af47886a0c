/**
 * One run of one library on one timeline in headless Chromium: load until painted and
 * interactive, then JS heap and DOM size, then the scripted zoom/pan sequence.
 */
import type { Browser, Page } from 'playwright-core';

export interface Subject {
  /** Short key used in the JSON. */
  key: 'dateline' | 'vis-timeline' | 'timelinejs' | 'dateline-embed' | 'dateline-seed';
  name: string;
  /** Page address for a data file (absolute URL path of the file). */
  url: (dataPath: string) => string;
  /** The first element that shows an event: "painted" is the frame that first draws one. */
  ready: string;
  /** The timeline's own element: DOM nodes are counted inside it. */
  container: string;
  /** Where the zoom/pan input goes. */
  gestures: string;
  /** In words, for the README and the JSON. */
  interactive: string;
  /** Sizes it runs at (default: all); the prerendered page exists for the seed only. */
  sizes?: readonly string[];
  /** Load only: no zoom/pan sequence (the embeds' chart is the app's, measured there). */
  loadOnly?: boolean;
}

export interface RunResult {
  /** Navigation start → the frame that first paints an event (ms). */
  painted: number | null;
  /**
   * Bytes of script that had arrived by the frame that first paints an event (as served: no
   * compression), or 0 when the page's own script (which marks `dateline:script` when it
   * starts) had not run yet: the events were painted without it.
   */
  jsBeforePaint: number | null;
  /** Everything the page had downloaded once interactive: the document and every resource. */
  totalBytes: number | null;
  /** Painted, and no long task for 500 ms after (ms from navigation start). */
  interactive: number | null;
  timedOut: boolean;
  /** Elements inside the timeline's container, after render and the most seen while zooming. */
  domNodes: number | null;
  domNodesMax: number | null;
  /** When the page's own scripts had run, and when the timeline data had arrived (ms). */
  domContentLoaded: number | null;
  dataFetched: number | null;
  /** All elements of the document after render, for context. */
  documentNodes: number | null;
  /** `performance.memory.usedJSHeapSize` after render and two forced GCs (bytes). */
  heap: number | null;
  zoomPan: {
    steps: number;
    frames: number;
    p50: number;
    p95: number;
    /** Longest long task (≥ 50 ms) during the sequence; 0 when there was none. */
    longestTask: number;
    ms: number;
    timedOut: boolean;
  } | null;
  error?: string;
}

interface BenchState {
  painted: number | null;
  jsBeforePaint: number | null;
  longtasks: [number, number][];
  frames: number[];
  recording: boolean;
  startFrames: () => number;
}

/**
 * Runs in the page before any of its scripts. Plain JS source: tsx keeps function names with
 * helper calls that do not exist in the page, so nothing here is a compiled function.
 */
export const INSTRUMENT = String.raw`
(function (selector) {
  var state = { painted: null, jsBeforePaint: null, longtasks: [], frames: [], recording: false };
  window.__bench = state;
  try {
    new PerformanceObserver(function (list) {
      for (var e of list.getEntries()) state.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  // The first frame whose rAF sees an event element is the frame that paints it; a message
  // posted from that rAF runs right after the frame's paint.
  function check() {
    if (document.querySelector(selector)) {
      var js = 0;
      for (var r of performance.getEntriesByType('resource'))
        if (r.initiatorType === 'script' || /\.m?js([?#]|$)/.test(r.name)) js += r.encodedBodySize;
      var ran = performance.getEntriesByName('dateline:script').length > 0;
      state.jsBeforePaint = js > 0 && (ran || !document.getElementById('dateline-timeline')) ? js : 0;
      var channel = new MessageChannel();
      channel.port1.onmessage = function () { state.painted = performance.now(); };
      channel.port2.postMessage(0);
    } else requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
  function loop(t) {
    if (!state.recording) return;
    state.frames.push(t);
    requestAnimationFrame(loop);
  }
  state.startFrames = function () {
    state.frames = [];
    state.recording = true;
    requestAnimationFrame(loop);
    return performance.now();
  };
})`;

const QUIET_MS = 500;

async function waitInteractive(page: Page, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return null;
    const probe = await Promise.race([
      page.evaluate(() => {
        const b = (window as unknown as { __bench: BenchState }).__bench;
        const lastEnd = Math.max(0, ...b.longtasks.map(([s, d]) => s + d));
        return { painted: b.painted, lastEnd, now: performance.now() };
      }),
      new Promise<null>((ok) => setTimeout(() => ok(null), remaining)),
    ]);
    if (probe === null) return null;
    if (probe.painted !== null) {
      const interactive = Math.max(probe.painted, probe.lastEnd);
      if (probe.now - interactive >= QUIET_MS) return { painted: probe.painted, interactive };
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => ok())));

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * 64 steps of real input, one per frame like a hand on a wheel or mouse: 10 ctrl+wheel notches
 * in, a 12-move drag left, 10 notches further in, a 12-move drag right, 20 notches out.
 */
export async function zoomPan(page: Page, subject: Subject, timeoutMs: number) {
  const box = await page.locator(subject.gestures).first().boundingBox();
  if (!box) throw new Error(`no ${subject.gestures} to zoom`);
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(box.height / 2, 120);
  const deadline = Date.now() + timeoutMs;
  let steps = 0;
  let timedOut = false;
  let domMax = 0;
  const countNodes = async () => {
    domMax = Math.max(
      domMax,
      await page.evaluate((sel) => document.querySelectorAll(`${sel} *`).length, subject.container),
    );
  };
  const step = async (input: () => Promise<void>) => {
    if (timedOut) return;
    await input();
    await nextFrame(page);
    steps++;
    if (Date.now() > deadline) timedOut = true;
  };
  const wheel = async (notches: number, deltaY: number) => {
    await page.mouse.move(cx, cy);
    await page.keyboard.down('Control');
    for (let i = 0; i < notches; i++) await step(() => page.mouse.wheel(0, deltaY));
    await page.keyboard.up('Control');
    await countNodes();
  };
  const drag = async (moves: number, dx: number) => {
    const x0 = cx - (moves * dx) / 2;
    await page.mouse.move(x0, cy);
    await page.mouse.down();
    for (let i = 1; i <= moves; i++) await step(() => page.mouse.move(x0 + i * dx, cy));
    await page.mouse.up();
    await countNodes();
  };

  await page.mouse.move(cx, cy);
  const t0 = await page.evaluate(() =>
    (window as unknown as { __bench: BenchState }).__bench.startFrames(),
  );
  const started = Date.now();
  await wheel(10, -30);
  await drag(12, -60);
  await wheel(10, -30);
  await drag(12, 60);
  await wheel(20, 30);
  const { frames, longtasks, t1 } = await page.evaluate(() => {
    const b = (window as unknown as { __bench: BenchState }).__bench;
    b.recording = false;
    return { frames: b.frames, longtasks: b.longtasks, t1: performance.now() };
  });
  const intervals = frames
    .slice(1)
    .map((t, i) => t - frames[i]!)
    .sort((a, b) => a - b);
  const longestTask = Math.max(
    0,
    ...longtasks.filter(([s, d]) => s + d >= t0 && s <= t1).map(([, d]) => d),
  );
  return {
    result: {
      steps,
      frames: frames.length,
      p50: quantile(intervals, 0.5),
      p95: quantile(intervals, 0.95),
      longestTask,
      ms: Date.now() - started,
      timedOut,
    },
    domMax,
  };
}

export async function measureRun(
  browser: Browser,
  subject: Subject,
  url: string,
  { timeoutMs = 60_000, zoom = true } = {},
): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const result: RunResult = {
    painted: null,
    jsBeforePaint: null,
    totalBytes: null,
    interactive: null,
    timedOut: false,
    domNodes: null,
    domNodesMax: null,
    documentNodes: null,
    domContentLoaded: null,
    dataFetched: null,
    heap: null,
    zoomPan: null,
  };
  try {
    await context.addInitScript({ content: `${INSTRUMENT}(${JSON.stringify(subject.ready)});` });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'commit' });
    const loaded = await waitInteractive(page, timeoutMs);
    if (!loaded) {
      result.timedOut = true;
      if (errors.length) result.error = errors.join('; ');
      return result;
    }
    result.painted = loaded.painted;
    result.interactive = loaded.interactive;
    const after = await page.evaluate((sel) => {
      const w = window as unknown as { gc?: () => void };
      w.gc?.();
      w.gc?.();
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      const data = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => /\/bench\/data\//.test(r.name))
        .map((r) => r.responseEnd);
      const b = (window as unknown as { __bench: { jsBeforePaint: number | null } }).__bench;
      const entries = [nav, ...performance.getEntriesByType('resource')] as (
        PerformanceResourceTiming | undefined
      )[];
      return {
        jsBeforePaint: b.jsBeforePaint,
        totalBytes: entries.reduce((sum, e) => sum + (e?.encodedBodySize ?? 0), 0),
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
        dataFetched: data.length ? Math.max(...data) : null,
        domNodes: document.querySelectorAll(`${sel} *`).length,
        documentNodes: document.getElementsByTagName('*').length,
        heap: memory?.usedJSHeapSize ?? null,
      };
    }, subject.container);
    Object.assign(result, after);
    if (zoom && !subject.loadOnly) {
      const { result: zp, domMax } = await zoomPan(page, subject, timeoutMs);
      result.zoomPan = zp;
      result.domNodesMax = Math.max(domMax, after.domNodes);
    }
    if (errors.length) result.error = errors.join('; ');
    return result;
  } catch (e) {
    result.error = String(e).split('\n')[0];
    return result;
  } finally {
    await Promise.race([context.close(), new Promise((ok) => setTimeout(ok, 10_000))]);
  }
}
