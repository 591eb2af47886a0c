/**
 * Axes that count years (issue 12): before 1 AD and beyond a Date's reach. Runs in three zones.
 */
import { describe, expect, it } from 'vitest';
import {
  astronomicalYear,
  labelYear,
  niceYearStep,
  yearTickYears,
} from '../../../src/layout/year-ticks';
import { timeTicks, withYears } from '../../../src/layout/ticks';
import { loadHistoric } from '../../../src/dates/format-date';
import { scaleUtc } from '../../../src/layout/utc-scale';
import { yearStartMs } from '../../../src/dates/years';
import { baseScale } from '../../../src/layout/time-scale';
import { findBreaks, warpOf } from '../../../src/layout/broken-scale';

// BC and deep-time formatting is a chunk the reader loads on demand.
await loadHistoric();

describe('niceYearStep', () => {
  it.each([
    [0.3, 1],
    [1, 1],
    [1.5, 2],
    [3, 5],
    [7, 10],
    [420, 500],
    [1800, 2000],
    [3_000_000, 5_000_000],
    [1.2e9, 2e9],
  ])('%f years → %i', (years, step) => expect(niceYearStep(years)).toBe(step));
});

describe('label years (no year 0; -43 is 44 BC)', () => {
  it.each([
    [2023, 2023],
    [1, 1],
    [0, -1],
    [-43, -44],
    [-9999, -10000],
    [-10_001, -10_001],
    [-13_800_000_000, -13_800_000_000],
  ])('astronomical %i reads as %i', (year, label) => {
    expect(labelYear(year)).toBe(label);
    expect(astronomicalYear(label)).toBe(year);
  });
});

describe('yearTickYears', () => {
  it.each([
    // y0, y1, step, astronomical years of the ticks
    [-1200, -300, 500, [-999, -499]], // 1000 BC, 500 BC
    [-600, 600, 500, [-499, 500]], // 500 BC, (no year 0), 500 AD
    [-2, 3, 1, [-2, -1, 0, 1, 2, 3]],
    [-13.8e9, 0, 5e9, [-1e10, -5e9]],
    [-250_000, -100_000, 50_000, [-250_000, -200_000, -150_000, -100_000]],
  ])('[%i, %i] every %i', (y0, y1, step, years) => {
    expect(yearTickYears(y0, y1, step)).toEqual(years);
  });
});

describe('timeTicks on a counted-years axis', () => {
  const scaleOf = (y0: number, y1: number) =>
    scaleUtc([yearStartMs(y0), yearStartMs(y1)], [0, 900]);

  it('deep time: billions of years, labelled "… years ago", in order', () => {
    const ticks = timeTicks(scaleOf(-13_800_000_000, 2025));
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.map((t) => t.label)).toContain('10B years ago');
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
    for (const t of ticks) expect(Number.isFinite(t.x)).toBe(true);
  });

  it('antiquity: BC years on round numbers, never 1 BC for "0"', () => {
    const labels = timeTicks(scaleOf(-800, 200)).map((t) => t.label);
    expect(labels).toEqual(['800 BC', '600 BC', '400 BC', '200 BC', '200']);
    expect(labels).not.toContain('1 BC');
    expect(labels.join()).not.toMatch(/\b(501|499) BC/);
  });

  it('Caesar zoomed into one year: month ticks with a BC year', () => {
    const ticks = timeTicks(scaleUtc([yearStartMs(-43), yearStartMs(-42)], [0, 900]));
    expect(ticks.map((t) => t.label)).toContain('Mar');
    expect(ticks[0]!.label).toBe('44 BC');
    // Starting mid-year, the year is shown at the left edge instead.
    const later = scaleUtc([yearStartMs(-43) + 90 * 86_400_000, yearStartMs(-42)], [0, 900]);
    expect(withYears(later, timeTicks(later)).years[0]!.label).toBe('44 BC');
  });

  it('millions of years with axis breaks between the clusters', () => {
    const events = [-4_600_000_000, -4_500_000_000, -65_000_000, -66_000_000, 1950, 1969].map(
      (y) => ({ start: yearStartMs(y), stop: yearStartMs(y + 1) }),
    );
    const warper = warpOf(findBreaks(events));
    const ticks = timeTicks(baseScale(events, 900, 24, warper));
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(Number.isFinite(t.x) && t.label.length > 0).toBe(true);
  });

  it('modern axes keep d3-time ticks', () => {
    const ticks = timeTicks(scaleOf(2000, 2024));
    expect(ticks.map((t) => t.label)).toContain('2010');
  });
});
