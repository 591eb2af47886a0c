/**
 * index.html starts downloading the timeline with a few lines of inline script, before the
 * reader's own code has even arrived: on a fresh load the file is then often already here when
 * the reader asks for it (on a 10,000-event file that is most of a 200 ms download). The reader
 * takes that response once, and only for exactly the address it would fetch itself; any other
 * address, a retry, or a page without the inline script fetches as usual.
 */
export interface EarlyFetch {
  href: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __datelineEarly?: EarlyFetch;
  }
}

const hrefOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** `fetchFn`, except that the first request for the early address gets the early response. */
export function withEarlyFetch(fetchFn: typeof fetch, scope: Window = window): typeof fetch {
  return (input, init) => {
    const early = scope.__datelineEarly;
    if (!early || early.href !== hrefOf(input)) return fetchFn(input, init);
    delete scope.__datelineEarly;
    const signal = init?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    // The early request carries no timeout of its own: the reader's still applies.
    return new Promise((ok, fail) => {
      signal?.addEventListener('abort', () => fail(signal.reason as Error), { once: true });
      early.response.then(ok, fail);
    });
  };
}
