/**
 * Undo and redo over immutable values. Changes given the same `group` within a second (typing
 * in one cell, a run of keystrokes in the JSON) are one step, as in any editor.
 */
export class History<T> {
  #past: T[] = [];
  #future: T[] = [];
  #group: string | null = null;
  #at = 0;

  constructor(
    public current: T,
    private readonly limit = 200,
  ) {}

  /** Records `next` as the current value; `now` is for tests. */
  push(next: T, group: string | null = null, now = Date.now()): void {
    const joins = group !== null && group === this.#group && now - this.#at < 1000;
    if (!joins) {
      this.#past.push(this.current);
      if (this.#past.length > this.limit) this.#past.shift();
    }
    this.current = next;
    this.#future = [];
    this.#group = group;
    this.#at = now;
  }

  undo(): boolean {
    const previous = this.#past.pop();
    if (previous === undefined) return false;
    this.#future.push(this.current);
    this.current = previous;
    this.#group = null;
    return true;
  }

  redo(): boolean {
    const next = this.#future.pop();
    if (next === undefined) return false;
    this.#past.push(this.current);
    this.current = next;
    this.#group = null;
    return true;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }
}
