import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** `--dl-name: light-dark(#light, #dark)` pairs from the theme. */
const pairs = new Map(
  [
    ...readFileSync('src/styles/theme.css', 'utf8').matchAll(
      /(--dl-[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/g,
    ),
  ].map((m) => [m[1]!, { light: m[2]!, dark: m[3]! }]),
);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT = ['--dl-text', '--dl-muted', '--dl-link', '--dl-accent', '--dl-danger'];
const BACKGROUNDS = ['--dl-bg', '--dl-surface', '--dl-hover', '--dl-selected-bg', '--dl-highlight'];
const MARKS = [...pairs.keys()]
  .filter((k) => k.startsWith('--dl-lane-'))
  .concat('--dl-mark', '--dl-axis', '--dl-focus');

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  it('defines every colour for both themes', () => {
    expect(pairs.size).toBeGreaterThan(20);
    expect(MARKS.filter((k) => k.startsWith('--dl-lane-'))).toHaveLength(8);
  });

  it.each(TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => [fg, bg] as const)))(
    'text %s on %s reaches 4.5:1',
    (fg, bg) => {
      expect(contrast(pairs.get(fg)![theme], pairs.get(bg)![theme])).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(MARKS.flatMap((mark) => ['--dl-bg', '--dl-surface'].map((bg) => [mark, bg] as const)))(
    'mark %s on %s reaches 3:1',
    (mark, bg) => {
      expect(contrast(pairs.get(mark)![theme], pairs.get(bg)![theme])).toBeGreaterThanOrEqual(3);
    },
  );
});
