import { fetchTimeline, resolveSource, type LoadFailure } from '../load/fetch-timeline';
import type { Timeline } from '../format/types';
import { withEarlyFetch } from '../load/early-fetch';
import type { Validators } from '../load/poll-timeline';
import { loadLanguage, type Language } from './reader-language';

export type { Language };

export type LoaderState =
  | { status: 'loading'; src: string }
  | {
      status: 'ready';
      src: string;
      timeline: Timeline;
      language: Language;
      /** What the server said of this version: a live story's first poll asks with it. */
      validators: Validators;
    }
  | { status: 'error'; failure: LoadFailure };

/** Loads one timeline for the page; `load()` again retries. The state is always one of three. */
export class TimelineLoader {
  state = $state.raw<LoaderState>({ status: 'loading', src: '' });
  readonly #src: string | null;
  readonly #page: URL;
  readonly #locale: string | null;
  readonly #allowedOrigins: readonly string[];
  /**
   * Where the timeline's media may come from: the rule `src` follows, the page's origin and those
   * the embedder lists. A live story's updates are held to this same list (state/live-story.ts).
   */
  readonly mediaOrigins: readonly string[];

  constructor(options: {
    src: string | null;
    page: URL;
    /** Overrides the file's locale. */
    locale?: string | null;
    allowedOrigins?: readonly string[];
  }) {
    this.#src = options.src;
    this.#page = options.page;
    this.#locale = options.locale ?? null;
    this.#allowedOrigins = options.allowedOrigins ?? [];
    this.mediaOrigins = [this.#page.origin, ...this.#allowedOrigins];
  }

  async load(fetchFn: typeof fetch = fetch): Promise<void> {
    const resolved = resolveSource(this.#src, this.#page, this.#allowedOrigins);
    if (!resolved.ok) {
      this.state = { status: 'error', failure: resolved };
      return;
    }
    this.state = { status: 'loading', src: resolved.url.href };
    const fetching = typeof window === 'undefined' ? fetchFn : withEarlyFetch(fetchFn);
    let validators: Validators = { etag: null, lastModified: null };
    const result = await fetchTimeline(
      resolved.url,
      async (input, init) => {
        const response = await fetching(input, init);
        const header = (name: string) => response.headers.get(name);
        validators = { etag: header('ETag'), lastModified: header('Last-Modified') };
        return response;
      },
      undefined,
      undefined,
      this.mediaOrigins,
    );
    if (!result.ok) {
      this.state = { status: 'error', failure: result };
      return;
    }
    const language = await loadLanguage(result.timeline, this.#locale ?? undefined);
    this.state = {
      status: 'ready',
      src: result.src,
      timeline: result.timeline,
      language,
      validators,
    };
  }
}
