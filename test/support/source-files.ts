import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts and .svelte file below `dir`, for tests that read the source as text. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}
