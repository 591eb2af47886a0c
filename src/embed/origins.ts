/**
 * An embedder's list of origins timelines may also come from: "https://a.example
 * https://b.example:8443" (spaces or commas). Each must be an origin exactly — scheme, host and
 * port, nothing after — because it is compared as a string with the timeline's origin;
 * anything else is dropped rather than guessed at.
 */
export function parseOrigins(list: string | null | undefined): string[] {
  const origins: string[] = [];
  for (const item of (list ?? '').split(/[\s,]+/)) {
    if (!item) continue;
    let url: URL;
    try {
      url = new URL(item);
    } catch {
      continue;
    }
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === item) {
      origins.push(url.origin);
    }
  }
  return origins;
}
