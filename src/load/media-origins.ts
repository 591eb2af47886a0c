/**
 * The reader's last check on a timeline: its media come from origins the page allows (the rule
 * the timeline file itself follows). A picture from anywhere else would be a request to a host
 * the newsroom did not choose, shown under its name: it is not made (`media-check.ts`), and
 * each such address is reported with its JSON path and line.
 *
 * Runs on the checked timeline, whose events are sorted by date; the JSON path of each problem
 * uses the event's position in the file, found (with its line) only when there is a problem.
 */
import { foreignMedia, type ForeignMedia } from './media-url';
import type { Problem, Timeline } from '../format/types';
import { withoutBom } from '../format/without-bom';

export async function mediaOriginProblems(
  timeline: Timeline,
  text: string,
  origins: readonly string[],
): Promise<Problem[]> {
  const found = foreignMedia(timeline, origins);
  if (found.length === 0) return [];
  const allowed = [...new Set(origins)].join(' or ');
  let value: unknown;
  try {
    value = JSON.parse(withoutBom(text));
  } catch {
    value = undefined;
  }
  const events = (value as { events?: unknown } | undefined)?.events;
  const indexOf = (id: string) =>
    Array.isArray(events) ? events.findIndex((e) => (e as { id?: unknown } | null)?.id === id) : -1;
  const paths = found.map((f) => pathOf(f, indexOf));
  const problems: Problem[] = found.map((f, i) => ({
    path: paths[i] ? formatPath(paths[i]) : '$',
    message:
      `${f.eventId === null ? 'the title card' : `the event "${f.eventId}"`} shows ${f.url}, ` +
      `but media load only from ${allowed}; put the file there, or have the page allow ${f.origin}`,
  }));
  // The line finder is part of the diagnostics: loaded only now, never for a good file.
  try {
    const { locatePaths } = await import('../validate/json-locate');
    const located = paths.flatMap((p, i) => (p ? [{ i, path: p }] : []));
    const positions = locatePaths(withoutBom(text), located);
    located.forEach(({ i }, k) => {
      const pos = positions[k];
      if (pos) Object.assign(problems[i]!, { line: pos.line, column: pos.column });
    });
  } catch {
    // Paths without lines still say where.
  }
  return problems;
}

function pathOf(f: ForeignMedia, indexOf: (id: string) => number): (string | number)[] | undefined {
  if (f.eventId === null) return ['media', ...f.field];
  const index = indexOf(f.eventId);
  return index < 0 ? undefined : ['events', index, 'media', ...f.field];
}

function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : `${s}.${p}`), '$');
}
