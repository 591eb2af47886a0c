/**
 * A page the build moves (`src/pages/embed.html` → `embed.html`) keeps working: with a relative
 * `base`, Vite writes each page's asset addresses relative to where the page was in the sources
 * (`../../assets/…`), so the move rewrites them relative to where the page is served from.
 * Only addresses that start with `./` or `../` (Vite's) are touched; a page's own relative
 * addresses (`data/x.json`, `embed/parent.js`) are written for the place it is served from.
 */
import { posix } from 'node:path';

export function relocatePage(html: string, from: string, to: string): string {
  const fromDir = posix.dirname(from);
  const toDir = posix.dirname(to);
  return html.replace(/(\s(?:src|href)=")(\.\.?\/[^"]*)"/g, (_all, attr: string, url: string) => {
    const path = posix.relative(toDir, posix.join(fromDir, url));
    return `${attr}${path.startsWith('../') ? path : `./${path}`}"`;
  });
}
