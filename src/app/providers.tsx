import { QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useEffect, useState, type ReactNode } from 'react';
import { createQueryClient } from '@/api/query-client';
import { DownloadsProvider } from '@/components/downloads';
import { FigureGroup } from '@/components/figure-group';
import { RevealProvider } from '@/components/reveal';
import { MESSAGES } from '@/lib/i18n';
import { FilteredProjectsProvider } from '@/projects/state/filtered';
import { useLang, useLanguageUrl } from '@/stores/language-store';
import { usePrintEvents } from '@/stores/print-store';
import { followSystemTheme, useTheme } from '@/stores/theme-store';

/**
 * Keeps the language in step with ?lang, and <html lang> and the theme attribute (the title: src/app/document-title.ts)
 * with the stores; holds the page's own listeners (print events, the system theme) while the app is mounted.
 */
function DocumentSync() {
  useLanguageUrl();
  usePrintEvents();
  useEffect(followSystemTheme, []);
  const lang = useLang();
  const theme = useTheme();
  useEffect(() => {
    // The document language is plain 'en'; en-GB is only the number and date format we chose for it.
    document.documentElement.lang = MESSAGES[lang].htmlLang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  // nuqs's plain-React adapter: the URL is read from location and written with the History API, no router.
  return (
    <NuqsAdapter>
      <QueryClientProvider client={client}>
        <DocumentSync />
        <RevealProvider>
          <FigureGroup>
            <DownloadsProvider>
              <FilteredProjectsProvider>{children}</FilteredProjectsProvider>
            </DownloadsProvider>
          </FigureGroup>
        </RevealProvider>
      </QueryClientProvider>
    </NuqsAdapter>
  );
}
