import type { Problem, Timeline } from '../format/types';
import { openTimelineText } from './open-text';

/** Where a timeline comes from when the page names none. */
export const DEFAULT_SRC = 'data/nato-china-2023.json';

/** How long the reader waits before we say the server did not answer. */
export const FETCH_TIMEOUT_MS = 20_000;

export type LoadFailureKind = 'refused' | 'network' | 'http' | 'invalid';

export interface LoadFailure {
  ok: false;
  kind: LoadFailureKind;
  /** The address that was asked for, as the reader can read it. */
  src: string;
  /** One sentence for the heading of the error view. */
  title: string;
  problems: Problem[];
}

export type FetchResult = { ok: true; src: string; timeline: Timeline } | LoadFailure;

/**
 * Resolves `?src=` against the page. Only the page's own origin is allowed, plus the exact
 * origins an embedder lists: a timeline from anywhere else could carry anything, and readers
 * would see it under the newsroom's name.
 */
export function resolveSource(
  src: string | null | undefined,
  page: URL,
  allowedOrigins: readonly string[] = [],
): { ok: true; url: URL } | LoadFailure {
  const wanted = src?.trim() || DEFAULT_SRC;
  let url: URL;
  try {
    url = new URL(wanted, page);
  } catch {
    return refused(wanted, `“${wanted}” is not an address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return refused(wanted, `Only http and https addresses can be loaded, not “${url.protocol}”.`);
  }
  if (url.origin !== page.origin && !allowedOrigins.includes(url.origin)) {
    // Each origin once: the element lists its script's origin, often the page's own.
    const others = [...new Set(allowedOrigins)].filter((o) => o !== page.origin);
    return refused(
      wanted,
      `Timelines load only from ${page.origin}${others.length ? ` or ${others.join(', ')}` : ''}; ${url.origin} is not allowed.`,
    );
  }
  return { ok: true, url };
}

function refused(src: string, message: string): LoadFailure {
  return {
    ok: false,
    kind: 'refused',
    src,
    title: 'This timeline address is not allowed.',
    problems: [{ path: '$', message }],
  };
}

/**
 * Fetches and validates a timeline. Never throws, never hangs: every failure is a LoadFailure.
 * The file must come from `url`'s origin (or one of `allowedOrigins`) after any redirects too:
 * an open redirect on the host would otherwise carry a foreign timeline past `resolveSource`.
 * Its media addresses come back resolved against the file's, and each from one of
 * `mediaOrigins` (by default the file's origin and `allowedOrigins`; the reader adds the page's).
 */
export async function fetchTimeline(
  url: URL,
  fetchFn: typeof fetch = fetch,
  timeoutMs = FETCH_TIMEOUT_MS,
  allowedOrigins: readonly string[] = [],
  mediaOrigins: readonly string[] = [url.origin, ...allowedOrigins],
): Promise<FetchResult> {
  const src = url.href;
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, {
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    const redirected = redirectRefused(url, response, allowedOrigins);
    if (redirected) return redirected;
    if (!response.ok) {
      return {
        ok: false,
        kind: 'http',
        src,
        title:
          response.status === 404
            ? 'The timeline file was not found.'
            : 'The server could not send the timeline.',
        problems: [
          {
            path: '$',
            message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${src}.`,
          },
        ],
      };
    }
    text = await response.text();
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
    return {
      ok: false,
      kind: 'network',
      src,
      title: timedOut ? 'The server did not answer in time.' : 'The timeline could not be loaded.',
      problems: [
        {
          path: '$',
          message: timedOut
            ? `No answer from ${url.origin} within ${Math.round(timeoutMs / 1000)} seconds.`
            : `The network request for ${src} failed. Check the connection and try again.`,
        },
      ],
    };
  }
  // A TimelineJS file is converted on the fly (the converter loads only then), for a preview.
  const result = await openTimelineText(text, fileTitle(url));
  let problems: Problem[];
  if (result.ok) {
    const { timeline } = result;
    // Timelines with media take one more step, loaded only for them.
    if (!timeline.media && !timeline.events.some((e) => e.media)) {
      return { ok: true, src, timeline };
    }
    try {
      const { checkMedia } = await import('./media-check');
      const checked = await checkMedia(timeline, text, src, mediaOrigins);
      // Refused media are not requested, and shown as text; where they are goes to the console.
      for (const p of checked.problems) {
        const at = p.line ? `${src}:${p.line}:${p.column ?? 1} ` : `${src} `;
        console.warn(`Dateline: ${at}${p.path} ${p.message}`);
      }
      return { ok: true, src, timeline: checked.timeline };
    } catch {
      // Without the check, no media is shown: none is requested from a host not allowed.
      const bare = { ...timeline, events: timeline.events.map(({ media: _m, ...e }) => e) };
      delete bare.media;
      return { ok: true, src, timeline: bare };
    }
  } else problems = result.problems;
  const file = result.format === 'timelinejs' ? 'TimelineJS file' : 'timeline file';
  return {
    ok: false,
    kind: 'invalid',
    src,
    title:
      problems.length === 1
        ? `The ${file} has a problem.`
        : `The ${file} has ${problems.length} problems.`,
    problems,
  };
}

/**
 * A refusal when the response came from an origin other than the one asked (after redirects),
 * and not one the embedder allowed. A response made in the page (the early fetch hands over its
 * body that way) has no `url`: it came from the address asked for.
 */
function redirectRefused(
  url: URL,
  response: Response,
  allowedOrigins: readonly string[],
): LoadFailure | undefined {
  if (!response.url) return undefined;
  let origin: string;
  try {
    origin = new URL(response.url).origin;
  } catch {
    origin = 'null';
  }
  if (origin === url.origin || allowedOrigins.includes(origin)) return undefined;
  response.body?.cancel().catch(() => {});
  const from = [url.origin, ...allowedOrigins.filter((o) => o !== url.origin)].join(' or ');
  return refused(
    url.href,
    `${url.href} redirected to ${origin}, which is not allowed: timelines load only from ${from}.`,
  );
}

/** "data/war-2022.json" → "war-2022": a title for a TimelineJS file that has none. */
function fileTitle(url: URL): string | undefined {
  const last = url.pathname.split('/').pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // Keep it as written.
  }
  return name.replace(/\.json$/i, '') || undefined;
}
