import type { Industry, Investment } from '@/contract/schemas';
import { formatMoneyWan, formatPercent, formatQuantity, type Lang } from '@/lib/format';
import { MESSAGES } from '@/lib/i18n';

/** "2", "1" or "X" of the letter's "2+1+X"; which industry sits where is our inference. */
export const GROUP_ORDER: Industry['group'][] = ['2', '1', 'X'];

export interface IndustryRow {
  [key: string]: string | number;
  id: string;
  name: string;
  group: Industry['group'];
  agreedWan: number;
  landedWan: number;
  /** landed / agreed, 0..1 (0 when nothing is agreed). */
  landedShare: number;
}

/** Rows in "2+1+X" order, and within a group by agreed amount, largest first, so the bars read top-down. */
export function industryRows(data: Investment, lang: Lang): IndustryRow[] {
  return data.industries
    .map((i) => ({
      id: i.id,
      name: i.name[lang],
      group: i.group,
      agreedWan: i.agreedWan,
      landedWan: i.landedWan,
      landedShare: i.agreedWan > 0 ? i.landedWan / i.agreedWan : 0,
    }))
    .sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || b.agreedWan - a.agreedWan);
}

export const maxAgreedWan = (data: Investment) => data.industries.reduce((m, i) => Math.max(m, i.agreedWan), 0);

/**
 * The documented total (with its "over") leads; the per-industry split is illustrative and the grouping
 * inferred, and the sentence says both. The illustrative split is never presented as adding up to the letter.
 */
export function investmentSummary(data: Investment, lang: Lang): string {
  const m = MESSAGES[lang].investment.summary;
  const head = m.head(formatQuantity(data.agreed, lang));
  const top = [...data.industries].sort((a, b) => b.agreedWan - a.agreedWan)[0];
  if (!top) return m.none(head);
  const share = formatPercent(top.agreedWan > 0 ? top.landedWan / top.agreedWan : 0, lang);
  return m.top(head, top.name[lang], formatMoneyWan(top.agreedWan, lang), formatMoneyWan(top.landedWan, lang), share);
}
