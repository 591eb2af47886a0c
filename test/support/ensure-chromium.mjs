// Finds the Chromium the browser tests drive, or gets one. The browser tier is never skipped:
// without a browser this exits non-zero with the exact command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium() {
  return CANDIDATES.find((path) => path !== undefined && existsSync(path));
}

function tryApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('Chromium not found: installing Debian\'s "chromium" package (about a minute)…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    return false;
  }
  return Boolean(findChromium());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium() ?? (tryApt() ? findChromium() : undefined);
  if (!found) {
    console.error(
      [
        'The browser tests need Chromium and none was found.',
        '  Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium',
        '  macOS:                    brew install --cask chromium',
        '  Anywhere else:            npx playwright-core install chromium, then',
        '                            CHROMIUM_PATH=<path to its chrome binary> npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
}
