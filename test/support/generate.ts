/**
 * Synthetic timelines for tests and `npm run bench`: `n` events over ten years, deterministic
 * for a seed. About 10% share a day with an earlier event; precisions are mixed roughly as in a
 * real chronology (mostly days and times, some months and years, a few ranges); most events
 * have one group, some two, some none. Dates go through the real parser, so they are exactly
 * what a file would give.
 */
import { isPartialDateError, parsePartialDate } from '../../src/dates/partial-date';
import type {
  Group,
  PartialDate,
  Precision,
  Timeline,
  TimelineEvent,
} from '../../src/format/types';

/** A tiny seeded PRNG (mulberry32): uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  seed?: number;
  /** First year; events fall in `[firstYear, firstYear + 10)`. Default 2015. */
  firstYear?: number;
  /** Number of groups (lanes). Default 5. */
  groups?: number;
}

const PRECISIONS: [Precision, number][] = [
  ['year', 0.02],
  ['month', 0.06],
  ['day', 0.62],
  ['minute', 0.25],
  ['second', 0.05],
];

const WORDS = (
  'minister summit talks sanctions ceasefire vote court ruling protest strike ' +
  'visit treaty aid embargo election report hearing statement offensive envoy ' +
  'pledge deal meeting border tariffs inquiry resigns announces rejects warns'
).split(' ');

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

function date(raw: string): PartialDate {
  const parsed = parsePartialDate(raw);
  if (isPartialDateError(parsed)) throw new Error(parsed.error);
  return parsed;
}

export function generateTimeline(n: number, options: GenerateOptions = {}): Timeline {
  const { seed = 1, firstYear = 2015, groups: groupCount = 5 } = options;
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const from = Date.UTC(firstYear, 0, 1);
  const days = Math.round((Date.UTC(firstYear + 10, 0, 1) - from) / DAY);
  const groupIds = Array.from({ length: groupCount }, (_, i) => `g${i}`);
  const groups: Record<string, Group> = Object.fromEntries(
    groupIds.map((id, i) => [id, { id, label: `Group ${i}` }]),
  );

  const dayOf: number[] = [];
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const day = i > 0 && random() < 0.1 ? pick(dayOf) : from + Math.floor(random() * days) * DAY;
    dayOf.push(day);
    let u = random();
    const precision = PRECISIONS.find(([, share]) => (u -= share) < 0)?.[0] ?? 'day';
    const d = new Date(day);
    const ymd = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const hm = `T${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}`;
    const raw = {
      year: ymd.slice(0, 4),
      month: ymd.slice(0, 7),
      day: ymd,
      minute: `${ymd}${hm}Z`,
      second: `${ymd}${hm}:${pad(Math.floor(random() * 60))}Z`,
    }[precision];
    const start = date(raw);
    const end =
      precision === 'day' && random() < 0.05
        ? date(new Date(day + (1 + Math.floor(random() * 20)) * DAY).toISOString().slice(0, 10))
        : undefined;
    const g = random();
    const eventGroups =
      g < 0.15 ? [] : g < 0.25 ? [pick(groupIds), pick(groupIds)] : [pick(groupIds)];
    const words = Array.from({ length: 2 + Math.floor(random() * 7) }, () => pick(WORDS));
    events.push({
      id: `e${i}`,
      index: i,
      title: words.join(' ').replace(/^./, (c) => c.toUpperCase()),
      date: start,
      ...(end ? { end } : {}),
      start: start.start,
      stop: (end ?? start).end,
      precision,
      people: [],
      groups: [...new Set(eventGroups)],
      quotes: [],
      sources: [],
    });
  }
  // Sorted by start, then file order (`sort` is stable).
  events.sort((a, b) => a.start - b.start);
  return {
    version: 1,
    title: `${n} generated events`,
    locale: 'en-US',
    people: {},
    groups,
    events: events.map((e, index) => ({ ...e, index })),
  };
}
