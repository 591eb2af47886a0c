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
const NEW = {
  id: 'allies-statement',
  date: '2023-02-20',
  title: 'Allies agree a statement',
  quotes: [{ text: 'We agreed a statement.', by: 'stoltenberg' }],
};
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

/**
 * A page with a live story (the seed unless `body` is given), its clock under the test's control;
 * `query` goes on the app's and the iframe's address (`&theme=dark`).
 */
async function open(kind: Kind, width = 1280, refresh = '30', body = SEED, query = '') {
  const name = `story-${++files}.json`;
  server.set(name, body);
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.clock.install({ time: new Date('2026-11-30T14:05:00Z') });
  if (kind === 'app') {
    await page.goto(`${server.origin}/index.html?src=/live/${name}&refresh=${refresh}${query}`);
  } else if (kind === 'iframe') {
    // The iframe's own page, as the host's iframe loads it.
    await page.goto(
      `${server.origin}/embed.html?src=/live/${name}&refresh=${refresh}&height=700${query}`,
    );
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

    // The quotes tab marks its quote's event too.
    const tab = (name: string) => root.locator('.reading-pane .tabs button', { hasText: name });
    await tab('Quotes').click();
    const link = root.locator(`.quotes-view li[data-event-id="${NEW.id}"] button.event-link`);
    expect(await link.locator('.dl-new').textContent()).toBe('New');
    expect(await axeViolations(s.page)).toEqual([]);
    await tab('Reading').click();

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
    const badge = root.locator(`li[data-event-id="${NEW.id}"] .dl-new`);
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

/**
 * A story too long for every event to have a mark of its own at the fit view: more than 150
 * events (chart-model's SMALL) three hours apart through February 2023, in one lane. The fit view
 * clusters them; two events added at 12:10 and 12:40 on the 10th, between two of them, cannot
 * have marks of their own either.
 */
const HOUR = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString().slice(0, 16) + '+00:00';
const CROWD: TimelineInput = {
  version: 1,
  title: 'A crowded month',
  locale: 'en-US',
  people: {},
  groups: {},
  events: Array.from({ length: 180 }, (_, i) => ({
    id: `c${i}`,
    date: at(Date.UTC(2023, 1, 1) + i * 3 * HOUR),
    title: `Crowded event ${i}`,
  })),
};
const CROWD_NEW = [
  { id: 'late-news-1', date: '2023-02-10T12:10+00:00', title: 'Late news one' },
  { id: 'late-news-2', date: '2023-02-10T12:40+00:00', title: 'Late news two' },
];
const crowdWithNew = JSON.stringify({ ...CROWD, events: [...CROWD.events, ...CROWD_NEW] });

describe('a live story whose new events land in a cluster', () => {
  it.each(['light', 'dark'] as const)(
    'rings the cluster and says how many of its events are new (%s)',
    async (theme) => {
      const s = await open('iframe', 1280, '30', JSON.stringify(CROWD), `&theme=${theme}`);
      const { root } = s;
      const clusters = root.locator('.marks .mark.cluster');
      expect(await clusters.count()).toBeGreaterThan(0);
      expect(await root.locator('.marks .mark.new').count()).toBe(0);
      server.set(s.name, crowdWithNew);
      await s.poll();
      await expect.poll(() => said(root).textContent()).toBe('2 new events');
      // Neither has a mark of its own: the clusters holding them are ringed and say so.
      for (const e of CROWD_NEW)
        expect(await root.locator(`.marks button[data-key="${e.id}"]`).count()).toBe(0);
      const ringed = root.locator('.marks .mark.cluster.new');
      await ringed.first().waitFor();
      const names = await ringed.locator('button').allTextContents();
      const counted = names.map((n) => Number(/, (\d+) new\. Zoom in/.exec(n)?.[1] ?? NaN));
      expect(
        counted.reduce((a, b) => a + b, 0),
        names.join(' | '),
      ).toBe(2);
      // Only those: no other cluster says "new".
      const all = await clusters.locator('button').allTextContents();
      expect(all.filter((n) => n.includes(' new.'))).toHaveLength(names.length);
      // The ring is a shape, apart from the count by a gap, in a colour that holds 3:1.
      const ring = await ringed
        .first()
        .locator('.count')
        .evaluate((el) => {
          const style = getComputedStyle(el);
          return {
            style: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            offset: parseFloat(style.outlineOffset),
          };
        });
      expect(ring).toEqual({ style: 'solid', width: 2, offset: 1 });
      expect(await axeViolations(s.page)).toEqual([]);
      // Zoomed into, the cluster gives the new events marks of their own, ringed.
      for (let i = 0; i < 6 && (await root.locator('.marks .mark.cluster.new').count()); i++) {
        await root.locator('.marks .mark.cluster.new button').first().click();
        await s.page.waitForTimeout(100);
      }
      for (const e of CROWD_NEW)
        await root.locator(`.marks .mark.new button[data-key="${e.id}"]`).waitFor();
      expect(s.watch.errors).toEqual([]);
      await s.close();
    },
  );
});

describe('a live story whose element changes its refresh', () => {
  it('keeps its marks and what the server said through a new interval, a pause and a restart', async () => {
    const s = await open('element');
    const { root, page } = s;
    const element = page.locator('dateline-timeline');
    server.set(s.name, withNew);
    await s.poll();
    const mark = root.locator(`.marks .mark.new button[data-key="${NEW.id}"]`);
    await mark.waitFor();
    const asked = s.asked().length;
    const refresh = (value: string | null) =>
      element.evaluate(
        (el, v) => (v === null ? el.removeAttribute('refresh') : el.setAttribute('refresh', v)),
        value,
      );

    // A longer interval: the mark stays, and the next poll waits for it.
    await refresh('90');
    await s.page.waitForTimeout(200);
    expect(await mark.count()).toBe(1);
    await s.page.clock.runFor(60_000);
    await s.page.waitForTimeout(300);
    expect(s.asked()).toHaveLength(asked);
    await s.poll(30_000);
    // Asked with what the server said of the version on screen: nothing to download.
    expect(s.asked().at(-1)).toMatchObject({ status: 304 });

    // No refresh: no polls, and the mark stays.
    await refresh(null);
    await s.page.clock.runFor(300_000);
    await s.page.waitForTimeout(300);
    expect(s.asked()).toHaveLength(asked + 1);
    expect(await mark.count()).toBe(1);

    // Back on: polling resumes, the old mark stays and a newer event gets one too.
    await refresh('30');
    const newer = { id: 'allies-follow-up', date: '2023-02-22', title: 'Allies follow up' };
    server.set(
      s.name,
      edited((t) => t.events.push(NEW, newer)),
    );
    await s.poll();
    await root.locator(`.marks .mark.new button[data-key="${newer.id}"]`).waitFor();
    expect(await mark.count()).toBe(1);
    // Said again, the same words: the same story, which tells them apart by a silent space.
    expect(await said(root).textContent()).toBe('1 new event\u00a0');
    expect(s.watch.errors).toEqual([]);
    await s.close();
  });
});

// Media of a polled update follow the first load's rule (issue 12): the page's origin and the
// file's (the element lists its script's) show; any other is never asked and shows as text.
const PICTURE = readFileSync('test/fixtures/media/press.svg', 'utf8');
describe.each(['iframe', 'element'] as const)('media of a live update in the %s', (kind) => {
  it('shows pictures from the page’s origin and the file’s, and never asks a foreign host', async () => {
    const s = await open(kind);
    const { root, page } = s;
    const foreign: string[] = [];
    await page.context().route(
      (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
      (r) => (foreign.push(r.request().url()), r.abort()),
    );
    const picture = `picture-${files}.svg`;
    server.set(picture, PICTURE);
    const media = (src: string) => ({
      src,
      alt: `A picture from ${src}`,
      width: 1200,
      height: 800,
    });
    const added = [
      // The article's page, by its full address: the element's file is on the embed's server.
      {
        id: 'from-page',
        date: '2023-02-20',
        title: 'From the page',
        media: media(`${server.origin}/live/${picture}`),
      },
      // Beside the file, relative to it.
      { id: 'beside-file', date: '2023-02-21', title: 'Beside the file', media: media(picture) },
      {
        id: 'from-elsewhere',
        date: '2023-02-22',
        title: 'From elsewhere',
        media: media('https://images.example/x.svg'),
      },
    ];
    server.set(
      s.name,
      edited((t) => t.events.push(...added)),
    );
    await s.poll();
    const figure = root.locator('.reading-pane figure.media');
    const show = async (id: string) => {
      await root.locator(`.marks button[data-key="${id}"]`).click();
      await figure.waitFor();
    };
    for (const id of ['from-page', 'beside-file']) {
      await show(id);
      const img = figure.locator('img');
      await img.waitFor();
      await expect
        .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
    }
    await show('from-elsewhere');
    await figure.locator('.alt-text').waitFor();
    expect(await figure.locator('img').count()).toBe(0);
    expect(await figure.textContent()).toContain('A picture from https://images.example/x.svg');
    // Each picture was asked for where its address says; the foreign one never.
    const hosts = server.log
      .filter((r) => r.path === `/live/${picture}`)
      .map((r) => r.host?.split(':')[0]);
    expect(new Set(hosts)).toEqual(
      new Set(kind === 'element' ? ['127.0.0.1', 'localhost'] : ['127.0.0.1']),
    );
    expect(foreign).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await s.close();
  });
});
