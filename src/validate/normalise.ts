/**
 * Builds the `Timeline` everything else trusts, from a file that passed every check — once, at
 * the edge.
 *
 * - events sorted by start, ties kept in file order; `index` is the position after sorting;
 * - an event's people are the listed ones, then the speakers of its quotes, without repeats;
 *   its groups are its people's (the actors: the first one picks the event's lane), then the
 *   listed ones (what the event concerns), without repeats;
 * - text is trimmed; optional text that is empty ("") is treated as absent;
 * - urls are stored as parsed (`URL.href`), the locale in canonical form (default "en").
 */
import type { Rules } from './timeline-rules';
import type {
  Group,
  Media,
  MediaInput,
  MediaTrack,
  PartialDate,
  Period,
  Person,
  Quote,
  Source,
  SourceInput,
  Timeline,
  TimelineEvent,
  TimelineInput,
} from '../format/types';

/** What the rules learnt on the way: the locale, and the dates, parsed once. */
type Checked = Pick<Rules, 'locale' | 'parseDate'>;

/** Builds the trusted `Timeline` from a value that passed every check. */
export function normalise(input: TimelineInput, rules: Checked): Timeline {
  const date = (raw: string) => rules.parseDate(raw) as PartialDate;

  const groups: Record<string, Group> = {};
  for (const [id, g] of Object.entries(input.groups ?? {})) {
    const group: Group = { id, label: g.label.trim() };
    if (g.color !== undefined) group.color = g.color;
    groups[id] = group;
  }
  const people: Record<string, Person> = {};
  for (const [id, p] of Object.entries(input.people ?? {})) {
    const person: Person = { id, name: p.name.trim() };
    setText(person, 'role', p.role);
    if (p.group !== undefined) person.group = p.group;
    people[id] = person;
  }

  const source = (s: SourceInput): Source => {
    const out: Source = {};
    setText(out, 'outlet', s.outlet);
    setText(out, 'programme', s.programme);
    setText(out, 'title', s.title);
    setText(out, 'author', s.author);
    if (s.date !== undefined) out.date = date(s.date);
    if (s.url !== undefined) out.url = new URL(s.url.trim()).href;
    return out;
  };

  const inputs = input.events;
  const setMedia = (target: { media?: Media }, m: MediaInput | undefined) => {
    if (m) target.media = media(m);
  };
  const events: TimelineEvent[] = new Array<TimelineEvent>(inputs.length);
  for (let k = 0; k < inputs.length; k++) {
    const e = inputs[k]!;
    const start = date(e.date);
    const end = e.end === undefined ? undefined : date(e.end);

    const quotes: Quote[] = [];
    const eventPeople: Person[] = [];
    // Indexed loops throughout: this runs once per event, cold, where an iterator is slow.
    const listed = e.people;
    if (listed) for (let j = 0; j < listed.length; j++) addOnce(eventPeople, people[listed[j]!]!);
    const quoteInputs = e.quotes ?? [];
    for (let i = 0; i < quoteInputs.length; i++) {
      const q = quoteInputs[i]!;
      const by = people[q.by]!;
      const quote: Quote = {
        id: `${e.id}/${i}`,
        eventId: e.id,
        text: q.text.trim(),
        by,
        date: q.date === undefined ? start : date(q.date),
      };
      if (q.source) quote.source = source(q.source);
      if (q.via) quote.via = source(q.via);
      setText(quote, 'context', q.context);
      quotes.push(quote);
      addOnce(eventPeople, by);
    }
    const groupIds: string[] = [];
    for (let j = 0; j < eventPeople.length; j++) {
      const group = eventPeople[j]!.group;
      if (group) addOnce(groupIds, group);
    }
    const concerns = e.groups;
    if (concerns) for (let j = 0; j < concerns.length; j++) addOnce(groupIds, concerns[j]!);
    const sourceInputs = e.sources;
    const sources: Source[] = [];
    if (sourceInputs)
      for (let j = 0; j < sourceInputs.length; j++) sources.push(source(sourceInputs[j]!));

    const event: TimelineEvent = {
      id: e.id,
      index: 0,
      title: e.title.trim(),
      date: start,
      start: start.start,
      stop: (end ?? start).end,
      precision: start.precision,
      people: eventPeople,
      groups: groupIds,
      quotes,
      sources,
    };
    if (end) event.end = end;
    if (e.approximate) event.approximate = true;
    setText(event, 'summary', e.summary);
    setText(event, 'place', e.place);
    setText(event, 'note', e.note);
    setMedia(event, e.media);
    events[k] = event;
  }
  events.sort((a, b) => a.start - b.start);
  for (let i = 0; i < events.length; i++) events[i]!.index = i;

  const periods: Period[] = [];
  for (const p of input.periods ?? []) {
    const from = date(p.date);
    const to = date(p.end);
    const period: Period = {
      id: p.id,
      label: p.label.trim(),
      date: from,
      end: to,
      start: from.start,
      stop: to.end,
    };
    if (p.group !== undefined) period.group = p.group;
    if (p.color !== undefined) period.color = p.color;
    periods.push(period);
  }
  periods.sort((a, b) => a.start - b.start);

  const timeline: Timeline = {
    version: 1,
    title: input.title.trim(),
    locale: rules.locale,
    people,
    groups,
    events,
  };
  if (periods.length > 0) timeline.periods = periods;
  setText(timeline, 'summary', input.summary);
  setText(timeline, 'note', input.note);
  if (input.source) timeline.source = source(input.source);
  setMedia(timeline, input.media);
  return timeline;
}

/** Media as checked: text trimmed, a decorative one with no alt text. */
function media(m: MediaInput): Media {
  const out: Media = { src: m.src.trim(), alt: m.decorative ? '' : m.alt.trim() };
  if (m.decorative) out.decorative = true;
  if (m.type) out.type = m.type;
  setText(out, 'caption', m.caption);
  setText(out, 'credit', m.credit);
  if (m.link?.trim()) out.link = new URL(m.link.trim()).href;
  if (m.width !== undefined) out.width = m.width;
  if (m.height !== undefined) out.height = m.height;
  if (m.srcset?.length) out.srcset = m.srcset.map((v) => ({ src: v.src.trim(), width: v.width }));
  if (m.tracks?.length) {
    out.tracks = m.tracks.map((t): MediaTrack => ({
      src: t.src.trim(),
      srclang: t.srclang,
      label: t.label.trim(),
      kind: (t.kind as MediaTrack['kind'] | undefined) ?? 'subtitles',
    }));
  }
  return out;
}

/** Sets optional text trimmed, and not at all when it is empty: the file said nothing. */
function setText<T extends object, K extends keyof T & string>(
  target: T,
  key: K,
  value: string | undefined,
): void {
  const trimmed = value?.trim();
  if (trimmed) (target as Record<string, unknown>)[key] = trimmed;
}

/** Appends unless already there; lists per event are short, so a scan beats a Set. */
function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}
