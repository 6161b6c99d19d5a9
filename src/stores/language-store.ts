import { create } from 'zustand';
import type { Lang } from '@/lib/format';
import { readParam, writeParams } from '@/lib/url';

/** Chinese is the default and is left out of the URL; anything unknown in ?lang falls back to it. */
const fromUrl = (): Lang => (readParam('lang') === 'en' ? 'en' : 'zh');

interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const useLanguageStore = create<LanguageState>()((set) => ({
  lang: fromUrl(),
  setLang: (lang) => {
    writeParams({ lang: lang === 'zh' ? null : lang });
    set({ lang });
  },
}));

export const useLang = () => useLanguageStore((s) => s.lang);
export const useSetLang = () => useLanguageStore((s) => s.setLang);
