import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../src/validate/validate';
import { generateTimelineInput } from '../support/generate-input';

describe('generateTimelineInput', () => {
  it.each([10, 500, 10_000])('makes a valid timeline of %i events', (n) => {
    const result = validateTimeline(generateTimelineInput(n));
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    expect(result.ok && result.timeline.events.length).toBe(n);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateTimelineInput(50, 7)).toEqual(generateTimelineInput(50, 7));
    expect(generateTimelineInput(50, 7)).not.toEqual(generateTimelineInput(50, 8));
  });

  it('puts about a tenth of a sparse timeline on the same day as the event before', () => {
    const { events } = generateTimelineInput(300);
    const day = (s: string) => s.slice(0, 10);
    const same = events.filter((e, i) => i > 0 && day(e.date) === day(events[i - 1]!.date)).length;
    expect(same / events.length).toBeGreaterThan(0.08);
    expect(same / events.length).toBeLessThan(0.2);
  });
});
