/**
 * A live story's new version reaches the reader through the context's `timeline` getter: a part
 * that destructures it once (`const { timeline } = getReader()`) keeps showing the first version.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

const DESTRUCTURED = /\{[^}]*\btimeline\b[^}]*\}\s*=\s*getReader\(\)/;

describe("the reader context's timeline", () => {
  const files = svelteFiles('src/components').filter((f) =>
    readFileSync(f, 'utf8').includes('getReader()'),
  );

  it('is read by many parts (the check below looks at something)', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s reads it where it uses it, never destructured once', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(DESTRUCTURED);
  });

  it('the check finds a destructured timeline', () => {
    expect('const { timeline, messages } = getReader();').toMatch(DESTRUCTURED);
    expect('const { messages } = reader;').not.toMatch(DESTRUCTURED);
  });
});
