import { createLoader, useQueryState } from 'nuqs';
import { useCallback, useLayoutEffect, useRef } from 'react';
import { create } from 'zustand';
import type { Lang } from '@/lib/format';
import { langParamOf, langParser, parseLangParam } from '@/lib/url-state';

interface LanguageState {
  lang: Lang;
  /** A ?lang value from a shared link that we could not use, so the reader is told rather than surprised. */
  rejected: string | null;
  setLang: (lang: Lang) => void;
}

const loadLang = createLoader({ lang: langParser });
// The first render already speaks the link's language (no flash of Chinese); useLanguageUrl does the rest.
const initialLang = typeof location === 'undefined' ? 'zh' : parseLangParam(loadLang(location.search).lang).lang;

/**
 * The language every component reads. `?lang=` in the URL is its source: useLanguageUrl (mounted once, in the
 * app's providers, through nuqs) copies it in on load and on Back/Forward, and useSetLang writes both. The copy
 * in memory lets any component, and tests, read the language without a router.
 */
export const useLanguageStore = create<LanguageState>()((set) => ({
  lang: initialLang,
  rejected: null,
  setLang: (lang) => set({ lang, rejected: null }),
}));

export const useLang = () => useLanguageStore((s) => s.lang);
export const useRejectedLang = () => useLanguageStore((s) => s.rejected);

/** Switching language replaces the history entry: it is a reading preference, not a new view to go Back from. */
export function useSetLang(): (lang: Lang) => void {
  const [, setParam] = useQueryState('lang', langParser);
  return useCallback((lang: Lang) => {
    useLanguageStore.getState().setLang(lang);
    void setParam(langParamOf(lang));
  }, [setParam]);
}

/**
 * Keeps the store in step with ?lang. A value we cannot use is reported and dropped from the URL; the report
 * outlives the drop (the URL then has no lang) until the reader picks a language. A layout effect, so a
 * Back to an English entry repaints in English in the same frame.
 */
export function useLanguageUrl(): void {
  const [raw, setParam] = useQueryState('lang', langParser);
  const dropped = useRef(false);
  useLayoutEffect(() => {
    const { lang, rejected } = parseLangParam(raw);
    if (rejected !== null) {
      dropped.current = true;
      useLanguageStore.setState({ lang, rejected });
      void setParam(null);
    } else if (dropped.current && raw === null) {
      dropped.current = false;
      useLanguageStore.setState({ lang });
    } else {
      dropped.current = false;
      useLanguageStore.setState({ lang, rejected: null });
    }
  }, [raw, setParam]);
}
