/**
 * Periods as section headers in a list of events (the phone list, the static page, print): each
 * period heads the first event that starts within or after its start, so a list reads
 * "Second term — …events… — Munich Security Conference — …". Overlapping periods each get their
 * header where they begin. Periods after the last event close the list.
 */
interface Dated {
  id: string;
  start: number;
}

export interface PeriodHeads<P> {
  /** Periods to show before the event with this id, in order. */
  before: Map<string, P[]>;
  /** Periods that begin after every event. */
  after: P[];
}

/** `events` and `periods` sorted by start (as a normalised timeline has them). */
export function periodHeads<P extends { start: number }>(
  events: readonly Dated[],
  periods: readonly P[],
): PeriodHeads<P> {
  const before = new Map<string, P[]>();
  const after: P[] = [];
  let e = 0;
  for (const period of periods) {
    while (e < events.length && events[e]!.start < period.start) e++;
    const event = events[e];
    if (!event) {
      after.push(period);
      continue;
    }
    const list = before.get(event.id);
    if (list) list.push(period);
    else before.set(event.id, [period]);
  }
  return { before, after };
}
