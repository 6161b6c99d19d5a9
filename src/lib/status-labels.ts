import type { ScheduleStatus } from './schedule';

/**
 * Status is always text plus an icon, never colour alone. The icons are the same in every language; the
 * words are in the dictionaries (src/lib/i18n, `status`).
 */
export const STATUS_ICON: Record<ScheduleStatus, string> = {
  done: '✔', 'on-track': '●', 'at-risk': '▲', behind: '■', 'not-started': '○',
};
