/**
 * The theme follows the system (prefers-color-scheme) until the reader chooses, then keeps the choice: across
 * visits in localStorage, for the visit when storage is off. index.html's inline script decides the first
 * paint before any app code runs; it is run here beside the store, under the same system and storage, and
 * the two must agree, or the page would flash from one theme to the other as the app starts.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Theme } from '../../src/stores/theme-store';
import { fakeMedia } from '../lib/fake-media';

const KEY = 'ydn-theme';
const QUERY = '(prefers-color-scheme: dark)';
const html = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../index.html'), 'utf8');
const inlineScript = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

/** A system colour setting the test can flip (legacy: addListener only, Safari before 14). */
const system = (dark: boolean, { legacy = false } = {}) => fakeMedia(QUERY, { matches: dark, legacy });

/** A new visit: the store module loads afresh and reads the system and storage, as on a page load. */
async function visit() {
  vi.resetModules();
  const { followSystemTheme, useThemeStore } = await import('../../src/stores/theme-store');
  // What the app's provider does while mounted; undone after the test.
  unfollow.push(followSystemTheme());
  return {
    theme: () => useThemeStore.getState().theme,
    choose: (theme: Theme) => useThemeStore.getState().setTheme(theme),
  };
}

/** What the first paint shows: index.html's inline script, run as the browser runs it. */
function firstPaint(): string | undefined {
  delete document.documentElement.dataset.theme;
  new Function(inlineScript)();
  return document.documentElement.dataset.theme;
}

function storageOff() {
  const denied = () => { throw new DOMException('denied', 'SecurityError'); };
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(denied);
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(denied);
}

beforeEach(() => localStorage.clear());
const unfollow: (() => void)[] = [];
afterEach(() => {
  unfollow.splice(0).forEach((stop) => stop());
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('before the reader chooses, the theme is the system\'s', () => {
  it.each([[false, 'light'], [true, 'dark']] as const)('system dark: %s → %s, from the first paint', async (dark, want) => {
    system(dark);
    expect(firstPaint()).toBe(want);
    expect((await visit()).theme()).toBe(want);
  });

  it('follows a change of the system setting while the page is open', async () => {
    const sys = system(false);
    const page = await visit();
    sys.flip(true);
    expect(page.theme()).toBe('dark');
    sys.flip(false);
    expect(page.theme()).toBe('light');
  });

  it('follows it too where a MediaQueryList has only addListener (Safari before 14)', async () => {
    const sys = system(false, { legacy: true });
    const page = await visit();
    expect(sys.listeners.size).toBe(1);
    sys.flip(true);
    expect(page.theme()).toBe('dark');
  });

  it.each([false, true])('stops listening when the app lets go (legacy MediaQueryList: %s)', async (legacy) => {
    const sys = system(false, { legacy });
    await visit();
    expect(sys.listeners.size).toBe(1);
    unfollow.splice(0).forEach((stop) => stop());
    expect(sys.listeners.size).toBe(0);
  });

  it('a stored value that is not a theme is no choice', async () => {
    system(true);
    localStorage.setItem(KEY, 'blue');
    expect(firstPaint()).toBe('dark');
    expect((await visit()).theme()).toBe('dark');
  });
});

describe('once the reader chooses, the choice holds', () => {
  it('over a later change of the system setting, and it is stored', async () => {
    const sys = system(true);
    const page = await visit();
    page.choose('light');
    expect(localStorage.getItem(KEY)).toBe('light');
    sys.flip(false);
    sys.flip(true);
    expect(page.theme()).toBe('light');
  });

  it.each([['light', true], ['dark', false]] as const)('the next visit opens in %s even with the system dark: %s', async (chosen, dark) => {
    system(dark);
    localStorage.setItem(KEY, chosen);
    expect(firstPaint()).toBe(chosen);
    const page = await visit();
    expect(page.theme()).toBe(chosen);
  });
});

describe('with storage disabled (private mode, some WeChat builds)', () => {
  it('follows the system, from the first paint, without an error', async () => {
    system(true);
    storageOff();
    expect(firstPaint()).toBe('dark');
    expect((await visit()).theme()).toBe('dark');
  });

  it('holds the choice for the visit, and the next visit follows the system again', async () => {
    const sys = system(true);
    storageOff();
    const page = await visit();
    page.choose('light');
    sys.flip(true);
    expect(page.theme()).toBe('light');
    expect((await visit()).theme()).toBe('dark');
  });
});
