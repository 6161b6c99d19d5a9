import type { Lang } from '@/lib/format';

export const NOTE_MESSAGES = {
  zh: {
    localNote: (file: string) => `项目数据来自本机导入的台账「${file}」，只保存在这台电脑的浏览器里。`,
    demoRest: '其他部分仍是演示数据：来函整理数据与示例数据。',
    localWins: '本机的本地台账优先于本站已发布的月度数据；移除后即显示已发布的数据。',
    sessionOnly: '这个浏览器不能保存台账：刷新或关闭页面后需要重新导入。',
    publish: '发布…',
    publishLoading: '正在打开发布…',
    remove: '移除本地台账',
    removed: '已移除本地台账，恢复显示示例数据。',
    removedLive: '已移除本地台账，恢复显示业务系统数据。',
  },
  en: {
    localNote: (file: string) => `The project data comes from the ledger “${file}” loaded on this computer, and is kept in this browser only.`,
    demoRest: 'The rest of the page is still demo data: figures from the letter and illustrative data.',
    localWins: 'On this computer the local ledger wins over the months published on this site; remove it to see the published data.',
    sessionOnly: 'This browser cannot keep the ledger: after a reload or closing the page, load it again.',
    publish: 'Publish…',
    publishLoading: 'Opening Publish…',
    remove: 'Remove local ledger',
    removed: 'Local ledger removed; the demo data is back.',
    removedLive: 'Local ledger removed; the service’s data is back.',
  },
} satisfies Record<Lang, unknown>;
