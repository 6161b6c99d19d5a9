import { create } from 'zustand';
import { mediaMatches, watchMedia } from '@/lib/media-query';

export type Theme = 'light' | 'dark';
/**
 * The stored choice and the system query. index.html's inline script reads the same two before the body is
 * parsed, so the first paint is already in the theme this store starts in (tests/unit/theme-store.test.ts).
 */
export const THEME_KEY = 'ydn-theme';
export const DARK_QUERY = '(prefers-color-scheme: dark)';

function storedChoice(): Theme | null {
  try {
    const v = localStorage.getItem(THEME_KEY);
    return v === 'dark' || v === 'light' ? v : null;
  } catch {
    return null; // storage can be disabled (private mode, WeChat): follow the system
  }
}

interface ThemeState {
  /** The theme shown: the reader's choice once made, the system's until then. */
  theme: Theme;
  /** The reader's choice; null while the page follows the system. */
  chosen: Theme | null;
  setTheme: (theme: Theme) => void;
}

export const useThemeStore = create<ThemeState>()((set) => {
  const chosen = storedChoice();
  return {
    theme: chosen ?? (mediaMatches(DARK_QUERY) ? 'dark' : 'light'),
    chosen,
    setTheme: (theme) => {
      try {
        localStorage.setItem(THEME_KEY, theme);
      } catch {
        // not persisted; the choice still holds for this visit
      }
      set({ theme, chosen: theme });
    },
  };
});

/**
 * Until the reader chooses, a change of the system setting (dark at dusk) shows at once. Returns the
 * unsubscribe; the app's provider holds the subscription for as long as it is mounted.
 */
export const followSystemTheme = (): (() => void) => watchMedia(DARK_QUERY, (dark) =>
  useThemeStore.setState((s) => (s.chosen ? s : { theme: dark ? 'dark' : 'light' })));

export const useTheme = () => useThemeStore((s) => s.theme);
export const useSetTheme = () => useThemeStore((s) => s.setTheme);
