/**
 * A Time cell as TimelineJS reads it: "14:30", "2:30 PM", "1430", "14:30:05", "14.30", with
 * an optional fraction of a second.
 */
export function parseTime(
  text: string,
): { hour: number; minute?: number; second?: number; millisecond?: number } | { error: string } {
  const fail = {
    error: `the time ${JSON.stringify(text)} is not a time; write it as 14:30, 2:30 PM or 14:30:05`,
  };
  let s = text.trim();
  let period: 'am' | 'pm' | undefined;
  // No leading `\s*`: from every space of a long run it would scan to the end again. `s` is
  // trimmed, and the part before the period is trimmed below.
  const p = /([AaPp])\.?\s*[Mm]\.?$/.exec(s);
  if (p) {
    period = p[1]!.toLowerCase() === 'p' ? 'pm' : 'am';
    s = s.slice(0, p.index).trim();
  }
  const m = /^(\d{1,2})(?:[:.]?(\d{2})(?:[:.](\d{2})(?:[.,](\d{1,3}))?)?)?$/.exec(s);
  if (!m) return fail;
  let hour = Number(m[1]);
  if (period) {
    if (hour < 1 || hour > 12) {
      return {
        error: `the hour ${hour} does not exist on a 12-hour clock; hours run from 1 to 12 with AM/PM`,
      };
    }
    if (period === 'pm' && hour !== 12) hour += 12;
    if (period === 'am' && hour === 12) hour = 0;
  }
  if (hour > 23) return { error: `the hour ${hour} does not exist; hours run from 0 to 23` };
  const out: { hour: number; minute?: number; second?: number; millisecond?: number } = { hour };
  if (m[2] !== undefined) {
    out.minute = Number(m[2]);
    if (out.minute > 59)
      return { error: `the minute ${m[2]} does not exist; minutes run from 00 to 59` };
  }
  if (m[3] !== undefined) {
    out.second = Number(m[3]);
    if (out.second > 59)
      return { error: `the second ${m[3]} does not exist; seconds run from 00 to 59` };
  }
  if (m[4] !== undefined) out.millisecond = Number(m[4].padEnd(3, '0'));
  return out;
}
