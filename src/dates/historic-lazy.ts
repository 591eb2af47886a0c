/**
 * The formatting of dates before 1 AD and of deep time (`historic.ts`) is a chunk of its own:
 * most timelines never need it. This file holds the one loaded copy and the calls that use it,
 * printing such dates as written until it has loaded.
 */
import type { PartialDate } from '../format/types';
import { YEAR_ONE_MS } from './years';

type Historic = typeof import('./historic');
let historic: Historic | undefined;

/**
 * Loads the formatting of dates before 1 AD and of deep time (src/dates/historic.ts), a chunk of
 * its own: most timelines never need it. The reader awaits it with the date locale when the
 * timeline's first event or period is that old; until then such dates print as written.
 */
export async function loadHistoric(): Promise<void> {
  historic ??= await import('./historic');
}

/** For code that imports historic.ts itself (the studio, node tools): no waiting. */
export function useHistoric(module: Historic): void {
  historic = module;
}

export function isHistoric(d: PartialDate): boolean {
  return d.start < YEAR_ONE_MS;
}

export function formatHistoric(d: PartialDate, tag: string, form?: 'full' | 'short'): string {
  return historic ? historic.formatHistoric(d, tag, form) : d.raw;
}

/** "13.8B years ago" for axis ticks (see historic.ts); the bare number until it has loaded. */
export function formatYearsAgo(years: number, tag: string, display?: 'long' | 'short'): string {
  return historic ? historic.formatYearsAgo(years, tag, display) : `-${years}`;
}
