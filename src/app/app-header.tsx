import { useQuery } from '@tanstack/react-query';
import { apiMode } from '@/api/client';
import { summaryQuery } from '@/api/queries';
import { formatDate } from '@/lib/format';
import { useLang, useRejectedLang, useSetLang } from '@/stores/language-store';
import { useSetTheme, useTheme } from '@/stores/theme-store';
import { useMessages } from '@/stores/use-messages';
import { AS_OF } from './as-of';

export function AppHeader() {
  const lang = useLang();
  const setLang = useSetLang();
  const theme = useTheme();
  const setTheme = useSetTheme();
  const m = useMessages();
  const rejectedLang = useRejectedLang();
  // The as-of date comes from the data; until it answers (or if it fails) the snapshot's
  // known date keeps the header honest and stable, so nothing shifts when the data arrives.
  const { data } = useQuery(summaryQuery());
  return (
    <header className="app-header">
      <div className="app-header-text">
        <h1>{m.appTitle}</h1>
        <p className="meta" data-provenance="documented">
          <span className="as-of">{m.asOf(formatDate(data?.asOf ?? AS_OF, lang))}</span>
          <span className="source">{m.source}</span>
        </p>
      </div>
      <div className="app-header-actions">
        <button type="button" className="button" lang={lang === 'zh' ? 'en' : 'zh-CN'} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {m.switchLang}
        </button>
        <button type="button" className="button" aria-pressed={theme === 'dark'} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
          {m.darkMode}
        </button>
      </div>
      {apiMode === 'demo' ? <p className="demo-note" role="note">{m.demoNote}</p> : null}
      {rejectedLang ? <p className="url-note" role="status">{m.badLangParam(rejectedLang)}</p> : null}
    </header>
  );
}
