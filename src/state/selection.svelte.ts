import { eventFromHash } from './url-params';

/**
 * The selected event, kept in the page address (`#event-id`) so a link opens the same event and
 * back/forward walk through what the reader chose. An id the timeline does not have is not an
 * error: the whole timeline shows, with a gentle notice.
 */
export class Selection {
  id = $state<string | null>(null);
  /** The unknown id last asked for, to tell the reader about; null when all is well. */
  unknownId = $state<string | null>(null);
  readonly #known: (id: string) => boolean;
  /**
   * False for a reader that shares its page with others (custom elements): it then never
   * writes the page's hash nor listens to it, so instances keep their own selections.
   */
  readonly #ownsAddress: boolean;

  /** `isKnown` answers whether the timeline has an event with that id. */
  constructor(
    isKnown: (id: string) => boolean,
    initial: string | null = null,
    options: { ownsAddress?: boolean } = {},
  ) {
    this.#known = isKnown;
    this.#ownsAddress = options.ownsAddress ?? true;
    this.#apply(initial);
  }

  /** Selects an event (or clears with null) and records it in the address. */
  select(id: string | null, options: { history?: 'push' | 'replace' | 'none' } = {}): void {
    this.#apply(id);
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
    const onChange = () => this.#apply(eventFromHash(window.location.hash));
    window.addEventListener('popstate', onChange);
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('popstate', onChange);
      window.removeEventListener('hashchange', onChange);
    };
  }

  #apply(id: string | null): void {
    if (id !== null && !this.#known(id)) {
      this.unknownId = id;
      this.id = null;
      return;
    }
    this.unknownId = null;
    this.id = id;
  }
}
