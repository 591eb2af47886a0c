/**
 * Turns the faults the cross-field rules report (`timeline-rules.ts`) into findings a reporter
 * can act on, as `schema-problems.ts` does for valibot's issues. Part of the diagnostics: it is
 * loaded only for a file with problems.
 */
import { didYouMean, SUGGESTION_BUDGET } from './did-you-mean';
import type { PathSegment } from './json-locate';
import { LIST_NOT_OBJECT, unknownKeyMessage, type Finding } from './schema-problems';
import { localeMessage, quoteSnippet, textFaultMessage, urlFaultMessage } from './text-rules';
import type { Fault, Obj } from './timeline-rules';

/** Suggestions are computed for this many distinct unknown names at most. */
const MAX_SUGGESTIONS = 200;

/** One converter per check: it remembers its suggestions, so a name is looked up once. */
export function ruleProblems(): (path: PathSegment[], fault: Fault) => Finding {
  const suggestions = new Map<string, string | undefined>();
  const tableKeys = new Map<Obj, string[]>();
  const budget = { left: SUGGESTION_BUDGET };

  const unknownRef = (kind: 'person' | 'group', key: string, table: Obj): string => {
    const where = kind === 'person' ? 'people' : 'groups';
    const cacheKey = `${kind}:${key}`;
    let known = tableKeys.get(table);
    if (!known) tableKeys.set(table, (known = Object.keys(table)));
    let guess = suggestions.get(cacheKey);
    if (!suggestions.has(cacheKey) && suggestions.size < MAX_SUGGESTIONS) {
      guess = didYouMean(key, known, budget);
      suggestions.set(cacheKey, guess);
    }
    return (
      `unknown ${kind} ${quoteSnippet(key)}: ` +
      (known.length === 0
        ? `the timeline has no "${where}" to refer to; add it under "${where}"`
        : `there is no such key in "${where}"` + (guess ? ` — did you mean "${guess}"?` : ''))
    );
  };

  return (path, fault) => {
    switch (fault.rule) {
      case 'list-not-object':
        return { path, message: LIST_NOT_OBJECT };
      case 'prototype-key':
        return { path, at: 'key', message: unknownKeyMessage(fault.key, path.slice(0, -1)) };
      case 'reserved-key':
        return {
          path,
          at: 'key',
          message: `${quoteSnippet(fault.key)} cannot be used as a key; choose another`,
        };
      case 'duplicate-id':
        return {
          path,
          message: `the id ${quoteSnippet(fault.id)} is already used by $.${fault.list ?? 'events'}[${fault.first}]`,
          related: [fault.list ?? 'events', fault.first, 'id'],
        };
      case 'date':
        return { path, message: fault.error };
      case 'end-before-start':
        return {
          path,
          message: `the end (${fault.end}) is before the date the ${fault.what ?? 'event'} starts (${fault.date})`,
        };
      case 'plain-text':
        return { path, message: textFaultMessage(fault.found, `a ${fault.field}`) };
      case 'url':
        return { path, message: urlFaultMessage(fault.found, fault.value) };
      case 'media-url':
        return { path, message: urlFaultMessage(fault.found, fault.value, true) };
      case 'media-alt':
        return {
          path,
          message:
            'the alt text is empty: describe what the media shows, or, if it adds nothing the ' +
            'text does not say, add "decorative": true',
        };
      case 'media-size':
        return {
          path,
          message: `a size is a whole number of pixels above 0, e.g. 1200; found ${fault.value}`,
        };
      case 'source-unnamed':
        return { path, message: 'a source needs at least an "outlet", a "title" or a "url"' };
      case 'locale':
        return { path, message: localeMessage(fault.value) };
      case 'unknown-ref':
        return { path, message: unknownRef(fault.kind, fault.key, fault.table) };
    }
  };
}
