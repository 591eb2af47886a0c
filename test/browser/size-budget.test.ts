// Size budgets of issue 5: a real byte count (gzip -9) of a production build, measured by the
// same code as `npm run bench`. The build is made here, not taken from the global setup's dist/:
// Vitest sets NODE_ENV=test, and a Vite build under it compiles Svelte in dev mode (about 10 %
// bigger), which is not what readers download.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, resolveConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { COMPILE_HINT } from '../../src/build/compile-hints';
import { BUDGET, TARGET, kb, measureApp, measureEmbed } from '../bench/sizes';

/** A string only the polling code of a live story has (src/load/poll-timeline.ts). */
const POLLING = 'If-None-Match';

const list = (files: { file: string; gzip: number }[]) =>
  files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');

/** Runs a build as `vite build` from a shell would: NODE_ENV=production. */
async function asProduction<T>(run: () => Promise<T>): Promise<T> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await run();
  } finally {
    process.env.NODE_ENV = previous;
  }
}

let out: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'dateline-size-'));
  await asProduction(() =>
    build({ mode: 'production', logLevel: 'warn', build: { outDir: out, emptyOutDir: true } }),
  );
}, 120_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('size budget', () => {
  it(`app: the JS + CSS of the first load is at most ${kb(BUDGET.app)} gzip`, () => {
    const app = measureApp(out);
    // The measure itself: it found the entry script and the stylesheet, and left the date-fns
    // locales (loaded on demand) out of the first load.
    expect(app.initial.some((f) => f.file.endsWith('.js'))).toBe(true);
    expect(app.initial.some((f) => f.file.endsWith('.css'))).toBe(true);
    expect(app.lazy.length).toBeGreaterThan(0);
    expect(app.initial.filter((f) => app.lazy.some((l) => l.file === f.file))).toEqual([]);
    expect(
      app.total,
      `app first load is ${kb(app.total)} gzip (${list(app.initial)}), ceiling ${kb(BUDGET.app)}, target ${kb(TARGET.app)}`,
    ).toBeLessThanOrEqual(BUDGET.app);
  });

  it('marks the scripts of the first load, and only those, for eager compilation', () => {
    const app = measureApp(out);
    const hinted = (file: string) => readFileSync(join(out, file), 'utf8').startsWith(COMPILE_HINT);
    const scripts = app.initial.filter((f) => f.file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(hinted(f.file), f.file).toBe(true);
    const lazy = app.lazy.filter((f) => f.file.endsWith('.js'));
    expect(lazy.length).toBeGreaterThan(0);
    for (const f of lazy) expect(hinted(f.file), f.file).toBe(false);
  });

  it("studio: none of its code is in the reader's first load, which it leaves as it was", async () => {
    const before = measureApp(out);
    await asProduction(() =>
      build({
        mode: 'studio',
        logLevel: 'warn',
        build: { outDir: out, emptyOutDir: false },
      }),
    );
    const after = measureApp(out);
    const studio = measureApp(out, 'studio.html');
    // The marker is in the studio's first load (so its absence below means something)…
    const text = (file: string) => readFileSync(join(out, file), 'utf8');
    expect(studio.initial.some((f) => text(f.file).includes('Dateline Studio'))).toBe(true);
    // …and in none of the reader's files, which are the same files, byte for byte, as before.
    expect(after.initial).toEqual(before.initial);
    const studioFiles = new Set(studio.initial.map((f) => f.file));
    expect(after.initial.filter((f) => studioFiles.has(f.file))).toEqual([]);
    for (const f of after.initial) expect(text(f.file), f.file).not.toContain('Dateline Studio');
  }, 120_000);

  it(`embed: each embed script is at most ${kb(BUDGET.embed)} gzip`, async () => {
    // Built as `vite build --mode embed` does, into dist/embed/ (its builds name that folder).
    const config = await resolveConfig({ mode: 'embed', logLevel: 'silent' }, 'build');
    expect(config.build.lib, 'vite.config has no embed build').toBeTruthy();
    await asProduction(() => build({ mode: 'embed', logLevel: 'warn' }));
    const embed = measureEmbed('dist');
    expect(embed, 'vite build --mode embed wrote no script to dist/embed/').not.toBeNull();
    for (const script of embed!.scripts) {
      expect(
        script.gzip,
        `${script.file} is ${kb(script.gzip)} gzip, ceiling ${kb(BUDGET.embed)}, target ${kb(TARGET.embed)}`,
      ).toBeLessThanOrEqual(BUDGET.embed);
    }
    // The element is the whole first load of an embed: compiled eagerly, like the app's.
    expect(readFileSync('dist/embed/dateline-timeline.js', 'utf8').startsWith(COMPILE_HINT)).toBe(
      true,
    );
    // A live story's polling code is a module of its own, loaded only with `refresh`.
    expect(readFileSync('dist/embed/dateline-timeline.js', 'utf8')).not.toContain(POLLING);
    expect(readFileSync('dist/embed/lazy/live-story.js', 'utf8')).toContain(POLLING);
  }, 120_000);

  it("app: a live story's polling code is not in the first load, only loaded with refresh", () => {
    const app = measureApp(out);
    const text = (file: string) => readFileSync(join(out, file), 'utf8');
    for (const f of app.initial) expect(text(f.file), f.file).not.toContain(POLLING);
    expect(app.lazy.filter((f) => text(f.file).includes(POLLING))).toHaveLength(1);
  });
});
