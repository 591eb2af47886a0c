/** Links found in HTML: which are kept (absolute http(s) addresses only), without repeats. */
import type { HtmlLink, HtmlNotice } from './html-types';

/** Why a link is not kept, or `undefined` when it is a usable web address. */
export function linkProblem(href: string): HtmlNotice | undefined {
  // Browsers ignore tabs and line breaks anywhere in a URL and controls at its ends.
  const cleaned = trimUrl(href.replace(/[\t\n\r]/g, ''));
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {
    return {
      severity: 'warning',
      message: `removed a ${scheme}: link (links can only point to web pages); its text was kept`,
    };
  }
  if (scheme === 'http' || scheme === 'https') {
    try {
      new URL(cleaned);
      return undefined;
    } catch {
      return {
        severity: 'warning',
        message: `the link ${JSON.stringify(cleaned)} is not a valid web address and was not imported; its text was kept`,
      };
    }
  }
  return {
    severity: 'warning',
    message:
      `the link ${JSON.stringify(cleaned.slice(0, 80))} is not a full http(s) address and was ` +
      'not imported; its text was kept',
  };
}

/**
 * Without the controls and spaces (U+0000–U+0020) at either end, as URL parsing drops them.
 * A loop rather than `/[\u0000-\u0020]+$/`, which retries from every space of a long run.
 */
function trimUrl(url: string): string {
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start++;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
  return url.slice(start, end);
}

export function dedupeLinks(links: HtmlLink[]): HtmlLink[] {
  const seen = new Set<string>();
  return links.filter((l) => (seen.has(l.url) ? false : (seen.add(l.url), true)));
}
