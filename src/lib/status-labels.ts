import type { Lang } from './format';
import type { ScheduleStatus } from './schedule';

/** Status is always text plus an icon, never colour alone. */
export const STATUS_LABEL: Record<Lang, Record<ScheduleStatus, string>> = {
  zh: { done: '已完成', 'on-track': '正常', 'at-risk': '预警', behind: '滞后', 'not-started': '未开始' },
  en: { done: 'Done', 'on-track': 'On track', 'at-risk': 'At risk', behind: 'Behind', 'not-started': 'Not started' },
};
export const STATUS_ICON: Record<ScheduleStatus, string> = {
  done: '✔', 'on-track': '●', 'at-risk': '▲', behind: '■', 'not-started': '○',
};
