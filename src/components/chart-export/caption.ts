import type { Provenance } from '@/contract/schemas';
import type { ChartCaption } from '@/lib/export/compose-svg';
import { formatDate, type Lang } from '@/lib/format';
import type { Messages } from '@/lib/i18n';
import type { ExportMessages } from '@/lib/i18n/export';
import type { FilterWords } from './export-types';

/**
 * The band an exported image carries: title, unit, the data's as-of date and source (the line the panel shows,
 * from the response), the selection and, when anything plotted is illustrative, its watermark.
 */
export function chartCaption(
  c: { title: string; unit: string; source: string; provenance: Provenance; asOf: string; filters: FilterWords },
  m: Messages, ex: ExportMessages, lang: Lang,
): ChartCaption {
  return {
    title: c.title,
    unitLine: `${m.panel.unit}${m.colon}${c.unit}`,
    asOfLine: `${m.panel.asOf} ${formatDate(c.asOf, lang)}`,
    sourceLine: `${m.panel.source}${m.colon}${c.source}`,
    filtersLine: c.filters.caption ? ex.caption.filters(c.filters.caption) : undefined,
    watermark: c.provenance === 'illustrative' ? m.illustrative : undefined,
  };
}
