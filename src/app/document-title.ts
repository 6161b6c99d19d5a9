import { useEffect } from 'react';
import type { Projects } from '@/contract/schemas';
import { formatDate, formatQuantity, type Lang } from '@/lib/format';
import { plural, type Messages } from '@/lib/i18n';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { useProjects } from '@/projects/state/month';

/**
 * The tab and share-card title. Browser tabs and WeChat share cards drop every mark, so the title carries the
 * letter's own figures or none: an illustrative number there would travel unlabelled.
 */
export function documentTitle(projects: Projects | undefined, m: Messages, lang: Lang): string {
  const { count, total } = projects?.documented ?? {};
  if (!projects || count?.provenance !== 'documented' || total?.provenance !== 'documented') return m.appTitle;
  return plural(count.value, m.verdict.documentTitle, lang)(
    m.appTitle, formatQuantity(count, lang), formatQuantity(total, lang), formatDate(projects.asOf, lang),
  );
}

/**
 * Keeps document.title on the documented figures, in the reader's language; the plain app title before the
 * data arrives or when it fails. Mounted after the providers' own title sync, so its effect runs last.
 */
export function useDocumentTitle(): void {
  const m = useMessages();
  const lang = useLang();
  const { data } = useProjects();
  const title = documentTitle(data, m, lang);
  // lang too: the providers reset the title on a language switch, and this must have the last word.
  useEffect(() => {
    document.title = title;
  }, [title, lang]);
}
