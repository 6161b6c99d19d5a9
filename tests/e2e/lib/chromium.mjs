// Where Chromium lives and how every tool here launches it (e2e suite, budget, bench).
// We never download a browser: the Debian package is the one and only browser.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

// The same flags everywhere so the e2e suite, Lighthouse and the bench see the same browser.
// Headless is requested by playwright/chrome-launcher too; duplicating it is harmless.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const MISSING_MESSAGE = 'Chromium not found: apt-get update && apt-get install -y chromium fonts-noto-cjk';

/** Exit at once with ONE line when the browser is missing, instead of a wall of stack traces. */
export function requireChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(MISSING_MESSAGE);
    process.exit(1);
  }
}

/**
 * playwright's chromium.launch() already gives every browser a fresh temporary
 * user-data-dir (and deletes it on close), so no profile state leaks between runs.
 */
export async function launchBrowser() {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
