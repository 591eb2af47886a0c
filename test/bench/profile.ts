/**
 * Where the load time goes: `npx tsx test/bench/profile.ts 100000` builds the app unminified,
 * opens a generated timeline of that many events and prints the main thread's time by kind
 * (from a Chromium trace) and the JS functions with the most self time (from the CPU profiler),
 * from navigation to the first painted mark. The trace is kept in the system's temp folder
 * (its path is printed) for the DevTools Performance panel, with the CPU profile beside it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../support/chromium';
import { findChromium } from '../support/ensure-chromium.mjs';
import { generateTimelineInput } from '../support/generate-input';
import { startStaticServer } from './static-server';
import { INSTRUMENT, zoomPan, type Subject } from './measure';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(ROOT);
const n = Number(process.argv[2] ?? 100_000);
const zoom = process.argv[3] === 'zoom';
const DATELINE: Subject = {
  key: 'dateline',
  name: 'Dateline',
  url: () => '/?src=bench/data.json',
  ready: '.marks button',
  container: '.chart',
  gestures: '.chart',
  interactive: '',
};

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { name?: string; data?: { frame?: string } };
}

const work = mkdtempSync(join(tmpdir(), 'dateline-profile-'));
try {
  const app = join(work, 'app');
  await build({ logLevel: 'warn', build: { outDir: app, minify: false } });
  mkdirSync(join(app, 'bench'), { recursive: true });
  writeFileSync(join(app, 'bench', 'data.json'), JSON.stringify(generateTimelineInput(n, 42)));
  const server = await startStaticServer({ '/': app });
  const browser = await chromium.launch({
    executablePath: findChromium()!,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ content: `${INSTRUMENT}(${JSON.stringify(DATELINE.ready)});` });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const start = async () => {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
    });
    await cdp.send('Profiler.start');
  };
  if (!zoom) await start();
  const t = Date.now();
  await page.goto(server.origin + DATELINE.url(''));
  await page.locator(DATELINE.ready).first().waitFor({ timeout: 120_000 });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  let wall = Date.now() - t;
  let what = 'to the first painted mark';
  if (zoom) {
    await page.waitForTimeout(1000);
    await start();
    const z = Date.now();
    const { result } = await zoomPan(page, DATELINE, 120_000);
    wall = Date.now() - z;
    what = `for the zoom/pan sequence: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, longest task ${result.longestTask.toFixed(0)} ms`;
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
  };
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  await browser.close();
  await server.close();
  const tracePath = join(tmpdir(), `dateline-profile-${n}.json`);
  writeFileSync(tracePath, JSON.stringify(trace));
  // The CPU profile too, for the DevTools Performance panel or a script (same clock as the trace).
  writeFileSync(tracePath.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile));

  // The renderer's main thread (CrRendererMain) that did the most work.
  const mains = new Set(
    trace.traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of trace.traceEvents) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key) && e.dur) busy.set(key, (busy.get(key) ?? 0) + e.dur);
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byName = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X' || !e.dur) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log(`${n} events: ${wall} ms ${what} (wall clock, with tracing on)`);
  console.log(`trace: ${tracePath}`);
  console.log('\nMain thread, total ms by trace event (nested events overlap):');
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 18))
    console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`);

  const sources = new Map<string, string[]>();
  const sourceLine = (file: string, line: number) => {
    if (!sources.has(file)) {
      const path = join(app, 'assets', file);
      sources.set(file, existsSync(path) ? readFileSync(path, 'utf8').split('\n') : []);
    }
    return (sources.get(file)![line] ?? '').trim().slice(0, 70);
  };
  const interval = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const hits = new Map<number, number>();
  for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
  for (const [id, count] of hits) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.replace(/^.*\//, '');
    const code = file ? sourceLine(file, lineNumber) : '';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1} ${code}`;
    self.set(key, (self.get(key) ?? 0) + count * interval);
  }
  console.log('\nJS self time, ms (sampled):');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${ms.toFixed(0).padStart(7)}  ${key}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
