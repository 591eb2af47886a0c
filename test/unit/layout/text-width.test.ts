import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../src/layout/text-width';

describe('estimateTextWidth', () => {
  it.each([
    { text: '', font: 13, want: 0, why: 'nothing' },
    { text: 'abcdefghij', font: 10, want: 55, why: '0.55 em a Latin character' },
    { text: 'abcdefghij', font: 20, want: 110, why: 'scales with the font' },
    { text: '北约秘书长', font: 10, want: 50, why: 'one em a CJK character' },
    { text: '😀😀', font: 10, want: 20, why: 'a surrogate pair counts as one character' },
    { text: 'x'.repeat(1000), font: 13, want: 400, why: 'clamped to maxPx' },
  ])('is $want px for $why', ({ text, font, want }) => {
    expect(estimateTextWidth(text, font)).toBe(want);
  });

  it('takes another clamp', () => {
    expect(estimateTextWidth('x'.repeat(100), 13, 120)).toBe(120);
  });
});
