import type { ReactNode } from 'react';
import type { Provenance, Text } from '@/contract/schemas';
import { DataTable, type Column } from '@/components/data-table';
import { FigureValue } from '@/components/figure-value';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatDate, formatNumber, type Lang } from '@/lib/format';
import { MESSAGES, plural } from '@/lib/i18n';
import { STATUS_ICON } from '@/lib/status-labels';
import type { TrendRow } from './trend-logic';
import { TREND_MESSAGES, type TrendMessages } from './trend-messages';
import { TREND_STATUSES } from './trend-series';

/** A formula in both languages, like the API's: the popover shows the reader's. */
const both = (pick: (m: TrendMessages, lang: Lang) => string): Text => ({ zh: pick(TREND_MESSAGES.zh, 'zh'), en: pick(TREND_MESSAGES.en, 'en') });
const monthName = (r: TrendRow, lang: Lang) => formatDate(r.month, lang, 'month');

/**
 * The chart's numbers, month by month, both measures at once. Each amount and rate is a figure with its own
 * formula (naming the month's ledger); the counts carry one mark on their header, as a dimension does.
 */
export function TrendTable({ rows, lang, provenance }: { rows: TrendRow[]; lang: Lang; provenance: Provenance }) {
  const m = TREND_MESSAGES[lang];
  const msg = MESSAGES[lang];
  const counted = (label: ReactNode) => <>{label} <ProvenanceBadge provenance={provenance} /></>;
  const columns: Column<TrendRow>[] = [
    {
      key: 'month', label: m.month,
      render: (r) => (r.gapBefore
        ? <>{r.label}{msg.aside(plural(r.gapBefore, m.gapCell, lang)(formatNumber(r.gapBefore, lang)))}</>
        : r.label),
    },
    {
      key: 'planned', label: m.planned, numeric: true,
      render: (r) => <FigureValue size="sm" figure={{ value: r.plannedWan, unit: 'wan-yuan', provenance,
        formula: both((t, l) => t.formula.planned(monthName(r, l), r.file)) }} />,
    },
    {
      key: 'completed', label: m.completed, numeric: true,
      render: (r) => <FigureValue size="sm" figure={{ value: r.completedWan, unit: 'wan-yuan', provenance,
        formula: both((t, l) => t.formula.completed(monthName(r, l), r.file)) }} />,
    },
    {
      key: 'rate', label: m.rate, numeric: true,
      render: (r) => <FigureValue size="sm" figure={{ value: Math.round(r.rate * 1000) / 10, unit: 'percent', provenance,
        formula: both((t, l) => t.formula.rate(monthName(r, l))) }} />,
    },
    { key: 'count', label: counted(m.count), numeric: true, render: (r) => formatNumber(r.count, lang) },
    ...TREND_STATUSES.map((s): Column<TrendRow> => ({
      key: s, numeric: true, render: (r) => formatNumber(r[s], lang),
      label: counted(<><span aria-hidden="true">{STATUS_ICON[s]}</span> {msg.status[s]}</>),
    })),
  ];
  return <DataTable caption={m.caption} rows={rows} rowKey={(r) => r.month} columns={columns} />;
}
