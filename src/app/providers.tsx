import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { createQueryClient } from '@/api/query-client';
import { MESSAGES } from '@/lib/i18n';
import { useLang } from '@/stores/language-store';
import { useTheme } from '@/stores/theme-store';

/** Keeps <html lang>, the title and the theme attribute in step with the stores. */
function DocumentSync() {
  const lang = useLang();
  const theme = useTheme();
  useEffect(() => {
    // The document language is plain 'en'; en-GB is only the number and date format we chose for it.
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = MESSAGES[lang].appTitle;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <DocumentSync />
      {children}
    </QueryClientProvider>
  );
}
