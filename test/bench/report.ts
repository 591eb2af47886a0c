/** Medians and ranges of the runs, the targets of issue 5, and the Markdown table. */
import type { RunResult, Subject } from './measure';
import { kb, type AppSizes, type EmbedSizes, type FilesSize } from './sizes';

type Key = Subject['key'];

export interface Row {
  subject: Key;
  /** `seed` or the generated event count, as written on the command line. */
  size: string;
  events: number;
  runs: RunResult[];
  skipped?: string;
}

export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

export interface Summary {
  subject: Key;
  size: string;
  events: number;
  runs: number;
  timedOut: boolean;
  skipped?: string;
  painted: Stat | null;
  jsBeforePaint: Stat | null;
  totalBytes: Stat | null;
  interactive: Stat | null;
  frameP50: Stat | null;
  frameP95: Stat | null;
  longestTask: Stat | null;
  zoomTimedOut: boolean;
  domNodes: Stat | null;
  domNodesMax: Stat | null;
  documentNodes: Stat | null;
  domContentLoaded: Stat | null;
  dataFetched: Stat | null;
  heapMB: Stat | null;
  errors: string[];
}

export interface Report {
  command: string;
  date: string;
  machine: Record<string, unknown>;
  method: Record<string, unknown>;
  sizes: {
    dateline: { app: AppSizes; embed: EmbedSizes | null };
    'vis-timeline': FilesSize;
    timelinejs: FilesSize;
  };
  budget: { app: number; embed: number };
  results: Summary[];
  minutes: number;
}

function stat(values: (number | null | undefined)[]): Stat | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return null;
  xs.sort((a, b) => a - b);
  const m = xs.length >> 1;
  const median = xs.length % 2 ? xs[m]! : (xs[m - 1]! + xs[m]!) / 2;
  return { median, min: xs[0]!, max: xs[xs.length - 1]!, n: xs.length };
}

export function summarise(row: Row): Summary {
  const ok = row.runs.filter((r) => r.interactive !== null);
  return {
    subject: row.subject,
    size: row.size,
    events: row.events,
    runs: row.runs.length,
    timedOut: row.runs.some((r) => r.timedOut),
    ...(row.skipped && { skipped: row.skipped }),
    painted: stat(ok.map((r) => r.painted)),
    jsBeforePaint: stat(ok.map((r) => r.jsBeforePaint)),
    totalBytes: stat(ok.map((r) => r.totalBytes)),
    interactive: stat(ok.map((r) => r.interactive)),
    frameP50: stat(ok.map((r) => r.zoomPan?.p50)),
    frameP95: stat(ok.map((r) => r.zoomPan?.p95)),
    longestTask: stat(ok.map((r) => r.zoomPan?.longestTask)),
    zoomTimedOut: ok.some((r) => r.zoomPan?.timedOut),
    domNodes: stat(ok.map((r) => r.domNodes)),
    domNodesMax: stat(ok.map((r) => r.domNodesMax)),
    documentNodes: stat(ok.map((r) => r.documentNodes)),
    domContentLoaded: stat(ok.map((r) => r.domContentLoaded)),
    dataFetched: stat(ok.map((r) => r.dataFetched)),
    heapMB: stat(ok.map((r) => (r.heap === null ? null : r.heap / 2 ** 20))),
    errors: [...new Set(row.runs.flatMap((r) => (r.error ? [r.error] : [])))],
  };
}

const NAMES: Record<Key, string> = {
  dateline: 'Dateline',
  'dateline-embed': 'Dateline embed.html?src=',
  'dateline-seed': 'Dateline prerendered seed embed',
  'vis-timeline': 'vis-timeline',
  timelinejs: 'TimelineJS',
};

const num = (v: number, digits = 0) =>
  v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function cell(s: Summary | undefined, pick: (s: Summary) => Stat | null, digits = 0, timeout = 0) {
  if (!s) return '–';
  if (s.skipped) return `not run (${s.skipped.replace(/^not run /, '')})`;
  const v = pick(s);
  if (!v) return s.timedOut && timeout ? `> ${num(timeout / 1000)} s (timed out)` : '–';
  const range = v.n > 1 ? ` (${num(v.min, digits)}–${num(v.max, digits)})` : '';
  return `${num(v.median, digits)}${range}`;
}

function ratio(
  ours: Summary | undefined,
  theirs: Summary | undefined,
  pick: (s: Summary) => Stat | null,
  timeout = 0,
) {
  const a = ours && pick(ours);
  if (!a || !theirs || theirs.skipped || a.median <= 0) return '';
  const b = pick(theirs);
  if (!b) return theirs.timedOut && timeout ? `> ${num(timeout / a.median, 0)}×` : '';
  return `${num(b.median / a.median, b.median / a.median < 10 ? 1 : 0)}×`;
}

const VSYNC = 1000 / 60;

export interface Target {
  target: string;
  value: string;
  met: boolean | null;
}

export function targets(report: Report, timeout: number): Target[] {
  const find = (key: Key, size: string) =>
    report.results.find((r) => r.subject === key && r.size === size);
  const ours = (size: string) => find('dateline', size);
  const check = (
    target: string,
    value: number | undefined,
    limit: number,
    unit: string,
    digits = 0,
  ): Target =>
    value === undefined
      ? { target, value: 'not measured', met: null }
      : { target, value: `${num(value, digits)} ${unit}`, met: value <= limit };
  /**
   * A rAF loop sees whole 60 Hz frames (16.67 ms) and Chromium coarsens its times to 0.1 ms, so
   * a frame on time reads 16.6–16.8 ms: the targets are 1 frame (16.7) and 2 frames (33).
   */
  const frames = (target: string, value: number | undefined, limit: number): Target => {
    if (value === undefined) return { target, value: 'not measured', met: null };
    const n = Math.round(value / VSYNC);
    const allowed = Math.round(limit / VSYNC);
    return {
      target,
      value: `${num(value, 1)} ms (${n} frame${n === 1 ? '' : 's'})`,
      met: value <= allowed * VSYNC + 0.2,
    };
  };
  const list: Target[] = [
    check('seed: nav → interactive ≤ 100 ms', ours('seed')?.interactive?.median, 100, 'ms'),
    check('10k: nav → interactive ≤ 400 ms', ours('10000')?.interactive?.median, 400, 'ms'),
  ];
  const o10 = ours('10000')?.interactive?.median;
  const vis10 = find('vis-timeline', '10000');
  if (o10 === undefined || !vis10)
    list.push({ target: '10k: ≥ 10× faster than vis-timeline', value: 'not measured', met: null });
  else if (vis10.interactive)
    list.push({
      target: '10k: ≥ 10× faster than vis-timeline',
      // Rounded down: 9.96 must not read "10.0×" beside a "no".
      value: `${num(Math.floor((vis10.interactive.median / o10) * 10) / 10, 1)}×`,
      met: vis10.interactive.median / o10 >= 10,
    });
  else
    list.push({
      target: '10k: ≥ 10× faster than vis-timeline',
      value: `> ${num(timeout / o10, 0)}× (vis-timeline timed out)`,
      met: timeout / o10 >= 10,
    });
  list.push(
    check('100k: nav → interactive ≤ 1.5 s', ours('100000')?.interactive?.median, 1500, 'ms'),
    frames('10k: zoom/pan p95 frame interval ≤ 16.7 ms', ours('10000')?.frameP95?.median, 16.7),
    frames('100k: zoom/pan p95 frame interval ≤ 33 ms', ours('100000')?.frameP95?.median, 33),
  );
  const dom = report.results
    .filter((r) => r.subject === 'dateline' && r.domNodesMax)
    .map((r) => r.domNodesMax!.max);
  list.push(
    check(
      'DOM nodes in the timeline ≤ 2,000 at any N (most seen in any run)',
      dom.length ? Math.max(...dom) : undefined,
      2000,
      'nodes',
    ),
    check('100k: JS heap ≤ 150 MB', ours('100000')?.heapMB?.median, 150, 'MB', 1),
  );
  const { app, embed } = report.sizes.dateline;
  list.push({
    target: 'app JS + CSS ≤ 40 KB gzip',
    value: kb(app.total),
    met: app.total <= report.budget.app,
  });
  list.push(
    embed
      ? {
          target: 'embed script ≤ 40 KB gzip (each script in dist/embed/)',
          value: embed.scripts
            .map((f) => `${f.file.replace(/^.*\//, '')} ${kb(f.gzip)}`)
            .join(', '),
          met: embed.largest.gzip <= report.budget.embed,
        }
      : { target: 'embed script ≤ 40 KB gzip', value: 'not built yet', met: null },
  );
  return list;
}

export function renderReport(report: Report): string {
  const timeout = Number(report.method.timeoutSeconds) * 1000;
  const sizes = [...new Set(report.results.map((r) => r.size))];
  const find = (key: Key, size: string) =>
    report.results.find((r) => r.subject === key && r.size === size);
  const out: string[] = [];
  out.push(
    '| events | measure | Dateline | vis-timeline | vis ÷ ours | TimelineJS | TimelineJS ÷ ours |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  const metrics: [string, (s: Summary) => Stat | null, number][] = [
    ['nav → interactive, ms', (s) => s.interactive, 0],
    ['nav → first event painted, ms', (s) => s.painted, 0],
    ['nav → data file received, ms', (s) => s.dataFetched, 0],
    ['zoom/pan frame p50, ms', (s) => s.frameP50, 1],
    ['zoom/pan frame p95, ms', (s) => s.frameP95, 1],
    ['zoom/pan longest task, ms (0: none ≥ 50)', (s) => s.longestTask, 0],
    ['DOM nodes in timeline, after render', (s) => s.domNodes, 0],
    ['DOM nodes in timeline, most while zooming', (s) => s.domNodesMax, 0],
    ['JS heap after render, MB', (s) => s.heapMB, 1],
  ];
  for (const size of sizes) {
    const ours = find('dateline', size);
    const vis = find('vis-timeline', size);
    const tl = find('timelinejs', size);
    const events = (ours ?? vis ?? tl)?.events ?? 0;
    const label = size === 'seed' ? `seed (${events})` : num(events);
    const runs = (s?: Summary) =>
      !s ? '–' : s.skipped ? 'not run' : `${s.runs}${s.timedOut ? ' (timed out)' : ''}`;
    out.push(`| ${label} | runs | ${runs(ours)} | ${runs(vis)} | | ${runs(tl)} | |`);
    for (const [name, pick, digits] of metrics) {
      const isLoad = name.startsWith('nav');
      out.push(
        `| ${label} | ${name} | ${cell(ours, pick, digits, timeout)} | ${cell(vis, pick, digits, isLoad ? timeout : 0)} | ${ratio(ours, vis, pick, isLoad ? timeout : 0)} | ${cell(tl, pick, digits, isLoad ? timeout : 0)} | ${ratio(ours, tl, pick, isLoad ? timeout : 0)} |`,
      );
    }
  }
  out.push(...embedTable(report));
  const { app, embed } = report.sizes.dateline;
  const vis = report.sizes['vis-timeline'];
  const tl = report.sizes.timelinejs;
  const largestLazy = app.lazy.reduce((m, f) => Math.max(m, f.gzip), 0);
  out.push(
    '',
    '| download (gzip -9) | JS + CSS | ÷ Dateline app |',
    '| --- | --- | --- |',
    `| Dateline app, initial load (${app.initial.map((f) => f.file.replace(/^.*\//, '')).join(', ')}) | ${kb(app.total)} (JS ${kb(app.js)}, CSS ${kb(app.css)}) | |`,
    ...(embed
      ? embed.scripts.map((f) => `| Dateline embed: ${f.file} | ${kb(f.gzip)} | |`)
      : ['| Dateline embed script | not built yet | |']),
    ...(embed && embed.lazy.length
      ? [
          `| Dateline embed, on demand (${embed.lazy.length} modules in embed/lazy/) | largest ${kb(Math.max(...embed.lazy.map((f) => f.gzip)))} | |`,
        ]
      : []),
    `| Dateline date locale, on demand (${app.lazy.length} chunks) | largest ${kb(largestLazy)} | |`,
    `| vis-timeline (standalone UMD + CSS) | ${kb(vis.total)} | ${num(vis.total / app.total, 1)}× |`,
    `| TimelineJS (timeline.js + CSS) | ${kb(tl.total)} | ${num(tl.total / app.total, 1)}× |`,
    '',
    '| target | Dateline | met |',
    '| --- | --- | --- |',
    ...targets(report, timeout).map(
      (t) => `| ${t.target} | ${t.value} | ${t.met === null ? '–' : t.met ? 'yes' : '**no**'} |`,
    ),
  );
  const m = report.machine;
  out.push(
    '',
    `Median (min–max) of the runs; ${report.date.slice(0, 10)}, ${String(m.cpus)} × ${String(m.cpu)}, ` +
      `Chromium ${String(m.chromium)}, Node ${String(m.node)}, load average ${JSON.stringify(m.loadBefore)} ` +
      `before and ${JSON.stringify(m.loadAfter)} after; ${report.minutes} min in all.`,
  );
  const errors = report.results.flatMap((r) =>
    r.errors.map((e) => `${NAMES[r.subject]} ${r.size}: ${e}`),
  );
  if (errors.length) out.push('', 'Errors:', ...errors.map((e) => `- ${e}`));
  return out.join('\n');
}

/**
 * Issue 14 §1: the seed story as an embed, in the same run as the peers: the prerendered page,
 * `embed.html?src=` and the two peers' pages; when the event marks are painted, the script that
 * had arrived by then, and all the page downloads.
 */
function embedTable(report: Report): string[] {
  const find = (key: Key) => report.results.find((r) => r.subject === key && r.size === 'seed');
  const seed = find('dateline-seed');
  if (!seed) return [];
  const rows: [string, Summary | undefined][] = [
    ['Dateline, prerendered seed embed (`embed/nato-china-2023.html`)', seed],
    ['Dateline, `embed.html?src=`', find('dateline-embed')],
    ['Dateline app, `index.html?src=`', find('dateline')],
    ['vis-timeline', find('vis-timeline')],
    ['TimelineJS', find('timelinejs')],
  ];
  const bytes = (s: Summary | undefined, pick: (s: Summary) => Stat | null) => {
    const v = s && pick(s);
    return v ? `${num(v.median / 1024, 1)} KB` : '–';
  };
  const out = [
    '',
    '| seed story, 1280 × 800 | nav → event marks painted, ms | ÷ prerendered | JS before that paint | total downloaded |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      ([name, s]) =>
        `| ${name} | ${cell(s, (x) => x.painted)} | ${s === seed ? '' : ratio(seed, s, (x) => x.painted)} | ${bytes(s, (x) => x.jsBeforePaint)} | ${bytes(s, (x) => x.totalBytes)} |`,
    ),
  ];
  const painted = seed.painted?.median;
  const peers = [find('vis-timeline'), find('timelinejs')].map((p) => p?.painted?.median);
  const soonest = Math.min(...peers.map((p) => p ?? 0));
  const met =
    painted !== undefined &&
    painted <= 100 &&
    peers.every((p) => p !== undefined && p / painted >= 4) &&
    seed.jsBeforePaint?.max === 0;
  out.push(
    '',
    `Target (issue 14): marks within 100 ms, ≥ 4× sooner than both peers, 0 JS bytes before ` +
      `that paint: ${painted === undefined ? 'not measured' : `${num(painted)} ms, ${num(soonest / painted, 1)}× sooner than the sooner peer, ${num(seed.jsBeforePaint?.max ?? NaN)} JS bytes (most in any run)`} — ${met ? 'met' : '**not met**'}.`,
  );
  return out;
}
