import { act, render } from '@testing-library/react';
import { afterAll, beforeAll, vi } from 'vitest';

/** Loads the app fresh, as a new visit opening `search`: modules reset, so no state survives from a case before. */
export async function renderAppAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  vi.resetModules();
  const { App } = await import('@/app/app');
  return render(<App />);
}

/** Lets nuqs write what it still has queued (typing is throttled), then resets the URL for the next case. */
export async function settleAndResetUrl(ms: number) {
  await act(() => new Promise((resolve) => setTimeout(resolve, ms)));
  window.history.replaceState(null, '', '/');
}

/**
 * jsdom lays nothing out: give the virtualised table's box 2000 px and each row 40 px, so every row is in the
 * DOM. Call at the top level of a test file.
 */
export function withTallLayout() {
  const saved = ['clientHeight', 'offsetHeight'].map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const);
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 2000 });
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 40 });
  });
  afterAll(() => { for (const [key, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, key, d); });
}
