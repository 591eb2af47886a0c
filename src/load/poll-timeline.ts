/**
 * One conditional re-fetch of a timeline that is already on screen: `If-None-Match` and
 * `If-Modified-Since` with what the last answer said, so an unchanged file costs a 304 and no
 * parsing. Everything else — the origin rule after redirects, HTTP errors, the checks — is
 * `fetchTimeline`'s, so a live update is held to the same rules as the first load. It is passed
 * in (`load`) rather than imported: the reader already has it, and the polling code loads on its
 * own, only for live stories (the element's lazy modules are built apart and would copy it).
 *
 * From another origin those two headers would need a CORS preflight that a plain static host
 * refuses: there (`crossOrigin`) the request carries none, and `cache: 'no-cache'` has the browser
 * revalidate with its own copy's validators instead — a 304 still costs no download.
 */
import type { fetchTimeline, FetchResult } from './fetch-timeline';

/** What the server said about the version the reader has (HTTP validators). */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type PollResult =
  | { status: 'unchanged'; validators: Validators }
  | { status: 'changed'; result: FetchResult & { ok: true }; validators: Validators }
  | { status: 'failed'; result: FetchResult & { ok: false } };

export interface PollOptions {
  /** `fetchTimeline`: fetches and checks the file. */
  load: typeof fetchTimeline;
  fetchFn?: typeof fetch;
  allowedOrigins?: readonly string[];
  /**
   * Where media may come from: the first load's list (the page's origin and the embedder's), so
   * an update shows a picture exactly when the first load would have. Without it, fetchTimeline's
   * default, which lacks the page's origin when the file is on another.
   */
  mediaOrigins?: readonly string[];
  timeoutMs?: number;
  /** The file is on another origin than the page: no conditional headers (see above). */
  crossOrigin?: boolean;
}

export const NO_VALIDATORS: Validators = { etag: null, lastModified: null };

export async function pollTimeline(
  url: URL,
  since: Validators,
  {
    load,
    fetchFn = fetch,
    allowedOrigins = [],
    mediaOrigins,
    timeoutMs,
    crossOrigin = false,
  }: PollOptions,
): Promise<PollResult> {
  let answer: Response | undefined;
  const conditional: typeof fetch = async (input, init) => {
    if (crossOrigin) return (answer = await fetchFn(input, { ...init, cache: 'no-cache' }));
    const headers = new Headers(init?.headers);
    if (since.etag) headers.set('If-None-Match', since.etag);
    if (since.lastModified) headers.set('If-Modified-Since', since.lastModified);
    // no-store: the browser must neither answer from its cache nor turn our 304 into a 200.
    answer = await fetchFn(input, { ...init, headers, cache: 'no-store' });
    return answer;
  };
  const result = await load(url, conditional, timeoutMs, allowedOrigins, mediaOrigins);
  const validators: Validators = {
    etag: answer?.headers.get('ETag') ?? since.etag,
    lastModified: answer?.headers.get('Last-Modified') ?? since.lastModified,
  };
  if (!result.ok && result.kind === 'http' && answer?.status === 304)
    return { status: 'unchanged', validators };
  if (!result.ok) return { status: 'failed', result };
  return { status: 'changed', result, validators };
}
