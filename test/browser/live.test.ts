// Live stories (issue 14 §4) in real Chromium, against a server that answers with ETags,
// Last-Modified and 304s: the file changes between two polls, fails with a 500, turns invalid,
// loses the open event; a hidden page asks for nothing. Time runs on Playwright's clock, so the
// 30 s minimum stays what readers get and the tests do not wait for it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, watchPage } from '../support/chromium';
import { startLiveServer, type LiveServer } from '../support/live-server';
import { axeViolations, tickPositions } from '../support/pages';
import type { TimelineInput } from '../../src/format/types';

const SEED = readFileSync('data/nato-china-2023.json', 'utf8');
const seed = JSON.parse(SEED) as TimelineInput;
const NEW = { id: 'allies-statement', date: '2023-02-20', title: 'Allies agree a statement' };
const OPEN = 'blinken-abc-this-week';

const edited = (edit: (t: TimelineInput) => void) => {
  const t = structuredClone(seed);
  edit(t);
  return JSON.stringify(t);
};
const withNew = edited((t) => t.events.push(NEW));
const withoutOpen = edited((t) => (t.events = t.events.filter((e) => e.id !== OPEN)));
const INVALID = '{"version": 1, "title": "x", "events": [{"id": "a"}]}';

let browser: Browser;
let server: LiveServer;
let files = 0;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startLiveServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Kind = 'app' | 'iframe' | 'element';

/** A page with a live story of the seed, its clock under the test's control. */
async function open(kind: Kind, width = 1280, refresh = '30') {
  const name = `story-${++files}.json`;
  server.set(name, SEED);
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.clock.install({ time: new Date('2026-11-30T14:05:00Z') });
  if (kind === 'app') {
    await page.goto(`${server.origin}/index.html?src=/live/${name}&refresh=${refresh}`);
  } else if (kind === 'iframe') {
    // The iframe's own page, as the host's iframe loads it.
    await page.goto(`${server.origin}/embed.html?src=/live/${name}&refresh=${refresh}&height=700`);
  } else {
    // An article on one origin, the element's script and the story on another.
    const embed = server.otherOrigin;
    const path = `/article-${files}.html`;
    server.page(
      path,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Article</title><script src="${embed}/embed/dateline-timeline.js" defer></script></head>
<body><h1>Article</h1><dateline-timeline src="${embed}/live/${name}" refresh="${refresh}"
style="height:700px"></dateline-timeline></body></html>`,
    );
    await page.goto(server.origin + path);
  }
  const root: Page | Locator = kind === 'element' ? page.locator('dateline-timeline') : page;
  await root.locator('.reader').first().waitFor();
  const asked = () => server.log.filter((r) => r.path === `/live/${name}`);
  return {
    page,
    root,
    watch,
    name,
    asked,
    /** The next version of the file, then the clock past the next poll, and its answer in. */
    async poll(ms = 30_000) {
      const before = asked().length;
      await page.clock.runFor(ms);
      await expect.poll(() => asked().length).toBeGreaterThan(before);
    },
    close: () => context.close(),
  };
}

/** A tick as tickPositions gives it, "label@x": its label, and where it is. */
const label = (tick: string) => tick.slice(0, tick.lastIndexOf('@'));
const x = (tick: string) => Number(tick.slice(tick.lastIndexOf('@') + 1));
const said = (root: Page | Locator) => root.locator('p.said');
const stale = (root: Page | Locator) => root.locator('p.stale');

describe.each(['iframe', 'element'] as const)('a live story in the %s', (kind) => {
  it('takes in a new event between two polls: marked, said once, the reader’s place kept', async () => {
    const s = await open(kind);
    const { root } = s;
    // Open an event, and zoom in around it (ctrl + wheel, as a reader with a mouse would).
    const fit = await tickPositions(s.page);
    const mark = root.locator(`.marks button[data-key="${OPEN}"]`);
    await mark.click();
    await root.locator('section.panel h2', { hasText: 'Blinken: China' }).waitFor();
    const dot = (await mark.locator('.dot').boundingBox())!;
    await s.page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await s.page.keyboard.down('Control');
    for (let i = 0; i < 3; i++) await s.page.mouse.wheel(0, -100);
    await s.page.keyboard.up('Control');
    const pane = root.locator('.reading-pane .scroller');
    await pane.evaluate((el) => (el.scrollTop = 60));
    const place = async () => ({
      ticks: await tickPositions(s.page),
      pressed: await root
        .locator('.marks button[aria-pressed="true"]')
        .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-key'))),
      heading: await root.locator('section.panel h2').first().textContent(),
      scrollTop: await pane.evaluate((el) => el.scrollTop),
      marks: await root.locator('.marks .mark').count(),
    });
    const before = await place();
    expect(before.scrollTop).toBeGreaterThan(0);
    expect(before.ticks).not.toEqual(fit);

    // The first poll asks with what the first load was told, and costs a 304.
    await s.poll();
    expect(s.asked().at(-1)).toMatchObject({ status: 304 });
    if (kind === 'iframe') expect(s.asked().at(-1)!.ifNoneMatch).toMatch(/^"/);
    expect(await said(root).textContent()).toBe('');

    // Count every change of the polite message from here on.
    await said(root).evaluate((el) => {
      const w = window as unknown as { changes: string[] };
      w.changes = [];
      new MutationObserver(() => w.changes.push(el.textContent ?? '')).observe(el, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    server.set(s.name, withNew);
    await s.poll();
    await root.locator(`.marks .mark.new button[data-key="${NEW.id}"]`).waitFor();
    expect(await said(root).textContent()).toBe('1 new event');
    // The mark says so to a screen reader too.
    expect(await root.locator(`.marks button[data-key="${NEW.id}"]`).textContent()).toContain(
      ', New',
    );
    const after = await place();
    // The same time in view, to a pixel (a new event may move an axis break by a hair).
    expect(after.ticks.map(label)).toEqual(before.ticks.map(label));
    after.ticks.forEach((t, i) => expect(Math.abs(x(t) - x(before.ticks[i]!))).toBeLessThan(1));
    expect({ ...after, ticks: [], marks: 0 }).toEqual({ ...before, ticks: [], marks: 0 });
    expect(after.marks).toBe(before.marks + 1);

    // Nothing new at the next poll: nothing more is said.
    await s.poll();
    expect(s.asked().at(-1)).toMatchObject({ status: 304 });
    const changes = await s.page.evaluate(
      () => (window as unknown as { changes: string[] }).changes,
    );
    expect(changes.filter((c) => c.trim())).toEqual(['1 new event']);

    // Opened, it is not new any more.
    await root.locator(`.marks button[data-key="${NEW.id}"]`).click();
    await expect.poll(() => root.locator('.marks .mark.new').count()).toBe(0);
    expect(await axeViolations(s.page)).toEqual([]);
    expect(s.watch.errors).toEqual([]);
    await s.close();
  });

  it.each([
    ['a server error', 500, SEED],
    ['an invalid file', 200, INVALID],
  ])('keeps the last good version through %s and says since when', async (_why, status, body) => {
    const s = await open(kind);
    const { root } = s;
    const marks = await root.locator('.marks .mark').count();
    server.set(s.name, body, status);
    await s.poll();
    await stale(root).waitFor();
    expect(await stale(root).textContent()).toBe('Not updated since 2:05 PM');
    expect(await root.locator('.marks .mark').count()).toBe(marks);
    expect(await root.locator('.error-view').count()).toBe(0);
    expect(await axeViolations(s.page)).toEqual([]);
    // The next good answer (after a backoff: 60 s) clears the notice and brings the news.
    server.set(s.name, withNew);
    await s.poll(60_000);
    await root.locator(`.marks .mark.new button[data-key="${NEW.id}"]`).waitFor();
    expect(await stale(root).count()).toBe(0);
    await s.close();
  });

  it('asks for nothing while the page is hidden, and catches up when it shows', async () => {
    const s = await open(kind);
    const setVisibility = (state: 'hidden' | 'visible') =>
      s.page.evaluate((state) => {
        Object.defineProperty(document, 'visibilityState', {
          configurable: true,
          get: () => state,
        });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await s.poll();
    const asked = s.asked().length;
    await setVisibility('hidden');
    server.set(s.name, withNew);
    await s.page.clock.runFor(300_000);
    await new Promise((ok) => setTimeout(ok, 300));
    expect(s.asked().length).toBe(asked);
    await setVisibility('visible');
    await expect.poll(() => s.asked().length).toBe(asked + 1);
    await s.root.locator(`.marks .mark.new button[data-key="${NEW.id}"]`).waitFor();
    await s.close();
  });

  it('closes an open event the newsroom removed, and says so', async () => {
    const s = await open(kind);
    const { root } = s;
    await root.locator(`.marks button[data-key="${OPEN}"]`).click();
    await root.locator('section.panel h2', { hasText: 'Blinken: China' }).waitFor();
    server.set(s.name, withoutOpen);
    await s.poll();
    await root.getByText('This event was removed by the newsroom.').waitFor();
    expect(await root.locator(`.marks button[data-key="${OPEN}"]`).count()).toBe(0);
    expect(await root.locator('.marks button[aria-pressed="true"]').count()).toBe(0);
    expect(await root.getByText(/There is no event/).count()).toBe(0);
    if (kind === 'iframe') expect(new URL(s.page.url()).hash).toBe('');
    expect(await axeViolations(s.page)).toEqual([]);
    await s.close();
  });
});

describe('a live story in a narrow element', () => {
  it('marks the new event in the list and keeps the list where the reader scrolled it', async () => {
    const s = await open('element', 390);
    const { root } = s;
    const list = root.locator('.list-box');
    await list.evaluate((el) => (el.scrollTop = 120));
    const top = () =>
      list.evaluate((el) => {
        // The first row in view, and where it is.
        const box = el.getBoundingClientRect();
        const row = [...el.querySelectorAll<HTMLElement>('li[data-event-id]')].find(
          (li) => li.getBoundingClientRect().bottom > box.top,
        )!;
        return {
          id: row.dataset.eventId,
          y: row.getBoundingClientRect().top,
          scroll: el.scrollTop,
        };
      });
    const before = await top();
    server.set(s.name, withNew);
    await s.poll();
    const badge = root.locator(`li[data-event-id="${NEW.id}"] .new`);
    await badge.waitFor();
    expect(await badge.textContent()).toBe('New');
    const after = await top();
    expect(after.id).toBe(before.id);
    expect(Math.abs(after.y - before.y)).toBeLessThan(1);
    expect(await axeViolations(s.page)).toEqual([]);
    await s.close();
  });
});

describe('a live story in the app page', () => {
  it('polls too, and never more often than every 30 s: refresh=10 waits 30 s', async () => {
    const s = await open('app', 1280, '10');
    server.set(s.name, withNew);
    // (The page's clock also runs on its own: some slack for a busy machine.)
    await s.page.clock.runFor(25_000);
    await new Promise((ok) => setTimeout(ok, 300));
    expect(s.asked()).toHaveLength(1); // the first load
    await s.poll(5_000);
    await s.root.locator(`.marks .mark.new button[data-key="${NEW.id}"]`).waitFor();
    expect(await said(s.root).textContent()).toBe('1 new event');
    expect(s.watch.errors).toEqual([]);
    await s.close();
  });
});
