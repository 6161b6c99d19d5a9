import { create } from 'zustand';
import type { Lang } from '@/lib/format';
import { readParam, writeParams } from '@/lib/url';

/** Chinese is the default and is left out of the URL; anything else in ?lang is reported, then dropped. */
function fromUrl(): { lang: Lang; rejected: string | null } {
  const raw = readParam('lang');
  if (raw === null || raw === 'zh') return { lang: 'zh', rejected: null };
  if (raw === 'en') return { lang: 'en', rejected: null };
  writeParams({ lang: null });
  return { lang: 'zh', rejected: raw.slice(0, 40) };
}

interface LanguageState {
  lang: Lang;
  /** A ?lang value from a shared link that we could not use, so the reader is told rather than surprised. */
  rejected: string | null;
  setLang: (lang: Lang) => void;
}

export const useLanguageStore = create<LanguageState>()((set) => ({
  ...fromUrl(),
  setLang: (lang) => {
    writeParams({ lang: lang === 'zh' ? null : lang });
    set({ lang, rejected: null });
  },
}));

export const useLang = () => useLanguageStore((s) => s.lang);
export const useSetLang = () => useLanguageStore((s) => s.setLang);
export const useRejectedLang = () => useLanguageStore((s) => s.rejected);
