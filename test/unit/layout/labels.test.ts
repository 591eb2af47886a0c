import { describe, expect, it } from 'vitest';
import { placeLabels, twoLineWidth, type LabelInput } from '../../../src/layout/labels';

const point = (x: number, oneLine: number, row = 0): LabelInput => ({
  row,
  x,
  bar: 0,
  oneLine,
  twoLines: Math.ceil(oneLine / 2) + 10,
});

describe('placeLabels', () => {
  it.each([
    [
      'room on the right: one line, right',
      [point(20, 100)],
      { side: 'right', lines: 1, cut: false },
    ],
    [
      'at the right edge: one line, left',
      [point(480, 100)],
      { side: 'left', lines: 1, cut: false },
    ],
    ['too long for one line: two lines', [point(20, 700)], { side: 'right', lines: 2, cut: false }],
    [
      'no room anywhere: cut, on the roomier side',
      [point(250, 1200)],
      { side: 'right', lines: 2, cut: true },
    ],
    ['off-screen: no label', [point(-30, 100)], { side: 'none' }],
  ] as const)('%s', (_, marks, expected) => {
    expect(placeLabels(marks, { width: 500 })[0]).toMatchObject(expected);
  });

  it('keeps every label inside the chart', () => {
    const marks = [point(5, 300), point(495, 300, 1), point(250, 900, 2)];
    for (const p of placeLabels(marks, { width: 500 })) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(500);
    }
  });

  it('leaves the next mark room for its label on the left when it sits at the edge', () => {
    const [a, b] = placeLabels([point(20, 400), point(480, 300)], { width: 500 });
    expect(b).toMatchObject({ side: 'left', cut: false });
    expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x);
    expect(a!.cut).toBe(false);
  });

  it('never overlaps labels of one row, and ignores other rows', () => {
    const marks = [point(20, 200), point(120, 200), point(60, 200, 1)];
    const [a, b, c] = placeLabels(marks, { width: 600 });
    expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x);
    expect(c).toMatchObject({ side: 'right', lines: 1 });
  });

  it("keeps a period's label at the left edge when its bar starts off-screen", () => {
    const [p] = placeLabels([{ row: 0, x: -300, bar: 500, oneLine: 120, twoLines: 70 }], {
      width: 500,
    });
    expect(p).toMatchObject({ side: 'right', lines: 1, x: 4, cut: false });
  });
});

describe('twoLineWidth', () => {
  const measure = (s: string) => s.length;
  it.each([
    ['one two three four', 10],
    ['unbreakable', 11],
    ['a bb', 2],
  ])('%s → %i', (text, w) => {
    expect(twoLineWidth(text, measure)).toBe(w);
  });
});
