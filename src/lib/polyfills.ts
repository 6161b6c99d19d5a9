/**
 * The few runtime APIs our dependencies call that are newer than the browser floor (Chrome 87, Safari 14,
 * WeChat's in-app browser). The build only lowers syntax, never adds APIs, so these are patched here, and
 * src/main.tsx imports this module before anything else. Each one is found by grepping node_modules/nuqs/dist:
 * - Object.hasOwn (Chrome 93, Safari 15.4): nuqs's getOwn, on every URL read.
 * - URL.canParse (Chrome 120, Safari 17): nuqs's loader, for string input.
 * - URLSearchParams#size (Chrome 113, Safari 17): nuqs's renderQueryString; without it, clearing the last
 *   parameter leaves a bare "?" on the URL instead of none.
 * Promise.withResolvers is feature-tested by nuqs itself. Everything is defined only where missing.
 */
export function installPolyfills(): void {
  if (typeof Object.hasOwn !== 'function') {
    Object.defineProperty(Object, 'hasOwn', {
      configurable: true,
      writable: true,
      value: (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(Object(object), key),
    });
  }
  if (typeof URL !== 'undefined' && typeof (URL as { canParse?: unknown }).canParse !== 'function') {
    Object.defineProperty(URL, 'canParse', {
      configurable: true,
      writable: true,
      value: (url: string | URL, base?: string | URL) => {
        try {
          return Boolean(new URL(url, base));
        } catch {
          return false;
        }
      },
    });
  }
  if (typeof URLSearchParams !== 'undefined' && typeof new URLSearchParams('a=1').size !== 'number') {
    Object.defineProperty(URLSearchParams.prototype, 'size', {
      configurable: true,
      get(this: URLSearchParams) {
        let n = 0;
        this.forEach(() => { n += 1; });
        return n;
      },
    });
  }
}

installPolyfills();
