/**
 * What a page address can ask of the reader: `?src=…&event=…&theme=…&locale=…&header=…&editor`
 * `&refresh=…` (and the iframe embed's `height`) and `#event-id`.
 */
import { embedHeight } from '../layout/embed-box';
import { refreshSeconds } from '../load/refresh';

export interface ReaderParams {
  /** Timeline address, relative to the page; null means the default timeline. */
  src: string | null;
  /** Event to select first: the hash wins over `event=`. */
  event: string | null;
  theme: Theme;
  /** Overrides the timeline file's own locale. */
  locale: string | null;
  /** How much of the timeline's header an embed shows (the article has its own); see `Header`. */
  header: Header;
  /** `editor` or `embed-code` is present: the About disclosure offers the Embed snippets. */
  editor: boolean;
  /** The embed's fixed height, px (`height`, clamped; see embed-box.ts); the app has none. */
  height: number;
  /** A live story: seconds between polls of `src` (`refresh`, at least 30), or null. */
  refresh: number | null;
}

/** `none`: no header; `title`: the title only (embeds' default); `full`: title and About. */
export type Header = 'none' | 'title' | 'full';

const HEADERS: readonly Header[] = ['none', 'title', 'full'];

/** A `header` parameter or attribute as written → what it asks for, else `fallback`. */
export function readHeader(value: string | null | undefined, fallback: Header): Header {
  const v = value?.trim().toLowerCase();
  return HEADERS.find((h) => h === v) ?? fallback;
}

export type Theme = 'light' | 'dark' | 'auto';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** Reads the page address; `header` defaults to `full` in the app and `title` in embeds. */
export function readParams(url: URL, defaultHeader: Header = 'full'): ReaderParams {
  const q = url.searchParams;
  const theme = q.get('theme');
  return {
    src: q.get('src'),
    event: eventFromHash(url.hash) ?? (q.get('event') || null),
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : 'auto',
    locale: q.get('locale') || null,
    header: readHeader(q.get('header'), defaultHeader),
    editor: q.has('editor') || q.has('embed-code'),
    height: embedHeight(q.get('height')),
    refresh: refreshSeconds(q.get('refresh')),
  };
}

/**
 * `#brussels-press-conference` → its id; an empty or bare hash → null, and so is `#?…`: that is
 * parameters (WordPress frames its embeds at `#?secret=…`), never an id, which starts with a
 * letter or digit.
 */
export function eventFromHash(hash: string): string | null {
  if (!hash || hash === '#' || hash.startsWith('#?')) return null;
  try {
    return decodeURIComponent(hash.slice(1)) || null;
  } catch {
    return hash.slice(1) || null;
  }
}
