import { describe, expect, it } from 'vitest';
import { isPlainClick, searchWith } from '../../src/lib/url-state';

describe('searchWith: every link the app builds from the current URL', () => {
  it('sets, replaces and removes keys, keeps the rest in place, and keeps commas readable', () => {
    expect(searchWith('?lang=en&mode=screen&category=a,b', { mode: null, view: 'projects' })).toBe('lang=en&category=a,b&view=projects');
    expect(searchWith('?view=projects', { view: 'overview', q: '', min: undefined })).toBe('view=overview');
    expect(searchWith('', {})).toBe('');
  });
  it('escapes what a value could smuggle into the query', () => {
    expect(searchWith('', { q: 'a&b=c#d' })).toBe('q=a%26b%3Dc%23d');
  });
});

describe('isPlainClick', () => {
  const click = { defaultPrevented: false, button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
  it('is a plain left click only: a modified, middle or already handled click is the browser\'s', () => {
    expect(isPlainClick(click)).toBe(true);
    for (const change of [{ metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }, { defaultPrevented: true }]) {
      expect(isPlainClick({ ...click, ...change })).toBe(false);
    }
  });
});
