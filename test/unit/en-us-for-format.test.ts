import { readFileSync } from 'node:fs';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files';
import { enUS as trimmed } from '../../src/vendor/en-us-for-format';
// The whole locale, by its file: the alias in vite.config.ts maps `date-fns/locale/en-US` to
// the trimmed one, here as in the app.
import { enUS as full } from '../../node_modules/date-fns/locale/en-US.js';
import { enUS as aliased } from 'date-fns/locale/en-US';

describe('en-US for format', () => {
  it('is what `date-fns/locale/en-US` resolves to in the build', () => {
    expect(aliased).toBe(trimmed);
    expect(full.match).toBeDefined();
    expect('match' in trimmed).toBe(false);
  });

  it('formats every pattern exactly as the whole locale does', () => {
    const patterns = [
      'PP',
      'PPP',
      'PPPP',
      'p',
      'pp',
      'Pp',
      'PPp',
      'PPpp',
      'MMM d',
      'd MMM',
      'MMM d, y',
      'd, y',
      'd',
      'y',
      'yyyy',
      'LLL',
      'LLLL',
      'LLLL y',
      'MMMM',
      'MMMM yyyy',
      'HH:mm',
      'HH:mm:ss',
      'EEE',
      'EEEE',
      'do',
      'a',
      'h:mm a',
      'QQQ',
      'G',
    ];
    const dates = [
      new Date(2023, 0, 1),
      new Date(2023, 1, 21, 14, 30, 5),
      new Date(1999, 11, 31, 23, 59),
      new Date(2024, 1, 29, 0, 0),
      new Date(2023, 6, 4, 12, 0),
    ];
    for (const pattern of patterns) {
      for (const date of dates) {
        expect(format(date, pattern, { locale: trimmed }), pattern).toBe(
          format(date, pattern, { locale: full }),
        );
      }
    }
  });

  it('is enough for the reader: the source calls no date-fns function but `format`', () => {
    const imported = new Set<string>();
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]date-fns['"]/g)) {
        for (const name of m[1]!.split(',').map((s) => s.trim())) {
          if (name && !name.startsWith('type ')) imported.add(name);
        }
      }
      // No `date-fns/parse`-style deep imports either.
      expect(text, file).not.toMatch(/from\s*['"]date-fns\/(?!locale\/)/);
    }
    expect([...imported]).toEqual(['format']);
  });
});
