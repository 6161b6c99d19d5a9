/** The API patches for the browser floor: they work where the API is missing and leave a native one alone. */
import { afterEach, describe, expect, it } from 'vitest';
import { installPolyfills } from '../../src/lib/polyfills';

// Where each API lives here (jsdom's URL may inherit canParse rather than own it), to put back after each case.
const SPOTS = [[Object, 'hasOwn'], [URL, 'canParse'], [URLSearchParams.prototype, 'size']] as const;
const saved = SPOTS.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
afterEach(() => {
  for (const [owner, key, descriptor] of saved) {
    if (descriptor) Object.defineProperty(owner, key, descriptor);
    else Reflect.deleteProperty(owner, key);
  }
});

describe('polyfills for Chrome 87 / Safari 14', () => {
  it('supply Object.hasOwn, URL.canParse and URLSearchParams#size where they are missing', () => {
    // Shadowed with undefined rather than deleted, so an inherited copy cannot stand in for the patch.
    for (const [owner, key] of SPOTS) Object.defineProperty(owner, key, { configurable: true, writable: true, value: undefined });
    expect(Object.hasOwn).toBeUndefined();
    installPolyfills();
    expect(Object.hasOwn({ a: 1 }, 'a')).toBe(true);
    expect(Object.hasOwn({ a: 1 }, 'toString')).toBe(false);
    expect(Object.hasOwn(Object.create(null) as object, 'a')).toBe(false);
    expect(URL.canParse('https://example.test/a?b=1')).toBe(true);
    expect(URL.canParse('?category=x')).toBe(false);
    expect(URL.canParse('/a', 'http://localhost/')).toBe(true);
    expect(new URLSearchParams('a=1&b=2&a=3').size).toBe(3);
    expect(new URLSearchParams('').size).toBe(0);
  });

  it('keep the native ones', () => {
    const native = Object.hasOwn;
    installPolyfills();
    expect(Object.hasOwn).toBe(native);
  });
});
