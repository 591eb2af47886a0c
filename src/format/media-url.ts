/**
 * A media address is relative to the timeline file, as `url()` is in a stylesheet: `img/a.jpg`
 * in `data/war.json` is `data/img/a.jpg`. When the file's address is absolute (the reader knows
 * it after fetching), so is the answer; when it is relative to the page (the static page, built
 * before it has an address), the answer is relative to the page too, `..` kept where it climbs
 * above the page's folder.
 */

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// A made-up origin, deep enough that `..` never reaches its root: what is left of the depth
// after resolving says how many levels the address climbed above the page's folder.
const DEPTH = 64;
const PAGE = `https://page.invalid/${'d/'.repeat(DEPTH)}`;

export function resolveMediaUrl(src: string, file: string): string {
  const ref = src.trim();
  if (SCHEME.test(file)) return new URL(ref, file).href;
  const url = new URL(ref, new URL(file, PAGE));
  if (url.origin !== 'https://page.invalid') return url.href;
  // "/img/a.jpg" stays as written: relative to the site's root, wherever the page is.
  if (ref.startsWith('/')) return `${url.pathname}${url.search}${url.hash}`;
  const segments = url.pathname.split('/').slice(1);
  let kept = 0;
  while (kept < DEPTH && segments[kept] === 'd') kept++;
  const climbed = DEPTH - kept;
  const rest = segments.slice(kept).join('/');
  return `${'../'.repeat(climbed)}${rest}${url.search}${url.hash}`;
}
