import type { PartialDate, Source } from '../format/types';

/**
 * A source in words, e.g. `ABC, “This Week”, Feb 19, 2023`. Dates are formatted by the caller's
 * locale-aware function so this stays free of any locale.
 */
export function describeSource(source: Source, formatDate: (d: PartialDate) => string): string {
  const parts: string[] = [];
  if (source.outlet) parts.push(source.outlet);
  if (source.programme) parts.push(`“${source.programme}”`);
  if (source.title)
    parts.push(source.outlet || source.programme ? `“${source.title}”` : source.title);
  if (source.author) parts.push(source.author);
  if (source.date) parts.push(formatDate(source.date));
  if (parts.length === 0 && source.url) parts.push(hostOf(source.url));
  return parts.join(', ');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
