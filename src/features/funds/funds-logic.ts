import type { Figure, Funds } from '@/contract/schemas';
import { formatDate, formatMoneyWan, formatNumber, formatPercent, formatQuantity, type Lang } from '@/lib/format';
import { formatList, MESSAGES, plural } from '@/lib/i18n';

/** The total comes from the API as a derived figure (with its formula); what has been deployed is illustrative. */
export function fundTotals(data: Funds) {
  // The same latest point the chart and summary use; the language only picks names, which a sum ignores.
  const deployedWan = latestByFund(data, 'zh').reduce((sum, l) => sum + (l.deployedWan ?? 0), 0);
  const deployed: Figure = { value: deployedWan, unit: 'wan-yuan', qualifier: 'exact', provenance: 'illustrative' };
  return { total: data.total, deployed, deployedWan };
}

// ---- Chart shaping: the cumulative deployment line per fund (illustrative) against the documented sizes.

export interface FundLatest {
  id: string;
  name: string;
  sizeWan: number;
  /** Latest cumulative deployment (illustrative), or null when the fund has no points yet. */
  deployedWan: number | null;
  month: string | null;
  /** deployedWan / sizeWan, 0..1; null with no deployment. */
  share: number | null;
}

/** One row per month, one column per fund id; a fund with no point that month is left out, not zeroed. */
export interface DeploymentRow {
  month: string;
  label: string;
  [fundId: string]: string | number;
}

const months = (data: Funds) => [...new Set(data.deployment.map((p) => p.month))].sort();

export function deploymentRows(data: Funds, lang: Lang): DeploymentRow[] {
  return months(data).map((month) => {
    const row: DeploymentRow = { month, label: formatDate(month, lang, 'month') };
    for (const p of data.deployment) if (p.month === month) row[p.fundId] = p.cumulativeWan;
    return row;
  });
}

/** The last month wins, by month string rather than by array order, so a reordered payload reads the same. */
export function latestByFund(data: Funds, lang: Lang): FundLatest[] {
  return data.funds.map((f) => {
    const points = data.deployment.filter((p) => p.fundId === f.id).sort((a, b) => a.month.localeCompare(b.month));
    const last = points[points.length - 1]; // not .at(): Safari 14 / Chrome 87 are our floor
    return {
      id: f.id,
      name: f.name[lang],
      sizeWan: f.size.value,
      deployedWan: last?.cumulativeWan ?? null,
      month: last?.month ?? null,
      share: last && f.size.value > 0 ? last.cumulativeWan / f.size.value : null,
    };
  });
}

export const maxDeployedWan = (data: Funds) => data.deployment.reduce((m, p) => Math.max(m, p.cumulativeWan), 0);

/** One plain sentence: documented sizes first, then the latest illustrative share of each fund. */
export function fundsSummary(data: Funds, lang: Lang): string {
  const m = MESSAGES[lang].funds.summary;
  const latest = latestByFund(data, lang);
  const size = (l: FundLatest) => formatQuantity({ value: l.sizeWan, unit: 'wan-yuan' }, lang);
  const all = months(data);
  const lastMonth = all[all.length - 1];
  const deployed = latest.filter((l) => l.deployedWan !== null && l.share !== null);
  // "name amount (share)" in both languages, so each figure sits next to the fund it belongs to.
  const dep = (l: FundLatest) => m.deployed(l.name, formatMoneyWan(l.deployedWan ?? 0, lang), formatPercent(l.share ?? 0, lang));
  const sizes = formatList(latest.map((l) => m.size(l.name, size(l))), lang);
  const head = plural(latest.length, m.head, lang)(formatNumber(latest.length, lang), sizes);
  if (!lastMonth || deployed.length === 0) return m.none(head);
  return m.latest(head, formatDate(lastMonth, lang, 'month'), formatList(deployed.map(dep), lang));
}
