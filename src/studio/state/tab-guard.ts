/**
 * Warns when two tabs have the same draft open: each tab says which draft it holds, and answers
 * a newcomer that holds the same one. Nothing is merged; both tabs are told.
 */
type Message = { type: 'open' | 'here'; draft: string; tab: string };

export class TabGuard {
  readonly #channel: BroadcastChannel | null;
  readonly #tab = Math.random().toString(36).slice(2);
  #draft: string | null = null;

  constructor(private readonly onShared: (draft: string) => void) {
    this.#channel =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('dateline-studio');
    if (this.#channel) this.#channel.onmessage = (e: MessageEvent<Message>) => this.#heard(e.data);
  }

  /** This tab now holds `draft` (or none). */
  hold(draft: string | null): void {
    this.#draft = draft;
    if (draft)
      this.#channel?.postMessage({ type: 'open', draft, tab: this.#tab } satisfies Message);
  }

  close(): void {
    this.#channel?.close();
  }

  #heard(message: Message): void {
    if (message.tab === this.#tab || message.draft !== this.#draft) return;
    if (message.type === 'open') {
      this.#channel?.postMessage({
        type: 'here',
        draft: message.draft,
        tab: this.#tab,
      } satisfies Message);
    }
    this.onShared(message.draft);
  }
}
