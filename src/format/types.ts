/**
 * Dateline timeline format, version 1 — the shapes a reporter writes (`*Input`) and the
 * normalised shapes everything after validation trusts (`Timeline`, `TimelineEvent`, …).
 *
 * The valibot schema in `schema.ts` is the source of truth for the input shapes; these
 * interfaces mirror it by hand so the rest of the code reads plainly. `schema.test.ts` keeps
 * the two in step.
 */
import type { Media, MediaInput } from './media-types';

export type {
  Media,
  MediaInput,
  MediaKind,
  MediaTrack,
  MediaTrackInput,
  MediaVariant,
  MediaVariantInput,
} from './media-types';

/** How much of a date the record actually states. Never more than the source says. */
export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

/**
 * A date written with honest precision: "2023", "2023-01", "2023-02-21",
 * "2023-02-21T14:30+01:00" (a time always carries its UTC offset, or `Z`).
 *
 * Calendar dates (year/month/day precision) are placed on a UTC axis at UTC midnight, so they
 * never move with the reader's time zone. Times are real instants.
 */
export interface PartialDate {
  /** The string as written in the file. */
  raw: string;
  precision: Precision;
  /**
   * First millisecond of the period, as a UTC epoch timestamp. Years before 1 AD continue the
   * same line (see src/dates/years.ts); beyond a Date's reach (~271,800 years) only as a float.
   */
  start: number;
  /** First millisecond after the period (exclusive), as a UTC epoch timestamp. */
  end: number;
  /** For times: the offset written in the file, in minutes east of UTC (Z = 0). */
  offsetMinutes?: number;
}

/** Where something was published or said. At least one of outlet, title or url is given. */
export interface SourceInput {
  outlet?: string;
  /** A programme or section, e.g. "This Week". */
  programme?: string;
  title?: string;
  author?: string;
  /** A partial date, same forms as an event date. */
  date?: string;
  /** http: or https: only. */
  url?: string;
}

export interface PersonInput {
  name: string;
  /** Role at the time of the events, e.g. "NATO Secretary-General". */
  role?: string;
  /** A key of `groups`. */
  group?: string;
}

export interface GroupInput {
  label: string;
  /** Optional lane colour, `#rrggbb`. Themes supply defaults. */
  color?: string;
}

export interface QuoteInput {
  /** Verbatim, plain text. Never HTML. */
  text: string;
  /** A key of `people`. */
  by: string;
  /** Where the words were said first, e.g. ABC's "This Week". */
  source?: SourceInput;
  /** The chain of attribution when the quote is second-hand, e.g. { outlet: "The Hill" }. */
  via?: SourceInput;
  /** The occasion, e.g. "opening remarks at a joint news conference". */
  context?: string;
  /** When the words were said, if not the event's date. */
  date?: string;
}

export interface EventInput {
  /** Stable, URL-safe and unique: used in URLs (`#id`) and embeds. */
  id: string;
  date: string;
  end?: string;
  /** The date is approximate ("c. 1850"). */
  approximate?: boolean;
  title: string;
  summary?: string;
  place?: string;
  /** Keys of `people`. */
  people?: string[];
  /** Keys of `groups` the event concerns, in addition to the groups of its people. */
  groups?: string[];
  quotes?: QuoteInput[];
  sources?: SourceInput[];
  /** An editorial note, e.g. how a date was inferred. */
  note?: string;
  media?: MediaInput;
}

/** A span of time drawn as a labelled band behind the events. Periods may overlap. */
export interface PeriodInput {
  id: string;
  label: string;
  date: string;
  /** Inclusive: "2024" ends at the end of 2024. */
  end: string;
  /** A key of `groups`: the band takes its colour. */
  group?: string;
  /** `#rrggbb`. */
  color?: string;
}

export interface TimelineInput {
  $schema?: string;
  version: 1;
  title: string;
  summary?: string;
  /** BCP 47 language tag for dates and interface, e.g. "en-US". Default "en". */
  locale?: string;
  /** The article the timeline belongs to. */
  source?: SourceInput;
  /** An editorial note shown with the timeline, e.g. which years were inferred. */
  note?: string;
  /** Shown on the title card. */
  media?: MediaInput;
  people?: Record<string, PersonInput>;
  groups?: Record<string, GroupInput>;
  periods?: PeriodInput[];
  events: EventInput[];
}

/** A problem found in a timeline file, located by JSON path and, when known, line and column. */
export interface Problem {
  /** JSON path from the root, e.g. `$.events[3].quotes[0].by`; `$` for the whole file. */
  path: string;
  message: string;
  /** 1-based line in the file text, when the text is known. */
  line?: number;
  /** 1-based column in the file text, when the text is known. */
  column?: number;
  /**
   * Absent means `error`. A `warning` (e.g. from an import: something the format cannot hold,
   * reported rather than dropped silently) never makes a file invalid.
   */
  severity?: 'error' | 'warning';
}

export interface Source {
  outlet?: string;
  programme?: string;
  title?: string;
  author?: string;
  date?: PartialDate;
  url?: string;
}

export interface Person {
  id: string;
  name: string;
  role?: string;
  group?: string;
}

export interface Group {
  id: string;
  label: string;
  color?: string;
}

export interface Quote {
  /** `${eventId}/${index}`: stable within a timeline. */
  id: string;
  eventId: string;
  text: string;
  by: Person;
  source?: Source;
  via?: Source;
  context?: string;
  /** The quote's own date, or the event's. */
  date: PartialDate;
}

export interface TimelineEvent {
  id: string;
  /** Position in `Timeline.events` (sorted by time). */
  index: number;
  title: string;
  summary?: string;
  place?: string;
  date: PartialDate;
  end?: PartialDate;
  /** `date.start`: first millisecond, UTC epoch. */
  start: number;
  /** Exclusive end: `(end ?? date).end`. */
  stop: number;
  precision: Precision;
  /** The date is approximate: "c. 1850", drawn with uncertain ends. */
  approximate?: boolean;
  people: Person[];
  /**
   * Group ids: those of the people (the actors — the first picks the event's lane), then the
   * event's own `groups` (what it concerns), without repeats.
   */
  groups: string[];
  quotes: Quote[];
  sources: Source[];
  note?: string;
  media?: Media;
}

export interface Period {
  id: string;
  label: string;
  date: PartialDate;
  end: PartialDate;
  /** `date.start`. */
  start: number;
  /** Exclusive: `end.end`. */
  stop: number;
  group?: string;
  color?: string;
}

export interface Timeline {
  version: 1;
  title: string;
  summary?: string;
  locale: string;
  source?: Source;
  note?: string;
  media?: Media;
  people: Record<string, Person>;
  groups: Record<string, Group>;
  /** Sorted by start, then by their order in the file. */
  events: TimelineEvent[];
  /** Sorted by start, then by their order in the file. Absent or empty when there are none. */
  periods?: Period[];
}

export type LoadResult = { ok: true; timeline: Timeline } | { ok: false; problems: Problem[] };
