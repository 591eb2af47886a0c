/**
 * Keeps a timeline that is on screen in step with its file, for stories that grow while they are
 * read (`refresh=<seconds>`, at least 30). It polls with `pollTimeline` only while the page is
 * visible, backs off on errors (doubling, up to ten minutes), and hands over a new version only
 * when it is valid: a failed or invalid update keeps the last good timeline and says since when.
 */
import type { Timeline } from '../format/types';
import {
  NO_VALIDATORS,
  pollTimeline,
  type PollOptions,
  type PollResult,
  type Validators,
} from './poll-timeline';

export { MIN_REFRESH_S, refreshSeconds } from './refresh';
export const MAX_BACKOFF_S = 600;

export interface LiveSourceOptions {
  url: URL;
  /** Seconds between polls (already at least MIN_REFRESH_S); `setEvery` changes it. */
  every: number;
  /** A new, valid version of the timeline. */
  onupdate: (timeline: Timeline) => void;
  /** The last poll failed (HTTP, network, an invalid file): `since` is when the last good one came. */
  onstale: (since: Date) => void;
  /** A poll succeeded after failures (changed or not). */
  onfresh?: () => void;
  /** How each poll fetches and checks (see `pollTimeline`); `poll` replaces it in tests. */
  fetching?: PollOptions;
  /** The validators of the version on screen, when its first load had them. */
  validators?: Validators;
  /** For tests: the poll, the clock, timers and the document whose visibility counts. */
  poll?: (url: URL, since: Validators) => Promise<PollResult>;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  doc?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

export class LiveSource {
  readonly #o: LiveSourceOptions;
  readonly #poll: (url: URL, since: Validators) => Promise<PollResult>;
  #every: number;
  #validators: Validators;
  #lastGood: Date;
  #failures = 0;
  #timer: unknown = null;
  /** When the wait for the next poll began, and when it ends. */
  #from = 0;
  #due = 0;
  #busy = false;
  #stopped = true;

  constructor(options: LiveSourceOptions) {
    this.#o = options;
    this.#every = options.every;
    this.#validators = options.validators ?? NO_VALIDATORS;
    const { poll, fetching } = options;
    if (!poll && !fetching) throw new Error('LiveSource: give it `fetching` or `poll`');
    this.#poll = poll ?? ((url, since) => pollTimeline(url, since, fetching!));
    this.#lastGood = this.#now();
  }

  /** Starts polling; returns the function that stops it. */
  start(): () => void {
    if (!this.#stopped) return () => this.stop();
    this.#stopped = false;
    this.#o.doc?.addEventListener('visibilitychange', this.#onVisibility);
    // Started again after a pause: a backoff still counts.
    this.#schedule(this.delay);
    return () => this.stop();
  }

  stop(): void {
    this.#stopped = true;
    this.#cancel();
    this.#o.doc?.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** Seconds until the next poll, with the backoff of the failures so far. */
  get delay(): number {
    return Math.min(MAX_BACKOFF_S, this.#every * 2 ** this.#failures);
  }

  /**
   * A new interval (the page changed `refresh`). Everything else carries on — the validators of
   * the version on screen, the backoff, since when it is stale — and the next poll falls due the
   * new interval after the wait began: at once when that has passed.
   */
  setEvery(seconds: number): void {
    if (seconds === this.#every) return;
    this.#every = seconds;
    // Stopped, it waits for start(); in the middle of a poll, the poll schedules the next one.
    if (this.#stopped || this.#busy) return;
    this.#due = this.#from + this.delay * 1000;
    this.#cancel();
    if (this.#hidden()) return;
    const wait = Math.max(0, this.#due - this.#now().getTime());
    this.#timer = this.#setTimer(() => void this.poll(), wait);
  }

  /** One poll now (also what the timer runs). */
  async poll(): Promise<void> {
    if (this.#busy || this.#stopped) return;
    if (this.#hidden()) return; // resumed by visibilitychange
    this.#busy = true;
    try {
      const answer = await this.#poll(this.#o.url, this.#validators);
      if (this.#stopped) return;
      if (answer.status === 'failed') {
        this.#failures++;
        this.#o.onstale(this.#lastGood);
      } else {
        const recovered = this.#failures > 0;
        this.#failures = 0;
        this.#validators = answer.validators;
        this.#lastGood = this.#now();
        if (answer.status === 'changed') this.#o.onupdate(answer.result.timeline);
        if (recovered) this.#o.onfresh?.();
      }
    } finally {
      this.#busy = false;
      if (!this.#stopped) this.#schedule(this.delay);
    }
  }

  #onVisibility = () => {
    if (this.#hidden()) return this.#cancel();
    // Back in view: poll at once when a poll fell due while hidden, else when it falls due.
    const wait = Math.max(0, this.#due - this.#now().getTime());
    this.#cancel();
    this.#timer = this.#setTimer(() => void this.poll(), wait);
  };

  #schedule(seconds: number): void {
    this.#cancel();
    this.#from = this.#now().getTime();
    this.#due = this.#from + seconds * 1000;
    if (this.#hidden()) return;
    this.#timer = this.#setTimer(() => void this.poll(), seconds * 1000);
  }

  #cancel(): void {
    if (this.#timer !== null) (this.#o.clearTimer ?? clearTimeout)(this.#timer as number);
    this.#timer = null;
  }

  #hidden(): boolean {
    return this.#o.doc?.visibilityState === 'hidden';
  }

  #now(): Date {
    return this.#o.now?.() ?? new Date();
  }

  #setTimer(run: () => void, ms: number): unknown {
    return (this.#o.setTimer ?? setTimeout)(run, ms);
  }
}
