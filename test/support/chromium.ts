import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from './ensure-chromium.mjs';

/** Flags that keep Debian's Chromium quiet on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: run `node test/support/ensure-chromium.mjs`');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Collects console errors and failed requests so a test can assert the page stayed clean. */
export function watchPage(page: Page): { errors: string[]; requests: string[] } {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => requests.push(req.url()));
  return { errors, requests };
}

/**
 * An init script (`addInitScript(noteEarlyFetch)`): keeps in `window.earlyHref` the address the
 * page's early-fetch script hands to the reader, which deletes `__datelineEarly` on taking it.
 */
export function noteEarlyFetch(): void {
  Object.defineProperty(window, '__datelineEarly', {
    configurable: true,
    set(value: { href: string }) {
      (window as unknown as { earlyHref: string }).earlyHref = value.href;
      Object.defineProperty(window, '__datelineEarly', {
        value,
        configurable: true,
        writable: true,
      });
    },
  });
}
