/**
 * The rules that need more than one value, or a parser: unique ids, references that resolve,
 * real dates, `end` not before `date`, plain text, http(s) links, a valid locale, and no key
 * that could reach `Object.prototype`. They run over a value that may not match the schema.
 *
 * What is wrong is reported as data, a `Fault`, never in words: the quick check
 * (`check-timeline.ts`) only needs to hear that something is, and the diagnostics
 * (`diagnose.ts`, loaded only then) run these same rules again and put each fault into words.
 */
import type { PathSegment } from './json-locate';
import {
  isPartialDateError,
  parsePartialDate,
  type PartialDateResult,
} from '../dates/partial-date';
import { mediaRules, type MediaRuleHelpers } from './media-rules';
import {
  localeOf,
  textFault,
  urlFault,
  type TextFault,
  type TextKind,
  type UrlFault,
} from './text-checks';
import type { PartialDate } from '../format/types';
import { isObj, type Obj } from '../format/objects';

export { isObj, type Obj };

/** One thing wrong, at the path it is reported with. */
export type Fault =
  /** A list where an object belongs (valibot takes it for an object with keys "0", "1"…). */
  | { rule: 'list-not-object' }
  /** A key valibot's strict objects let through: `constructor`, `__proto__`… */
  | { rule: 'prototype-key'; key: string }
  /** A key of "people" or "groups" that must never become a property. */
  | { rule: 'reserved-key'; key: string }
  /** `first` is the index of the event that has the id already. */
  | { rule: 'duplicate-id'; id: string; first: number; list?: 'events' | 'periods' }
  /** `error` is the date parser's own explanation. */
  | { rule: 'date'; error: string }
  | { rule: 'end-before-start'; date: string; end: string; what?: 'event' | 'period' }
  | { rule: 'plain-text'; field: string; found: TextFault }
  | { rule: 'url'; value: string; found: UrlFault }
  /** A media address: relative ones are allowed, other schemes are not. */
  | { rule: 'media-url'; value: string; found: UrlFault }
  /** `alt` is empty and the media is not marked decorative. */
  | { rule: 'media-alt' }
  /** A size that is not a whole number of pixels above 0. */
  | { rule: 'media-size'; value: number }
  | { rule: 'source-unnamed' }
  | { rule: 'locale'; value: string }
  /** `table` is the "people" or "groups" object the key is not in, for suggestions. */
  | { rule: 'unknown-ref'; kind: 'person' | 'group'; key: string; table: Obj };

export type Report = (path: PathSegment[], fault: Fault) => void;

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Keys that valibot skips in records and objects, and that must never become properties. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** The cross-field rules, over a value that may not match the schema. */
export class Rules {
  readonly dates = new Map<string, PartialDateResult>();
  /** `undefined` when `people` is not an object: references to it cannot be checked. */
  people: Obj | undefined;
  groups: Obj | undefined;
  locale = 'en';

  /**
   * `shapesChecked`: the value already passed the schema guard (`schema-guard.ts`), whose strict
   * objects refuse every key they do not list — `constructor` and `__proto__` included — and
   * whose records refuse the reserved keys. The key scan here finds nothing after it, and is
   * skipped: it reads every key of every object a second time.
   */
  constructor(
    private readonly report: Report,
    { shapesChecked = false }: { shapesChecked?: boolean } = {},
  ) {
    this.#scanKeys = !shapesChecked;
  }

  readonly #scanKeys: boolean;

  timeline(root: Obj): void {
    this.people = root.people === undefined ? {} : this.object(root.people, ['people']);
    this.groups = root.groups === undefined ? {} : this.object(root.groups, ['groups']);
    this.keys(root, []);

    if (typeof root.locale === 'string') {
      const locale = localeOf(root.locale);
      if (locale) this.locale = locale;
      else this.report(['locale'], { rule: 'locale', value: root.locale });
    }
    this.text(root, [], 'title', 'one-line');
    this.text(root, [], 'summary', 'text');
    this.text(root, [], 'note', 'text');
    this.source(root.source, ['source']);
    this.media(root.media, ['media']);

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
    if (Array.isArray(root.periods)) {
      const ids = new Map<string, number>();
      const periods: unknown[] = root.periods;
      for (let i = 0; i < periods.length; i++) {
        const path = ['periods', i];
        const period = this.object(periods[i], path);
        if (period) this.period(period, path, ids);
      }
    }
  }

  private period(period: Obj, path: PathSegment[], ids: Map<string, number>): void {
    this.keys(period, path);
    const id = period.id;
    if (typeof id === 'string') {
      const first = ids.get(id);
      if (first === undefined) ids.set(id, path[1] as number);
      else this.report([...path, 'id'], { rule: 'duplicate-id', id, first, list: 'periods' });
    }
    const date = this.date(period, path, 'date');
    const end = this.date(period, path, 'end');
    if (date && end && end.start < date.start) {
      const fault = { date: date.raw, end: end.raw, what: 'period' as const };
      this.report([...path, 'end'], { rule: 'end-before-start', ...fault });
    }
    this.text(period, path, 'label', 'one-line');
    this.ref('group', period.group, path, 'group');
  }

  parseDate(raw: string): PartialDateResult {
    let result = this.dates.get(raw);
    if (!result) this.dates.set(raw, (result = parsePartialDate(raw)));
    return result;
  }

  private peopleRecord(people: Obj): void {
    for (const key of Object.keys(people)) {
      const path = ['people', key];
      if (RESERVED.has(key)) this.report(path, { rule: 'reserved-key', key });
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
      if (RESERVED.has(key)) this.report(path, { rule: 'reserved-key', key });
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
      else this.report([...path, 'id'], { rule: 'duplicate-id', id, first });
    }

    const date = this.date(event, path, 'date');
    const end = this.date(event, path, 'end');
    if (date && end && end.start < date.start) {
      this.report([...path, 'end'], { rule: 'end-before-start', date: date.raw, end: end.raw });
    }

    this.text(event, path, 'title', 'one-line');
    this.text(event, path, 'summary', 'text');
    this.text(event, path, 'place', 'one-line');
    this.text(event, path, 'note', 'text');

    this.media(event.media, [...path, 'media']);
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
    this.text(source, path, 'outlet', 'one-line');
    this.text(source, path, 'programme', 'one-line');
    this.text(source, path, 'title', 'one-line');
    this.text(source, path, 'author', 'one-line');
    this.date(source, path, 'date');
    if (typeof source.url === 'string') {
      const found = urlFault(source.url);
      if (found) this.report([...path, 'url'], { rule: 'url', value: source.url, found });
    }
    const given = (k: string) =>
      typeof source[k] === 'string' && (source[k] as string).trim() !== '';
    if (!given('outlet') && !given('title') && !given('url')) {
      this.report(path, { rule: 'source-unnamed' });
    }
  }

  private media(value: unknown, path: PathSegment[]): void {
    const media = this.object(value, path);
    if (!media) return;
    this.keys(media, path);
    this.#mediaRules ??= {
      report: this.report,
      text: (obj, at, field, kind) => this.text(obj, at, field, kind),
      object: (v, at) => this.object(v, at),
    };
    mediaRules(media, path, this.#mediaRules);
  }

  #mediaRules: MediaRuleHelpers | undefined;

  /** Parses `obj[field]` if it is a string; reports why not if it is not a real date. */
  private date(obj: Obj, path: PathSegment[], field: string): PartialDate | undefined {
    const raw = obj[field];
    if (typeof raw !== 'string') return undefined;
    const result = this.parseDate(raw);
    if (isPartialDateError(result)) {
      this.report([...path, field], { rule: 'date', error: result.error });
      return undefined;
    }
    return result;
  }

  private text(obj: Obj, path: PathSegment[], field: string, kind: TextKind): void {
    const value = obj[field];
    if (typeof value !== 'string') return;
    const found = textFault(value, kind);
    if (found) this.report([...path, field], { rule: 'plain-text', field, found });
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
    this.report(path, { rule: 'unknown-ref', kind, key, table });
  }

  /** Catches the keys that valibot's strict objects let through (`constructor`, `__proto__`…). */
  private keys(obj: Obj, path: PathSegment[]): void {
    if (!this.#scanKeys) return;
    for (const key of Object.keys(obj)) {
      if (key in Object.prototype || key === '__proto__') {
        this.report([...path, key], { rule: 'prototype-key', key });
      }
    }
  }

  /** The value if it is an object; a list where an object belongs is reported (valibot takes it). */
  private object(value: unknown, path: PathSegment[]): Obj | undefined {
    if (isObj(value)) return value;
    if (Array.isArray(value)) this.report(path, { rule: 'list-not-object' });
    return undefined;
  }
}
