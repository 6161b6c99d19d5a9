import { showsDemo } from '@/api/client';
import { useLang, useRejectedLang, useSetLang } from '@/stores/language-store';
import { useSetTheme, useTheme } from '@/stores/theme-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { formatDate } from '@/lib/format';
import { useShownMonth } from '@/projects/state/month';
import { MonthPicker } from './month-picker';
import { PrintButton } from './print-button';
import { describeSources, useDataSources } from './data-sources';
import { ScreenModeLink } from './screen-mode-link';
import { LedgerEntry, LocalLedgerSlot } from '@/features/ledger/ledger-entry';

export function AppHeader() {
  const lang = useLang();
  const setLang = useSetLang();
  const theme = useTheme();
  const setTheme = useSetTheme();
  const m = useMessages();
  const rejectedLang = useRejectedLang();
  // The dates and sources come from the data; until it answers (or if it fails) the build's snapshot of the
  // same data keeps the header stable. A live build has no snapshot and waits for the data.
  const parts = useDataSources();
  const { asOf, sources } = describeSources(parts, m, lang);
  // With a local ledger only the projects are real; the demo note then says the rest is still the demo.
  const projectsSource = parts.find((p) => p.name === 'projects')?.source;
  const month = useShownMonth();
  return (
    <header className="app-header">
      <div className="app-header-text">
        <h1>{m.appTitle}</h1>
        <p className="meta" data-provenance="documented">
          <span className="as-of">{asOf ?? null}</span>
          {sources.map((line) => <span key={line} className="source">{line}</span>)}
        </p>
        <MonthPicker />
      </div>
      <div className="app-header-actions">
        <LedgerEntry />
        <ScreenModeLink />
        <PrintButton />
        <button type="button" className="button" lang={m.switchToTag} onClick={() => setLang(m.switchTo)}>
          {m.switchLang}
        </button>
        <button type="button" className="button" aria-pressed={theme === 'dark'} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
          {m.darkMode}
        </button>
      </div>
      {/* With a local ledger its note says what is real; the demo note would say nothing is. */}
      {showsDemo() && !projectsSource?.local ? <p className="demo-note" role="note">{m.demoNote}</p> : null}
      {projectsSource?.kind === 'ledger' && !projectsSource.local && month ? (
        <p className="demo-note published-note" role="note" data-provenance="documented">{m.months.publishedNote(formatDate(month, lang, 'month'))}</p>
      ) : null}
      <LocalLedgerSlot source={projectsSource} />
      {rejectedLang ? <p className="url-note" role="status">{m.badLangParam(rejectedLang)}</p> : null}
    </header>
  );
}
