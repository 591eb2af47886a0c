/**
 * Every input `npm run fuzz` ever found failing (test/fixtures/broken/fuzz/) stays fixed: no
 * exception, every error located. Timing belongs to the fuzz run, not here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, EXTENSION, type Kind } from '../fuzz/targets';

const DIR = 'test/fixtures/broken/fuzz';
const KINDS = Object.keys(EXTENSION) as Kind[];
const cases = readdirSync(DIR)
  .map((file) => ({ file, kind: KINDS.find((k) => file.startsWith(`${k}-`)) }))
  .filter((c): c is { file: string; kind: Kind } => c.kind !== undefined);

describe('fuzz regressions', () => {
  it('names each file by a kind the fuzz run feeds', () => {
    const others = readdirSync(DIR).filter((f) => f !== 'README.md');
    expect(others.length).toBe(cases.length);
  });

  it.each(cases)(
    '$file',
    ({ file, kind }) => {
      const outcome = check(kind, readFileSync(`${DIR}/${file}`, 'utf8'));
      expect(outcome.crash).toBeUndefined();
      expect(outcome.unlocated).toEqual([]);
    },
    60_000,
  );
});
