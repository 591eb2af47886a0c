/** Periods (issue 12 §2): the schema, the rules and their located errors, normalisation. */
import { describe, expect, it } from 'vitest';
import { parseTimelineText, validateTimeline } from '../../../src/validate/validate';

const base = {
  version: 1,
  title: 'T',
  groups: { us: { label: 'US' } },
  events: [{ id: 'a', date: '2023-02-18', title: 'A' }],
};
const withPeriods = (periods: unknown[]) => JSON.stringify({ ...base, periods }, null, 2);

describe('periods', () => {
  it('normalise sorted, with parsed dates and an inclusive end', () => {
    const result = validateTimeline({
      ...base,
      periods: [
        { id: 'term', label: ' Second term ', date: '2013', end: '2016', group: 'us' },
        {
          id: 'msc',
          label: 'Munich Security Conference',
          date: '2023-02-17',
          end: '2023-02-19',
          color: '#aa3300',
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [term, msc] = result.timeline.periods!;
    expect(term!.label).toBe('Second term');
    expect(term!.stop).toBe(Date.UTC(2017, 0, 1));
    expect(term!.group).toBe('us');
    expect(msc!.start).toBe(Date.UTC(2023, 1, 17));
    expect(msc!.stop).toBe(Date.UTC(2023, 1, 20));
    expect(msc!.color).toBe('#aa3300');
  });

  it('may overlap, and a file without periods has none', () => {
    const overlapping = [
      { id: 'x', label: 'X', date: '2020', end: '2024' },
      { id: 'y', label: 'Y', date: '2022', end: '2023' },
    ];
    expect(validateTimeline({ ...base, periods: overlapping }).ok).toBe(true);
    const plain = validateTimeline(base);
    expect(plain.ok && plain.timeline.periods).toBeUndefined();
  });

  it.each([
    // periods, path, words of the message
    [
      [{ id: 'p', label: 'P', date: '2023', end: '2022' }],
      '$.periods[0].end',
      'before the date the period starts',
    ],
    [
      [{ id: 'p', label: 'P', date: '2023', end: '2024', group: 'uss' }],
      '$.periods[0].group',
      'us',
    ],
    [[{ id: 'p', label: 'P', date: '2023' }], '$.periods[0].end', 'this period has no "end"'],
    [
      [{ id: 'p', label: 'P', date: '2023-02-30', end: '2024' }],
      '$.periods[0].date',
      'February 2023 has 28 days',
    ],
    [[{ id: 'p', label: '', date: '2023', end: '2024' }], '$.periods[0].label', 'empty'],
    [
      [{ id: 'p', label: 'P', date: '2023', end: '2024', color: 'red' }],
      '$.periods[0].color',
      '#rrggbb',
    ],
    [
      [{ id: 'p', label: 'P', date: '2023', end: '2024', colour: '#ffffff' }],
      '$.periods[0].colour',
      'did you mean "color"',
    ],
    [
      [
        { id: 'p', label: 'P', date: '2023', end: '2024' },
        { id: 'p', label: 'Q', date: '2023', end: '2024' },
      ],
      '$.periods[1].id',
      'already used by $.periods[0]',
    ],
    [{ id: 'p' }, '$.periods', 'list'],
  ])('%j: located error at %s', (periods, path, words) => {
    const result = parseTimelineText(withPeriods(periods as unknown[]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem!.message).toContain(words);
    expect(problem!.line).toBeGreaterThan(1);
  });
});
