/**
 * From a timeline file to a `Timeline` everything else can trust, or to every problem in it at
 * once, each with its JSON path (and, from text, line and column).
 *
 * Three passes, each linear: `JSON.parse`; the schema (shapes, see `schema.ts` — a guard
 * compiled from it answers first, and valibot runs only when it says no, to list the issues);
 * the rules here, which need more than one value — unique ids, references that resolve, real
 * dates, `end` not before `date`, plain text, http(s) links, a valid locale. The rules run even
 * when the schema failed, defensively, so one look shows everything wrong. Only a file with no
 * problem at all is normalised. Only when there are problems does `json-locate` scan the text,
 * once, to put line numbers on them. 100,000 events take a few hundred milliseconds.
 *
 * Normalisation decisions:
 * - events sorted by start, ties kept in file order; `index` is the position after sorting;
 * - an event's people are the listed ones, then the speakers of its quotes, without repeats;
 *   its groups are its people's (the actors: the first one picks the event's lane), then the
 *   listed ones (what the event concerns), without repeats;
 * - text is trimmed; optional text that is empty ("") is treated as absent;
 * - urls are stored as parsed (`URL.href`), the locale in canonical form (default "en").
 */
import * as v from 'valibot';
import { formatPath, locatePaths, parseJson, type PathSegment } from './json-locate';
import { isPartialDateError, parsePartialDate, type PartialDateResult } from './partial-date';
import { TimelineSchema } from './schema';
import { compileGuard } from './schema-guard';
import {
  issueToFinding,
  LIST_NOT_OBJECT,
  notATimelineMessage,
  unknownKeyMessage,
  type Finding,
} from './schema-problems';
import { didYouMean } from './did-you-mean';
import {
  canonicalLocale,
  plainTextProblem,
  quoteSnippet,
  urlProblem,
  type TextKind,
} from './text-rules';
import type {
  Group,
  LoadResult,
  PartialDate,
  Person,
  Problem,
  Quote,
  Source,
  SourceInput,
  Timeline,
  TimelineEvent,
  TimelineInput,
} from './types';

/** Checks an already-parsed value. Problems carry paths but no line numbers. */
export function validateTimeline(value: unknown): LoadResult {
  const checked = check(value);
  if (checked.ok) return checked;
  return {
    ok: false,
    problems: checked.findings.map((f) => ({ path: formatPath(f.path), message: f.message })),
  };
}

/** Parses and checks the text of a timeline file. Never throws. */
export function parseTimelineText(text: string): LoadResult {
  // Editors on Windows may save a byte-order mark; fetch() drops it, readFile does not.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseJson(body);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const checked = check(parsed.value);
  if (checked.ok) return checked;

  const { findings } = checked;
  const requests = findings.flatMap((f) =>
    f.related ? [f, { path: f.related, at: 'value' as const }] : [f],
  );
  const positions = locatePaths(body, requests);
  const problems: Problem[] = [];
  let r = 0;
  for (const f of findings) {
    const pos = positions[r++];
    const related = f.related ? positions[r++] : undefined;
    const problem: Problem = {
      path: formatPath(f.path),
      message: related ? `${f.message} (line ${related.line})` : f.message,
    };
    if (pos) {
      problem.line = pos.line;
      problem.column = pos.column;
    }
    problems.push(problem);
  }
  // In reading order; Array.prototype.sort is stable, so same-place problems keep their order.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { ok: false, problems };
}

// ---------------------------------------------------------------------------------------------

type Checked = { ok: true; timeline: Timeline } | { ok: false; findings: Finding[] };

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Keys that valibot skips in records and objects, and that must never become properties. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** Suggestions are computed for this many distinct unknown names at most. */
const MAX_SUGGESTIONS = 200;

const isTimelineShape = compileGuard(TimelineSchema);

/** A bug here must still end in a message, never in a blank page. */
function check(value: unknown): Checked {
  try {
    return checkValue(value);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      findings: [
        { path: [], message: `Dateline could not check this file (${why}); please report this` },
      ],
    };
  }
}

function checkValue(value: unknown): Checked {
  if (!isObj(value)) {
    return { ok: false, findings: [{ path: [], message: notATimelineMessage(value) }] };
  }
  const findings: Finding[] = [];
  if (!isTimelineShape(value)) {
    const schema = v.safeParse(TimelineSchema, value);
    if (!schema.success) for (const issue of schema.issues) findings.push(issueToFinding(issue));
  }

  const rules = new Rules(findings);
  rules.timeline(value);

  if (findings.length > 0) return { ok: false, findings: dedupe(findings) };
  return { ok: true, timeline: normalise(value as unknown as TimelineInput, rules) };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.path.join('\u0000')}\u0001${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The cross-field rules, over a value that may not match the schema. */
class Rules {
  readonly dates = new Map<string, PartialDateResult>();
  /** `undefined` when `people` is not an object: references to it cannot be checked. */
  people: Obj | undefined;
  groups: Obj | undefined;
  locale = 'en';
  private suggestions = new Map<string, string | undefined>();
  private tableKeys = new Map<Obj, string[]>();

  constructor(private readonly findings: Finding[]) {}

  timeline(root: Obj): void {
    this.people = root.people === undefined ? {} : this.object(root.people, ['people']);
    this.groups = root.groups === undefined ? {} : this.object(root.groups, ['groups']);
    this.keys(root, []);

    if (typeof root.locale === 'string') {
      const result = canonicalLocale(root.locale);
      if ('error' in result) this.add(['locale'], result.error);
      else this.locale = result.locale;
    }
    this.text(root, [], 'title', 'one-line');
    this.text(root, [], 'summary', 'text');
    this.text(root, [], 'note', 'text');
    this.source(root.source, ['source']);

    if (this.people) this.peopleRecord(this.people);
    if (this.groups) this.groupsRecord(this.groups);

    if (Array.isArray(root.events)) {
      const ids = new Map<string, number>();
      const events: unknown[] = root.events;
      for (let i = 0; i < events.length; i++) {
        const path = ['events', i];
        const event = this.object(events[i], path);
        if (event) this.event(event, path, ids);
      }
    }
  }

  private peopleRecord(people: Obj): void {
    for (const key of Object.keys(people)) {
      const path = ['people', key];
      if (RESERVED.has(key)) this.reserved(path);
      const person = this.object(people[key], path);
      if (!person) continue;
      this.keys(person, path);
      this.text(person, path, 'name', 'one-line');
      this.text(person, path, 'role', 'one-line');
      this.ref('group', person.group, path, 'group');
    }
  }

  private groupsRecord(groups: Obj): void {
    for (const key of Object.keys(groups)) {
      const path = ['groups', key];
      if (RESERVED.has(key)) this.reserved(path);
      const group = this.object(groups[key], path);
      if (!group) continue;
      this.keys(group, path);
      this.text(group, path, 'label', 'one-line');
    }
  }

  private event(event: Obj, path: PathSegment[], ids: Map<string, number>): void {
    this.keys(event, path);
    const id = event.id;
    if (typeof id === 'string') {
      const first = ids.get(id);
      if (first === undefined) ids.set(id, path[1] as number);
      else {
        this.findings.push({
          path: [...path, 'id'],
          message: `the id ${quoteSnippet(id)} is already used by $.events[${first}]`,
          related: ['events', first, 'id'],
        });
      }
    }

    const date = this.date(event, path, 'date');
    const end = this.date(event, path, 'end');
    if (date && end && end.start < date.start) {
      this.add(
        [...path, 'end'],
        `the end (${end.raw}) is before the date the event starts (${date.raw})`,
      );
    }

    this.text(event, path, 'title', 'one-line');
    this.text(event, path, 'summary', 'text');
    this.text(event, path, 'place', 'one-line');
    this.text(event, path, 'note', 'text');

    const { people, groups, quotes, sources } = event;
    if (Array.isArray(people)) {
      for (let j = 0; j < people.length; j++) this.ref('person', people[j], path, 'people', j);
    }
    if (Array.isArray(groups)) {
      for (let j = 0; j < groups.length; j++) this.ref('group', groups[j], path, 'groups', j);
    }
    if (Array.isArray(quotes)) {
      for (let j = 0; j < quotes.length; j++) {
        const at = [...path, 'quotes', j];
        const quote = this.object(quotes[j], at);
        if (quote) this.quote(quote, at);
      }
    }
    if (Array.isArray(sources)) {
      for (let j = 0; j < sources.length; j++) {
        this.source(sources[j], [...path, 'sources', j]);
      }
    }
  }

  private quote(quote: Obj, path: PathSegment[]): void {
    this.keys(quote, path);
    this.text(quote, path, 'text', 'text');
    this.text(quote, path, 'context', 'text');
    this.ref('person', quote.by, path, 'by');
    this.date(quote, path, 'date');
    if (quote.source !== undefined) this.source(quote.source, [...path, 'source']);
    if (quote.via !== undefined) this.source(quote.via, [...path, 'via']);
  }

  private source(value: unknown, path: PathSegment[]): void {
    const source = this.object(value, path);
    if (!source) return;
    this.keys(source, path);
    for (const field of ['outlet', 'programme', 'title', 'author'] as const) {
      this.text(source, path, field, 'one-line');
    }
    this.date(source, path, 'date');
    if (typeof source.url === 'string') {
      const problem = urlProblem(source.url);
      if (problem) this.add([...path, 'url'], problem);
    }
    const given = (k: string) =>
      typeof source[k] === 'string' && (source[k] as string).trim() !== '';
    if (!given('outlet') && !given('title') && !given('url')) {
      this.add(path, 'a source needs at least an "outlet", a "title" or a "url"');
    }
  }

  /** Parses `obj[field]` if it is a string; reports why not if it is not a real date. */
  private date(obj: Obj, path: PathSegment[], field: string): PartialDate | undefined {
    const raw = obj[field];
    if (typeof raw !== 'string') return undefined;
    const result = this.parseDate(raw);
    if (isPartialDateError(result)) {
      this.add([...path, field], result.error);
      return undefined;
    }
    return result;
  }

  parseDate(raw: string): PartialDateResult {
    let result = this.dates.get(raw);
    if (!result) this.dates.set(raw, (result = parsePartialDate(raw)));
    return result;
  }

  private text(obj: Obj, path: PathSegment[], field: string, kind: TextKind): void {
    const value = obj[field];
    if (typeof value !== 'string') return;
    const problem = plainTextProblem(value, kind, `a ${field}`);
    if (problem) this.add([...path, field], problem);
  }

  /** Checks that `key`, found at `base` + `field` (+ `index`), names a person or a group. */
  private ref(
    kind: 'person' | 'group',
    key: unknown,
    base: PathSegment[],
    field: string,
    index?: number,
  ): void {
    const table = kind === 'person' ? this.people : this.groups;
    if (typeof key !== 'string' || !table || (hasOwn(table, key) && !RESERVED.has(key))) return;
    const path = index === undefined ? [...base, field] : [...base, field, index];
    const where = kind === 'person' ? 'people' : 'groups';
    const cacheKey = `${kind}:${key}`;
    let known = this.tableKeys.get(table);
    if (!known) this.tableKeys.set(table, (known = Object.keys(table)));
    let guess = this.suggestions.get(cacheKey);
    if (!this.suggestions.has(cacheKey) && this.suggestions.size < MAX_SUGGESTIONS) {
      guess = didYouMean(key, known);
      this.suggestions.set(cacheKey, guess);
    }
    const empty = known.length === 0;
    this.add(
      path,
      `unknown ${kind} ${quoteSnippet(key)}: ` +
        (empty
          ? `the timeline has no "${where}" to refer to; add it under "${where}"`
          : `there is no such key in "${where}"` + (guess ? ` — did you mean "${guess}"?` : '')),
    );
  }

  /** Catches the keys that valibot's strict objects let through (`constructor`, `__proto__`…). */
  private keys(obj: Obj, path: PathSegment[]): void {
    for (const key of Object.keys(obj)) {
      if (key in Object.prototype || key === '__proto__') {
        this.findings.push({
          path: [...path, key],
          at: 'key',
          message: unknownKeyMessage(key, path),
        });
      }
    }
  }

  private reserved(path: PathSegment[]): void {
    this.findings.push({
      path,
      at: 'key',
      message: `${quoteSnippet(String(path[1]))} cannot be used as a key; choose another`,
    });
  }

  /** The value if it is an object; a list where an object belongs is reported (valibot takes it). */
  private object(value: unknown, path: PathSegment[]): Obj | undefined {
    if (isObj(value)) return value;
    if (Array.isArray(value)) this.add(path, LIST_NOT_OBJECT);
    return undefined;
  }

  private add(path: PathSegment[], message: string): void {
    this.findings.push({ path, message });
  }
}

// ---------------------------------------------------------------------------------------------

/** Builds the trusted `Timeline` from a value that passed every check. */
function normalise(input: TimelineInput, rules: Rules): Timeline {
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
  const events: TimelineEvent[] = new Array<TimelineEvent>(inputs.length);
  for (let k = 0; k < inputs.length; k++) {
    const e = inputs[k]!;
    const start = date(e.date);
    const end = e.end === undefined ? undefined : date(e.end);

    const quotes: Quote[] = [];
    const eventPeople: Person[] = [];
    for (const id of e.people ?? []) addOnce(eventPeople, people[id]!);
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
    for (const person of eventPeople) if (person.group) addOnce(groupIds, person.group);
    for (const id of e.groups ?? []) addOnce(groupIds, id);

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
      sources: e.sources ? e.sources.map(source) : [],
    };
    if (end) event.end = end;
    setText(event, 'summary', e.summary);
    setText(event, 'place', e.place);
    setText(event, 'note', e.note);
    events[k] = event;
  }
  events.sort((a, b) => a.start - b.start);
  for (let i = 0; i < events.length; i++) events[i]!.index = i;

  const timeline: Timeline = {
    version: 1,
    title: input.title.trim(),
    locale: rules.locale,
    people,
    groups,
    events,
  };
  setText(timeline, 'summary', input.summary);
  setText(timeline, 'note', input.note);
  if (input.source) timeline.source = source(input.source);
  return timeline;
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
