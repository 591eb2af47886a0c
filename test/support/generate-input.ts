/**
 * Synthetic timeline FILES (format v1, as a reporter would write them) for browser tests and
 * `npm run bench`: `n` events over ten years, deterministic for a seed, about 10% sharing a day
 * with the event before, a mix of precisions and ranges, and quotes by people in five groups.
 */
import { mulberry32 } from './generate';
import type { EventInput, TimelineInput } from '../../src/format/types';

const GROUPS = ['nato', 'us', 'china', 'ukraine', 'eu'] as const;
const WORDS =
  'minister summit talks sanctions ceasefire vote court ruling protest strike visit treaty aid embargo election report hearing statement offensive envoy pledge deal meeting border'.split(
    ' ',
  );
const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;

export function generateTimelineInput(n: number, seed = 1, firstYear = 2015): TimelineInput {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const t0 = Date.UTC(firstYear, 0, 1);
  const span = Date.UTC(firstYear + 10, 0, 1) - t0;
  const people = Object.fromEntries(
    GROUPS.flatMap((group) =>
      [1, 2, 3].map((i) => [
        `${group}-${i}`,
        { name: `Person ${i} of ${group.toUpperCase()}`, role: `Spokesperson ${i}`, group },
      ]),
    ),
  );
  const groups = Object.fromEntries(GROUPS.map((g) => [g, { label: g.toUpperCase() }]));
  const times = Array.from({ length: n }, () => t0 + Math.floor(random() * span)).sort(
    (a, b) => a - b,
  );
  const events: EventInput[] = times.map((t, i) => {
    const at = new Date(i > 0 && random() < 0.1 ? times[i - 1]! : t);
    const y = at.getUTCFullYear();
    const m = pad(at.getUTCMonth() + 1);
    const d = pad(at.getUTCDate());
    const roll = random();
    const date =
      roll < 0.02
        ? `${y}`
        : roll < 0.08
          ? `${y}-${m}`
          : roll < 0.8
            ? `${y}-${m}-${d}`
            : `${y}-${m}-${d}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}Z`;
    const speaker = `${pick(GROUPS)}-${1 + Math.floor(random() * 3)}`;
    const event: EventInput = {
      id: `event-${i}`,
      date,
      title: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      summary: `Generated event ${i}: ${pick(WORDS)} and ${pick(WORDS)}.`,
      people: [speaker],
      quotes: [
        {
          text: `Quote ${i}: we ${pick(WORDS)} the ${pick(WORDS)}.`,
          by: speaker,
          source: { outlet: 'Wire' },
        },
      ],
    };
    if (roll >= 0.75 && roll < 0.8) {
      const end = new Date(at.getTime() + (1 + Math.floor(random() * 20)) * DAY);
      event.end = `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
    }
    return event;
  });
  return {
    version: 1,
    title: `Generated timeline of ${n} events`,
    locale: 'en-US',
    people,
    groups,
    events,
  };
}
