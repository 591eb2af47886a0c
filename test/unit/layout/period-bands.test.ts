import { describe, expect, it } from 'vitest';
import { bandAt, labelRoom, periodRows } from '../../../src/layout/period-bands';
import { scaleUtc } from '../../../src/layout/utc-scale';

describe('periodRows', () => {
  it.each([
    ['none', [], []],
    ['one', [[0, 10]], [0]],
    [
      'one after another share a row',
      [
        [0, 10],
        [10, 20],
        [25, 30],
      ],
      [0, 0, 0],
    ],
    [
      'an overlap takes the next row',
      [
        [0, 10],
        [5, 15],
      ],
      [0, 1],
    ],
    [
      'nested',
      [
        [0, 100],
        [10, 20],
        [30, 40],
      ],
      [0, 1, 1],
    ],
    [
      'a row frees up',
      [
        [0, 10],
        [5, 15],
        [12, 20],
      ],
      [0, 1, 0],
    ],
    [
      'three at once',
      [
        [0, 10],
        [1, 9],
        [2, 8],
      ],
      [0, 1, 2],
    ],
  ] as const)('%s', (_, spans, rows) => {
    expect(periodRows(spans.map(([start, stop]) => ({ start, stop })))).toEqual(rows);
  });
});

describe('bandAt', () => {
  const x = scaleUtc([0, 1000], [0, 500]);
  it.each([
    // start, stop → x0, x1, labelX, labelWidth, visible
    [200, 400, 100, 200, 104, 92, true],
    [-500, 400, -2, 200, 4, 192, true], // began before the view: label at its left edge
    [800, 2000, 400, 502, 404, 92, true], // runs past the right edge
    [1200, 1400, 600, 502, 604, 0, false], // out of view
    [300, 300, 150, 152, 154, 0, true], // an instant still gets a sliver
  ])('[%i, %i]', (start, stop, x0, x1, labelX, labelWidth, visible) => {
    expect(bandAt({ start, stop }, x, 500)).toEqual({ x0, x1, labelX, labelWidth, visible });
  });
});

describe('labelRoom', () => {
  it.each([
    ['alone: to the right edge', [[10, true]], [0], 500, [484]],
    [
      'up to the next in its row',
      [
        [10, true],
        [100, true],
      ],
      [0, 0],
      500,
      [84, 394],
    ],
    [
      'another row does not count',
      [
        [10, true],
        [100, true],
      ],
      [0, 1],
      500,
      [484, 394],
    ],
    [
      'an unseen one does not count',
      [
        [10, true],
        [100, false],
      ],
      [0, 0],
      500,
      [484, 394],
    ],
  ] as const)('%s', (_, bands, rows, width, room) => {
    const input = bands.map(([labelX, visible]) => ({ labelX, visible }));
    expect(labelRoom(input, rows, width)).toEqual(room);
  });
});
