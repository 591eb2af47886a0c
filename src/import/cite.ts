/** A TimelineJS cite ("Name, role") read as a person's name and role. */

/** "Jens Stoltenberg, NATO Secretary-General" → name and role; suffixes stay with the name. */
export function splitCite(cite: string): { name: string; role?: string } {
  const at = citeSeparator(cite);
  if (!at) return { name: cite.trim() };
  let name = cite.slice(0, at.start).trim();
  let rest = cite.slice(at.end).trim();
  const suffix = /^(Jr\.?|Sr\.?|II|III|IV)(?=$|[\s,])/.exec(rest);
  if (suffix) {
    name = `${name}, ${suffix[1]}`;
    rest = rest
      .slice(suffix[0].length)
      .replace(/^(?:,\s*|\s+[—–-]\s+|\s+)/, '')
      .trim();
  }
  return rest ? { name, role: rest } : { name };
}

/**
 * Where the name ends in a cite: the first ", " or spaced dash (" — ", " – ", " - ") with
 * something on both sides. Found with `indexOf` and a fixed-width pattern: a pattern like
 * `(.+?)\s+[—–-]\s+` would rescan a long run of spaces from each of its spaces.
 */
function citeSeparator(cite: string): { start: number; end: number } | undefined {
  if (/[\n\r\u2028\u2029]/.test(cite)) return undefined; // A cite is one line.
  const text = cite;
  let comma = text.indexOf(',', 1);
  if (comma === text.length - 1) comma = -1;
  const dash = /\s[—–-]\s/.exec(text.slice(1));
  const dashAt = dash ? dash.index + 1 : -1;
  if (dashAt >= 0 && (comma < 0 || dashAt < comma) && dashAt + 3 < text.length) {
    return { start: dashAt, end: dashAt + 3 };
  }
  return comma >= 0 ? { start: comma, end: comma + 1 } : undefined;
}
