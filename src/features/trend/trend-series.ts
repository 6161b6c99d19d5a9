import { PALETTE, RAG_COLOR, type Series } from '@/components/charts';
import type { Lang } from '@/lib/format';
import { MESSAGES } from '@/lib/i18n';
import type { ScheduleStatus } from '@/lib/schedule';
import { STATUS_ICON } from '@/lib/status-labels';
import { TREND_MESSAGES } from './trend-messages';

/** The stack's order, bottom up: the statuses a leader reads for first, finished and not yet started last. */
export const TREND_STATUSES: readonly ScheduleStatus[] = ['on-track', 'at-risk', 'behind', 'done', 'not-started'];

/**
 * The status colours: the schedule's RAG, except 已完成, which RAG shares with 正常 (both green): stacked side by
 * side they would be one block, so it takes the palette's blue. Never colour alone: each name carries its icon.
 */
const STATUS_COLOR: Record<ScheduleStatus, string> = {
  'on-track': RAG_COLOR.green, 'at-risk': RAG_COLOR.amber, behind: RAG_COLOR.red, done: PALETTE[0], 'not-started': RAG_COLOR.none,
};

/** Both charts' series, labels and colours in one place: the legend, the tooltip, the export and the CSV read them. */
export function trendSeries(lang: Lang, illustrative: boolean): { money: Series[]; status: Series[] } {
  const m = TREND_MESSAGES[lang];
  const msg = MESSAGES[lang];
  return {
    money: [
      { key: 'plannedWan', label: m.planned, color: PALETTE[0], illustrative },
      { key: 'completedWan', label: m.completed, color: PALETTE[1], illustrative },
    ],
    status: TREND_STATUSES.map((s) => ({
      key: s, label: `${STATUS_ICON[s]} ${msg.status[s]}`, color: STATUS_COLOR[s], stackId: 'status', illustrative,
    })),
  };
}
