/**
 * The iframe's side of the conversation with its host page: it tells the parent its height
 * whenever its box changes (ResizeObserver), in every format hosts listen for, and what the
 * reader selected; it listens only to its own parent window. Under WordPress (a `#?secret=` in
 * the address) it also hands link clicks to the host, as wp-embed.js expects.
 */
import {
  heightMessages,
  readParentMessage,
  wordpressLink,
  wordpressSecret,
  type ParentMessage,
} from './messages';

export interface FrameChildOptions {
  /** pym.js's id for this child, from the `childId` URL parameter. */
  childId: string | null;
  /** Requests from the parent: article steps and events to open. */
  onmessage: (message: ParentMessage) => void;
  /** The parent window; a page opened on its own has none and nothing is sent. */
  parent?: Window | null;
  /** WordPress's secret; default: read from the page's `#?secret=…`. */
  secret?: string | null;
}

export class FrameChild {
  readonly #childId: string | null;
  readonly #parent: Window | null;
  readonly #onmessage: (message: ParentMessage) => void;
  readonly #secret: string | null;
  #height = -1;
  #element: Element | null = null;

  constructor(options: FrameChildOptions) {
    this.#childId = options.childId;
    this.#onmessage = options.onmessage;
    const parent = options.parent === undefined ? window.parent : options.parent;
    this.#parent = parent && parent !== window ? parent : null;
    this.#secret =
      options.secret === undefined ? wordpressSecret(window.location.hash) : options.secret;
  }

  /** Starts listening to the parent and measuring `element`. Returns the function that stops. */
  start(element: Element): () => void {
    this.#element = element;
    const observer = new ResizeObserver(() => this.#postHeight(false));
    observer.observe(element);
    const onMessage = (event: MessageEvent) => {
      // Only our own parent may talk to us; other frames and windows are ignored.
      if (!this.#parent || event.source !== this.#parent) return;
      const message = readParentMessage(event.data, this.#childId, this.#secret);
      if (!message) return;
      if (message.type === 'height?') this.#postHeight(true);
      else this.#onmessage(message);
    };
    window.addEventListener('message', onMessage);
    // Under WordPress a click on a link is the host's to follow (its sandbox may block ours).
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!this.#secret || !(link instanceof HTMLAnchorElement)) return;
      if (link.protocol !== 'http:' && link.protocol !== 'https:') return;
      this.#post(wordpressLink(link.href, this.#secret));
      // wp-embed.js follows links to the embed's own host; others keep their own behaviour.
      if (link.host === window.location.host) event.preventDefault();
    };
    document.addEventListener('click', onClick);
    this.#postHeight(false);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
      document.removeEventListener('click', onClick);
      this.#element = null;
    };
  }

  /** Tells the parent what the reader opened (null: closed), for the host's analytics. */
  postSelect(id: string | null, title: string | null): void {
    this.#post({ type: 'dateline:select', id, title });
  }

  #postHeight(always: boolean): void {
    if (!this.#element) return;
    const height = Math.ceil(this.#element.getBoundingClientRect().height);
    if (height === this.#height && !always) return;
    this.#height = height;
    for (const message of heightMessages(height, this.#childId, this.#secret)) this.#post(message);
  }

  // Heights and event ids are public: any host may read them, so no target origin is needed.
  #post(message: unknown): void {
    this.#parent?.postMessage(message, '*');
  }
}
