import { eventFromHash } from './url-params';

/**
 * The selected event, kept in the page address (`#event-id`) so a link opens the same event and
 * back/forward walk through what the reader chose. An id the timeline does not have is not an
 * error: the whole timeline shows, with a gentle notice.
 *
 * The host may ask for an event (the embed's `event`): what it asks is the selection until the
 * reader chooses another, and a new request wins again (a writable `$derived`, no effect).
 */
export class Selection {
  readonly #known: (id: string) => boolean;
  readonly #requested: () => string | null;
  /** What was last asked for: by the host, the reader or the address. */
  #asked = $derived.by(() => this.#requested());
  /**
   * False for a reader that shares its page with others (custom elements): it then never
   * writes the page's hash nor listens to it, so instances keep their own selections.
   */
  readonly #ownsAddress: boolean;

  /**
   * `isKnown` answers whether the timeline has an event with that id; `requested` is the event
   * the host asks for (a value, or a function read reactively so later requests win).
   */
  constructor(
    isKnown: (id: string) => boolean,
    requested: string | null | (() => string | null) = null,
    options: { ownsAddress?: boolean } = {},
  ) {
    this.#known = isKnown;
    this.#requested = typeof requested === 'function' ? requested : () => requested;
    this.#ownsAddress = options.ownsAddress ?? true;
  }

  /** The selected event's id, or null. */
  get id(): string | null {
    const asked = this.#asked;
    return asked !== null && this.#known(asked) ? asked : null;
  }

  /** The unknown id last asked for, to tell the reader about; null when all is well. */
  get unknownId(): string | null {
    const asked = this.#asked;
    return asked !== null && !this.#known(asked) ? asked : null;
  }

  /** Selects an event (or clears with null) and records it in the address. */
  select(id: string | null, options: { history?: 'push' | 'replace' | 'none' } = {}): void {
    this.#asked = id;
    const mode = options.history ?? 'push';
    if (mode === 'none' || !this.#ownsAddress || typeof window === 'undefined') return;
    const url = new URL(window.location.href);
    url.hash = this.id ? encodeURIComponent(this.id) : '';
    if (url.href === window.location.href) return;
    // An empty hash still leaves "#" behind unless we cut it.
    const next = this.id ? url.href : url.href.replace(/#$/, '');
    if (mode === 'push') window.history.pushState(null, '', next);
    else window.history.replaceState(null, '', next);
  }

  /** Follows the address after back/forward or an edited hash. Returns a cleanup function. */
  followAddress(): () => void {
    if (!this.#ownsAddress) return () => {};
    const onChange = () => (this.#asked = eventFromHash(window.location.hash));
    window.addEventListener('popstate', onChange);
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('popstate', onChange);
      window.removeEventListener('hashchange', onChange);
    };
  }
}
