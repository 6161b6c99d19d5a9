/**
 * Media queries (src/lib/media-query.ts): read now, followed live, one MediaQueryList listener per query that
 * the last reader removes, on MediaQueryLists with addEventListener and on Safari's older addListener-only ones.
 */
import { act, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mediaMatches, useMediaQuery, watchMedia } from '../../src/lib/media-query';
import { fakeMedia } from '../lib/fake-media';


afterEach(() => vi.unstubAllGlobals());

describe('watchMedia', () => {
  it.each([false, true])('follows changes, one listener however many watch, gone with the last (legacy: %s)', (legacy) => {
    const media = fakeMedia('(q1)', { legacy });
    const a = vi.fn();
    const b = vi.fn();
    const offA = watchMedia('(q1)', a);
    const offB = watchMedia('(q1)', b);
    expect(media.listeners.size).toBe(1);
    media.flip(true);
    expect(a).toHaveBeenCalledWith(true);
    expect(b).toHaveBeenCalledWith(true);
    offA();
    expect(media.listeners.size).toBe(1);
    media.flip(false);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenLastCalledWith(false);
    offB();
    expect(media.listeners.size).toBe(0);
    // Watched again, it listens again.
    const offAgain = watchMedia('(q1)', a);
    expect(media.listeners.size).toBe(1);
    offAgain();
    expect(media.listeners.size).toBe(0);
  });

  it('does not touch matchMedia until someone watches', () => {
    const media = fakeMedia('(q2)');
    expect(media.matchMedia).not.toHaveBeenCalled();
    watchMedia('(q2)', () => {})();
    expect(media.matchMedia).toHaveBeenCalledTimes(1);
  });

  it('matches nothing and watches nothing where there is no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    expect(mediaMatches('(q3)')).toBe(false);
    expect(() => watchMedia('(q3)', () => {})()).not.toThrow();
  });
});

function Probe({ query }: { query: string }) {
  return createElement('p', null, useMediaQuery(query) ? 'yes' : 'no');
}

describe('useMediaQuery', () => {
  it('renders the current answer, re-renders on a change, and lets go on unmount', () => {
    const media = fakeMedia('(q4)');
    media.flip(true);
    const { unmount } = render(createElement(Probe, { query: '(q4)' }));
    expect(screen.getByText('yes')).toBeInTheDocument();
    expect(media.listeners.size).toBe(1);
    act(() => media.flip(false));
    expect(screen.getByText('no')).toBeInTheDocument();
    unmount();
    expect(media.listeners.size).toBe(0);
  });
});
