import { describe, expect, it } from 'vitest';
import { wheelZoomStep } from '../../../src/components/zoom-controller';

const PX = 0;
const LINE = 1;
const PAGE = 2;

describe('wheelZoomStep', () => {
  it('zooms one notch of a mouse wheel with ctrl held by √2, not 4', () => {
    expect(wheelZoomStep({ deltaY: -100, deltaMode: PX, ctrlKey: true })).toBe(0.5);
    expect(wheelZoomStep({ deltaY: 100, deltaMode: PX, ctrlKey: true })).toBe(-0.5);
    expect(wheelZoomStep({ deltaY: -3, deltaMode: LINE, ctrlKey: true })).toBe(0.5);
    expect(wheelZoomStep({ deltaY: 1, deltaMode: PAGE, ctrlKey: false })).toBe(-0.5);
  });

  it("leaves a trackpad pinch's small steps as d3 measures them", () => {
    // Chromium reports a pinch as ctrl + wheel with deltas of a few px.
    expect(wheelZoomStep({ deltaY: -4, deltaMode: PX, ctrlKey: true })).toBeCloseTo(0.08);
    expect(wheelZoomStep({ deltaY: 10, deltaMode: PX, ctrlKey: true })).toBeCloseTo(-0.2);
    // ⌘ + wheel (no ctrl): d3's plain pixel measure.
    expect(wheelZoomStep({ deltaY: -100, deltaMode: PX, ctrlKey: false })).toBeCloseTo(0.2);
    expect(wheelZoomStep({ deltaY: 0, deltaMode: PX, ctrlKey: true })).toBeCloseTo(0);
  });
});
