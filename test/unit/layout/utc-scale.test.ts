import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { scaleUtc } from '../../../src/layout/utc-scale';

const jan = Date.UTC(2023, 0, 1);
const feb = Date.UTC(2023, 1, 1);

describe('scaleUtc', () => {
  it('maps the domain linearly onto the range, and back', () => {
    const x = scaleUtc([jan, feb], [0, 310]);
    expect(x(jan)).toBe(0);
    expect(x(new Date(feb))).toBe(310);
    expect(x(Date.UTC(2023, 0, 11))).toBeCloseTo(100);
    expect(+x.invert(100)).toBe(Date.UTC(2023, 0, 11));
  });

  // Numbers, not Dates, since issue 12: the axis reaches back beyond a Date's range.
  it('reads and sets domain and range; domain reads as epoch ms', () => {
    const x = scaleUtc().domain([jan, feb]).range([10, 20]);
    expect(x.domain()).toEqual([jan, feb]);
    expect(x.range()).toEqual([10, 20]);
  });

  it('copies without sharing state', () => {
    const x = scaleUtc([jan, feb], [0, 100]);
    const y = x.copy().range([0, 200]);
    expect(x(feb)).toBe(100);
    expect(y(feb)).toBe(200);
  });

  it('works with d3-zoom: rescaleX gives a zoomed copy and leaves the base alone', () => {
    const base = scaleUtc([jan, feb], [0, 100]);
    const zoomed = zoomIdentity.translate(-100, 0).scale(2).rescaleX(base);
    expect(zoomed(jan)).toBeCloseTo(-100);
    expect(zoomed(feb)).toBeCloseTo(100);
    expect(base(feb)).toBe(100);
  });

  it('maps a zero-length domain to the start of the range instead of NaN', () => {
    const x = scaleUtc([jan, jan], [5, 50]);
    expect(x(feb)).toBe(5);
    expect(+x.invert(40)).toBe(jan);
  });
});
