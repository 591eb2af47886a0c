/**
 * Shared by the date tests, which run in three far-apart zones (vite.config.ts, ZONES): each
 * file first proves the zone it runs in is one of them and that the runtime honours it, or
 * "prints the same in every zone" would prove nothing.
 */
import { describe, expect, it } from 'vitest';
import { isPartialDateError, parsePartialDate } from '../../src/dates/partial-date';
import type { PartialDate } from '../../src/format/types';

/** Each pinned zone's offset on 1 January 2023, as `getTimezoneOffset` gives it (minutes). */
export const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0,
  'Pacific/Kiritimati': -840,
  'Pacific/Pago_Pago': 660,
};

/** The test every date file starts with: this run's zone is pinned and honoured. */
export function describeTestZone(): void {
  describe('time zone of this run', () => {
    it('is one of the pinned zones and the runtime honours it', () => {
      const zone = process.env.TZ ?? '';
      expect(Object.keys(ZONE_OFFSETS)).toContain(zone);
      expect(new Date(2023, 0, 1).getTimezoneOffset()).toBe(ZONE_OFFSETS[zone]);
    });
  });
}

/** A partial date the test knows is valid (throws otherwise). */
export function partialDate(raw: string): PartialDate {
  const result = parsePartialDate(raw);
  if (isPartialDateError(result)) throw new Error(result.error);
  return result;
}
