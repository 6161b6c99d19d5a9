import type { Lang } from '@/lib/format';

export const NOTE_MESSAGES = {
  zh: {
    localNote: (file: string) => `项目数据来自本机导入的台账「${file}」，只保存在这台电脑的浏览器里。`,
    demoRest: '其他部分仍是演示数据：来函整理数据与示例数据。',
    sessionOnly: '这个浏览器不能保存台账：刷新或关闭页面后需要重新导入。',
    remove: '移除本地台账',
    removed: '已移除本地台账，恢复显示示例数据。',
    removedLive: '已移除本地台账，恢复显示业务系统数据。',
  },
  en: {
    localNote: (file: string) => `The project data comes from the ledger “${file}” loaded on this computer, and is kept in this browser only.`,
    demoRest: 'The rest of the page is still demo data: figures from the letter and illustrative data.',
    sessionOnly: 'This browser cannot keep the ledger: after a reload or closing the page, load it again.',
    remove: 'Remove local ledger',
    removed: 'Local ledger removed; the demo data is back.',
    removedLive: 'Local ledger removed; the service’s data is back.',
  },
} satisfies Record<Lang, unknown>;
