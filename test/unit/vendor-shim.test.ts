import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files';
import { interpolateZoom, interrupt } from '../../src/vendor/d3-zoom-without-transitions';

const zoomSource = readFileSync('node_modules/d3-zoom/dist/d3-zoom.mjs', 'utf8');

describe('d3-zoom without transitions', () => {
  it('replaces exactly what d3-zoom imports from d3-transition and d3-interpolate', () => {
    // If a d3-zoom upgrade imports more from them, the shim must grow (or go): this fails first.
    expect(zoomSource).toMatch(/import \{ interrupt \} from 'd3-transition';/);
    expect(zoomSource).toMatch(/import \{ interpolateZoom \} from 'd3-interpolate';/);
    expect(zoomSource.match(/from 'd3-(transition|interpolate)'/g)).toHaveLength(2);
  });

  it('is the only user of the two aliased modules in our code', () => {
    const users = sourceFiles('src').filter((f) =>
      /from ['"]d3-(transition|interpolate)['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(users).toEqual([]);
  });

  it('interrupts nothing and refuses to animate', () => {
    expect(interrupt()).toBeUndefined();
    expect(() => interpolateZoom()).toThrow(/does not animate/);
  });
});
