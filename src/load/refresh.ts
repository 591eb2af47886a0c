/**
 * The `refresh=<seconds>` of a live story, read on first load: apart from the polling code, which
 * loads only when a story asks for it.
 */

/** No story needs fresher news than this, and no server should be asked more often. */
export const MIN_REFRESH_S = 30;

/** `refresh=` as given → seconds between polls (at least MIN_REFRESH_S), or null for none. */
export function refreshSeconds(value: string | null | undefined): number | null {
  if (value == null || value.trim() === '') return null;
  const s = Number(value);
  if (!Number.isFinite(s) || s <= 0) return null;
  return Math.max(MIN_REFRESH_S, Math.round(s));
}
