/** What a page address can ask of the reader: `?src=…&event=…&theme=…&locale=…` and `#event-id`. */
export interface ReaderParams {
  /** Timeline address, relative to the page; null means the default timeline. */
  src: string | null;
  /** Event to select first: the hash wins over `event=`. */
  event: string | null;
  theme: Theme;
  /** Overrides the timeline file's own locale. */
  locale: string | null;
}

export type Theme = 'light' | 'dark' | 'auto';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export function readParams(url: URL): ReaderParams {
  const q = url.searchParams;
  const theme = q.get('theme');
  return {
    src: q.get('src'),
    event: eventFromHash(url.hash) ?? (q.get('event') || null),
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : 'auto',
    locale: q.get('locale') || null,
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
