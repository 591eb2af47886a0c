import type { Quote, TimelineEvent } from '../format/types';

/** What the reader narrowed the timeline to. Empty fields filter nothing. */
export interface EventFilter {
  /** A person id: events they take part in or are quoted in. */
  person: string | null;
  /** A group id. */
  group: string | null;
  /** Words that must all appear (case- and accent-insensitive) in the event or one of its quotes. */
  text: string;
}

export const NO_FILTER: EventFilter = { person: null, group: null, text: '' };

export function isFiltering(filter: EventFilter): boolean {
  return filter.person !== null || filter.group !== null || filter.text.trim() !== '';
}

/** Lower case without accents, so "kuleba" finds "Kuleba" and "senor" finds "señor". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** A search reads this much of what was typed or pasted, */
const MAX_QUERY_LENGTH = 500;
/** and at most this many different words of it. */
const MAX_QUERY_WORDS = 32;

/**
 * The words a search looks for: folded, each once, none that another word contains (an event
 * with "nato" has "na"), at most 32 from the first 500 characters. Every word is looked for in
 * every event, so a pasted page of text must not become 50,000 searches per event.
 */
export function searchWords(text: string): string[] {
  const unique = [...new Set(fold(text.slice(0, MAX_QUERY_LENGTH)).split(/\s+/).filter(Boolean))];
  const kept = unique.filter((w) => !unique.some((other) => other !== w && other.includes(w)));
  return kept.slice(0, MAX_QUERY_WORDS);
}

function eventText(event: TimelineEvent): string {
  return [
    event.title,
    event.summary ?? '',
    event.place ?? '',
    ...event.people.map((p) => `${p.name} ${p.role ?? ''}`),
  ].join(' ');
}

function quoteText(quote: Quote): string {
  return `${quote.text} ${quote.by.name} ${quote.by.role ?? ''} ${quote.context ?? ''}`;
}

// Folding is the costly part of a search; each text is folded once per timeline, not per keystroke.
const foldedEvents = new WeakMap<TimelineEvent, string>();
const foldedQuotes = new WeakMap<Quote, string>();

function foldedEvent(event: TimelineEvent): string {
  let text = foldedEvents.get(event);
  if (text === undefined) foldedEvents.set(event, (text = fold(eventText(event))));
  return text;
}

function foldedQuote(quote: Quote): string {
  let text = foldedQuotes.get(quote);
  if (text === undefined) foldedQuotes.set(quote, (text = fold(quoteText(quote))));
  return text;
}

function involvesPerson(event: TimelineEvent, person: string): boolean {
  return event.people.some((p) => p.id === person) || event.quotes.some((q) => q.by.id === person);
}

/**
 * The events that pass the filter, in their original order. A quote matches the search on its
 * own words, so the quotes view can show just the quotes that matched.
 */
export function filterEvents(events: TimelineEvent[], filter: EventFilter): TimelineEvent[] {
  if (!isFiltering(filter)) return events;
  const needles = searchWords(filter.text);
  return events.filter((event) => {
    if (filter.person && !involvesPerson(event, filter.person)) return false;
    if (filter.group && !event.groups.includes(filter.group)) return false;
    if (needles.length === 0) return true;
    return needles.every(
      (n) => foldedEvent(event).includes(n) || event.quotes.some((q) => foldedQuote(q).includes(n)),
    );
  });
}

/** Quotes of the given events that pass the filter, in time order. */
export function filterQuotes(events: TimelineEvent[], filter: EventFilter): readonly Quote[] {
  if (!isFiltering(filter)) return allQuotes(events);
  const needles = searchWords(filter.text);
  const out: Quote[] = [];
  for (const event of filterEvents(events, filter)) {
    // Folded only when searching: with no words this loop just gathers every quote.
    const title = needles.length > 0 ? fold(event.title) : '';
    for (const quote of event.quotes) {
      if (filter.person && quote.by.id !== filter.person) continue;
      // A quote shows when the words are in it, its speaker or its event's title: searching
      // "coercion" lists that quote, not every quote of an event whose summary says it.
      if (!needles.every((n) => foldedQuote(quote).includes(n) || title.includes(n))) continue;
      out.push(quote);
    }
  }
  return out.sort((a, b) => a.date.start - b.date.start);
}

/**
 * Every quote, in time order: what the reader shows first, on every timeline. One plain pass;
 * quotes mostly follow their (sorted) events already, so the sort runs only when one does not.
 */
function allQuotes(events: TimelineEvent[]): Quote[] {
  const out: Quote[] = [];
  let sorted = true;
  let last = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const quotes = events[i]!.quotes;
    for (let j = 0; j < quotes.length; j++) {
      const quote = quotes[j]!;
      if (quote.date.start < last) sorted = false;
      last = quote.date.start;
      out.push(quote);
    }
  }
  return sorted ? out : out.sort((a, b) => a.date.start - b.date.start);
}
