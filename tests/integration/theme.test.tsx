/**
 * Dark mode is a reader's standing choice: the 深色模式 button sets <html data-theme>, the choice is kept in
 * localStorage, and the next visit opens in it. Storage can be off (private mode, WeChat): then the
 * button still works for the visit.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'ydn-theme';

// The theme store reads localStorage when its module loads, so every mount loads the modules fresh:
// that is what a new visit does.
async function visit() {
  vi.resetModules();
  const [{ Providers }, { AppHeader }] = await Promise.all([import('@/app/providers'), import('@/app/app-header')]);
  const view = render(<Providers><AppHeader /></Providers>);
  return { ...view, toggle: screen.getByRole('button', { name: '深色模式' }) };
}

const theme = () => document.documentElement.dataset.theme;

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('theme', () => {
  it('starts light, and the button switches to dark and stores the choice', async () => {
    const { toggle } = await visit();
    expect(theme()).toBe('light');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(toggle);
    expect(theme()).toBe('dark');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(KEY)).toBe('dark');
  });

  it('a fresh visit restores the stored choice, and switching back is stored too', async () => {
    const first = await visit();
    await userEvent.click(first.toggle);
    first.unmount();
    delete document.documentElement.dataset.theme;

    const second = await visit();
    expect(theme()).toBe('dark');
    expect(second.toggle).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(second.toggle);
    expect(theme()).toBe('light');
    expect(localStorage.getItem(KEY)).toBe('light');
    second.unmount();

    await visit();
    expect(theme()).toBe('light');
  });

  it('with storage disabled the page opens light and the button still works for the visit', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => { throw new DOMException('denied', 'SecurityError'); });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('denied', 'SecurityError'); });
    const { toggle } = await visit();
    expect(theme()).toBe('light');
    await userEvent.click(toggle);
    expect(theme()).toBe('dark');
  });
});
