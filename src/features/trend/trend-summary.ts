import { formatDate, formatMoneyWan, formatNumber, formatPercent, type Lang } from '@/lib/format';
import { plural } from '@/lib/i18n';
import type { TrendRow } from './trend-logic';
import { TREND_MESSAGES } from './trend-messages';

/**
 * The chart's sentence, from the first and the last published month: what moved, in the one formatter's words.
 * Empty with fewer than two months: one month has no change to report.
 */
export function trendSummary(rows: readonly TrendRow[], lang: Lang): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || rows.length < 2) return '';
  return plural(rows.length, TREND_MESSAGES[lang].summary, lang)({
    n: formatNumber(rows.length, lang),
    first: formatDate(first.month, lang, 'month'),
    last: formatDate(last.month, lang, 'month'),
    completedFrom: formatMoneyWan(first.completedWan, lang),
    completedTo: formatMoneyWan(last.completedWan, lang),
    rateFrom: formatPercent(first.rate, lang),
    rateTo: formatPercent(last.rate, lang),
    behindFrom: formatNumber(first.behind, lang),
    behindTo: formatNumber(last.behind, lang),
  });
}
