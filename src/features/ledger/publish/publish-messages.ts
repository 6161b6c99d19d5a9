import type { Lang } from '@/lib/format';
import type { ManifestProblem } from './read-manifest';

type Problems = Record<ManifestProblem, (detail?: string) => string>;

const PROBLEMS_ZH: Problems = {
  'not-json': () => '这个文件不是有效的 JSON',
  'not-manifest': (d) => `这个文件不是月度清单 index.json${d ? `（format 为「${d}」）` : ''}`,
  snapshot: () => '这是某个月份的快照文件，不是 index.json：请选择 data/ 文件夹里的 index.json',
  contract: (d) => `这个 index.json 不符合数据格式${d ? `（${d}）` : ''}`,
  http: (d) => `本站返回 HTTP ${d ?? ''}`,
  unreachable: (d) => `无法连接本站${d ? `：${d}` : ''}`,
};
const PROBLEMS_EN: Problems = {
  'not-json': () => 'this file is not valid JSON',
  'not-manifest': (d) => `this file is not the manifest index.json${d ? ` (its format is “${d}”)` : ''}`,
  snapshot: () => 'this is a month’s snapshot, not index.json: choose the index.json in the data/ folder',
  contract: (d) => `this index.json does not match the data format${d ? ` (${d})` : ''}`,
  http: (d) => `the site answered HTTP ${d ?? ''}`,
  unreachable: (d) => `the site could not be reached${d ? `: ${d}` : ''}`,
};

const zh = {
  title: '发布月度数据',
  description: '把本地台账发布到本站：下载两个文件，复制到网站上。所有打开本站的人都会看到这个月份，不只是这台电脑。',
  close: '关闭',
  preparing: '正在生成快照…',
  noLedger: '没有可发布的本地台账：请先导入台账。',
  ledgerFailed: (detail: string) => `这份台账不能发布：${detail}`,
  facts: '要发布的月份',
  month: '报告月份',
  asOf: '数据截至',
  count: '项目数',
  countValue: (n: string) => `${n} 个`,
  total: '总投资',
  status: '本站已发布的月份',
  checking: '正在查看本站已发布的月份…',
  hostNone: '本站尚未发布月度数据，这将是第一个月份。',
  hostAdd: (n: number, list: string, month: string) => `本站已发布${n}个月份：${list}，将新增${month}。`,
  hostReplace: (n: number, list: string, month: string) => `本站已发布${n}个月份：${list}，将替换已发布的${month}。`,
  hostFailed: (reason: string, month: string) =>
    `无法读取本站已发布的月份（${reason}）。下面的 index.json 将只列出${month}：若本站已发布过月份，请在下面选择网站上现有的 index.json。`,
  fileAdd: (name: string, n: number, list: string, month: string) => `「${name}」列出${n}个月份：${list}，将新增${month}。`,
  fileReplace: (name: string, n: number, list: string, month: string) => `「${name}」列出${n}个月份：${list}，将替换其中的${month}。`,
  unchanged: (line: string) => `${line}已发布的这个月份与这份台账完全相同，无需重新发布。`,
  fileFailed: (name: string, reason: string) => `不能使用「${name}」：${reason}`,
  problem: PROBLEMS_ZH,
  mergeFailed: (detail: string) => `无法生成新的 index.json：${detail}`,
  chooseOld: '选择网站上现有的 index.json',
  chooseOldHint: '本机读不到本站时，可以选择网站 data/ 文件夹里现有的 index.json，在它的基础上添加这个月份。',
  useHost: '改用本站的 index.json',
  downloads: '下载文件',
  downloadFile: (file: string) => `下载 ${file}`,
  downloaded: (file: string) => `已下载 ${file}。`,
  wechat: '微信内无法保存文件。请点右上角的菜单，选择在浏览器打开，再发布。',
  steps: '发布步骤',
  step1: '把两个文件复制到网站 index.html 旁的 data/ 文件夹（index.json 替换旧文件）。',
  step2: '服务器须以 application/json 提供 .json 文件。',
  step3: '刷新页面：所有人打开即看到最新月份，无需重新构建。',
};

export type PublishMessages = typeof zh;

const en: PublishMessages = {
  title: 'Publish this month',
  description: 'Publish the local ledger on this site: download two files and copy them to the site. Everyone who opens the site then sees this month, not only this computer.',
  close: 'Close',
  preparing: 'Writing the snapshot…',
  noLedger: 'There is no local ledger to publish: load a ledger first.',
  ledgerFailed: (detail) => `This ledger cannot be published: ${detail}`,
  facts: 'The month to publish',
  month: 'Report month',
  asOf: 'Data as of',
  count: 'Projects',
  countValue: (n) => n,
  total: 'Total investment',
  status: 'Months published on this site',
  checking: 'Checking the months this site publishes…',
  hostNone: 'This site publishes no months yet: this will be the first.',
  hostAdd: (n, list, month) => `This site publishes ${n} month${n === 1 ? '' : 's'}: ${list}. ${month} will be added.`,
  hostReplace: (n, list, month) => `This site publishes ${n} month${n === 1 ? '' : 's'}: ${list}. The published ${month} will be replaced.`,
  hostFailed: (reason, month) =>
    `The months this site publishes could not be read (${reason}). The index.json below will list ${month} only: if the site already publishes months, choose its current index.json below.`,
  fileAdd: (name, n, list, month) => `“${name}” lists ${n} month${n === 1 ? '' : 's'}: ${list}. ${month} will be added.`,
  fileReplace: (name, n, list, month) => `“${name}” lists ${n} month${n === 1 ? '' : 's'}: ${list}. Its ${month} will be replaced.`,
  unchanged: (line) => `${line} The published month is exactly this ledger: there is no need to publish it again.`,
  fileFailed: (name, reason) => `“${name}” cannot be used: ${reason}`,
  problem: PROBLEMS_EN,
  mergeFailed: (detail) => `The new index.json could not be made: ${detail}`,
  chooseOld: 'Choose the site’s current index.json',
  chooseOldHint: 'If this computer cannot read the site, choose the index.json now in the site’s data/ folder, and this month is added to it.',
  useHost: 'Use this site’s index.json instead',
  downloads: 'Download the files',
  downloadFile: (file) => `Download ${file}`,
  downloaded: (file) => `Downloaded ${file}.`,
  wechat: 'WeChat cannot save files. Open the menu at the top right, choose Open in browser, and publish there.',
  steps: 'How to publish',
  step1: 'Copy both files into the data/ folder beside the site’s index.html (index.json replaces the old one).',
  step2: 'The server must serve .json files as application/json.',
  step3: 'Reload the page: everyone who opens it sees the newest month, with no rebuild.',
};

export const PUBLISH_MESSAGES: Record<Lang, PublishMessages> = { zh, en };
