/**
 * What a project chart's export says of the selection: the URL's filters, checked against the data as the views
 * check them, in words for the file name and the caption. The chart-export menu (shared UI) cannot know the
 * projects domain, so a project chart hands it this function; the planner's dictionary loads only when one exports.
 */
import { useCallback } from 'react';
import type { FilterWords } from '@/components/chart-export/export-types';
import { MESSAGES } from '@/lib/i18n';
import { useLang } from '@/stores/language-store';
import { parseFilterParams } from '@/projects/selection/filter-params';
import { selectionLabel } from '@/projects/selection/label';
import { knownValuesOf, useFilterParams } from './url';
import { useProjects } from './month';

export function useExportFilterWords(): () => Promise<FilterWords> {
  const lang = useLang();
  const [params] = useFilterParams();
  const { data } = useProjects();
  return useCallback(async () => {
    if (!data) return { file: '', caption: '' };
    const { PLANNER_MESSAGES } = await import('../messages');
    const { filters } = parseFilterParams(params, knownValuesOf(data));
    const m = MESSAGES[lang];
    const pm = PLANNER_MESSAGES[lang];
    return { file: selectionLabel(filters, data, m, pm, lang), caption: selectionLabel(filters, data, m, pm, lang, m.sep.enumeration) };
  }, [data, lang, params]);
}
