/** BC and deep-time formatting loads on demand (issue 12): until then, dates print as written. */
import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatYearsAgo, loadHistoric } from '../../../src/dates/format-date';
import { isPartialDateError, parsePartialDate } from '../../../src/dates/partial-date';

const d = (raw: string) => {
  const result = parsePartialDate(raw);
  if (isPartialDateError(result)) throw new Error(result.error);
  return result;
};

describe('historic formatting on demand', () => {
  it('prints a BC date as written until loaded, then in words', async () => {
    expect(formatPartialDate(d('-0043-03-15'))).toBe('-0043-03-15');
    expect(formatYearsAgo(4_600_000_000, 'en-US', 'short')).toBe('-4600000000');
    expect(formatPartialDate(d('2023-02-21'))).toBe('Feb 21, 2023');
    await loadHistoric();
    expect(formatPartialDate(d('-0043-03-15'))).toBe('Mar 15, 44 BC');
    expect(formatYearsAgo(4_600_000_000, 'en-US', 'short')).toBe('4.6B years ago');
  });
});
