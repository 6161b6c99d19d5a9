/**
 * Shared set-up for unit and integration tests (vite.config.ts → test.setupFiles).
 * Every test talks to the same MSW handlers the dev server uses, so tests exercise the real contract.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';
import { installLeakWatch, takeLeaks } from './lib/leak-watch';

installLeakWatch();

// A journey waits for what a person would wait for: on oversubscribed cores (CI's browser suite beside this one,
// plus busy loops) a lazy chunk or a React commit has taken over 5 s. Testing Library's 1 s default made those
// load flakes; a wait that passes returns as soon as it passes, so only a failure takes longer.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout engine, so no ResizeObserver; recharts' ResponsiveContainer needs the class to exist.
if (typeof globalThis.ResizeObserver === 'undefined') {
  class ResizeObserverStub implements ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  globalThis.ResizeObserver = ResizeObserverStub;
}

// jsdom has no matchMedia either; the theme and reduced-motion checks call it. Nothing ever matches.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

// 'error': a request no handler answers is a bug in the test or the code, never something to let slide.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  // Per-test overrides (server.use) must not leak into the next test.
  server.resetHandlers();
  // globals are off, so Testing Library cannot register its own afterEach cleanup.
  cleanup();
  // Unmounted, nothing the app started may still be waiting to run (tests/lib/leak-watch.ts).
  const leaks = takeLeaks();
  if (leaks.length) throw new Error(`still running after the test unmounted everything:\n  ${leaks.join('\n  ')}`);
});
afterAll(() => server.close());
