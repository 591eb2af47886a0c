/**
 * A live story (`refresh=<seconds>`): polls its file and turns each good new version into what the
 * reader shows — the timeline, the events to mark as new, one polite message — and each failed
 * one into "not updated since 14:05". Loaded with `import()` only for stories that ask for it, and
 * free of runes: the element builds its lazy modules apart from its own Svelte runtime, so this
 * hands plain values to the reader shell, which holds them in its state.
 */
import type { Timeline } from '../format/types';
import type { Messages } from '../i18n/messages';
import type { fetchTimeline } from '../load/fetch-timeline';
import { LiveSource } from '../load/live-source';
import type { Validators } from '../load/poll-timeline';
import { mergeUpdate, opened } from '../query/live-merge';

/** What the reader shows of a live story; a new object at each change. */
export interface LiveView {
  timeline: Timeline;
  /** Events that came with an update and the reader has not opened yet. */
  fresh: ReadonlySet<string>;
  /** "Not updated since 14:05" while the last poll failed; '' once one succeeds. */
  stale: string;
  /** The last update, said once ('' before any): "2 new events". */
  said: string;
}

export interface LiveStoryOptions {
  url: URL;
  /** Seconds between polls (already at least MIN_REFRESH_S); `LiveStory.every` changes it. */
  every: number;
  /** The version on screen, and its validators when its load had them. */
  timeline: Timeline;
  validators?: Validators;
  messages: Messages;
  /** The timeline's language tag: the time in the stale notice is written its way. */
  lang: string;
  load: typeof fetchTimeline;
  allowedOrigins: readonly string[];
  /** Where media may come from: the first load's list (`TimelineLoader.mediaOrigins`). */
  mediaOrigins: readonly string[];
  /** The page's origin: a file from another one is polled without conditional headers. */
  pageOrigin: string;
  onview: (view: LiveView) => void;
  /** The document whose visibility pauses polling (tests give their own). */
  doc?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

export interface LiveStory {
  /** The reader opened an event: it is not new any more. */
  opened(id: string | null): void;
  /**
   * The page changed `refresh`: polls from now on every `seconds`, or none while null. What the
   * reader has — the marks, the version and its validators, a stale notice — stays: only another
   * `src` starts afresh (with another story).
   */
  every(seconds: number | null): void;
  stop(): void;
}

/** The time of `since` for the stale notice: "14:05", or with the day when it was not today. */
export function staleTime(since: Date, now: Date, lang: string): string {
  const sameDay = since.toDateString() === now.toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(since);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(since);
  }
}

export function followStory(o: LiveStoryOptions): LiveStory {
  let view: LiveView = { timeline: o.timeline, fresh: new Set(), stale: '', said: '' };
  let updates = 0;
  const show = (next: Partial<LiveView>) => o.onview((view = { ...view, ...next }));
  const source = new LiveSource({
    url: o.url,
    every: o.every,
    validators: o.validators,
    fetching: {
      load: o.load,
      allowedOrigins: o.allowedOrigins,
      mediaOrigins: o.mediaOrigins,
      crossOrigin: o.url.origin !== o.pageOrigin,
    },
    doc: o.doc ?? document,
    onupdate: (timeline) => {
      const merged = mergeUpdate(view.timeline, timeline, view.fresh);
      if (merged.timeline === view.timeline && !view.stale) return;
      const words = o.messages.liveUpdate(merged.added, merged.changed, merged.removed);
      // The same words as last time are still news: a silent no-break space makes them differ.
      if (words) updates++;
      const said = words ? words + (updates % 2 ? '' : '\u00a0') : view.said;
      show({ timeline: merged.timeline, fresh: merged.fresh, stale: '', said });
    },
    onstale: (since) =>
      show({ stale: o.messages.notUpdatedSince(staleTime(since, new Date(), o.lang)) }),
    onfresh: () => show({ stale: '' }),
  });
  source.start();
  // At once, with nothing to say yet: the live region is on the page before its first message.
  show({});
  return {
    opened(id) {
      const fresh = opened(view.fresh, id);
      if (fresh !== view.fresh) show({ fresh });
    },
    every(seconds) {
      if (seconds === null) return source.stop();
      source.setEvery(seconds);
      source.start();
    },
    stop: () => source.stop(),
  };
}
