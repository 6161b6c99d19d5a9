// Which parts of the page (zh headings) read which resource, what each prints and which charts plot it:
// shared by the MSW fault journeys (faults.e2e.ts) and the live ones (lib/live.ts), so "one endpoint fails
// alone" means the same page map in both.
import type { ResourceName } from '../../../src/contract/resources';

export const VERDICT_FAILED = '总体判断暂不可用：所需数据加载失败。';
/** Headings of the parts that read each resource: exactly these show an alert when it fails. */
export const READERS: Record<ResourceName, string[]> = {
  summary: ['来函所述现状与定位'],
  funds: ['基金', '完成与投放', '基金规模与累计投放', '资金保障与26个项目'],
  investment: ['达成合作投资总额', '完成与投放', '分产业招商引资：签约与落地', '招商与落地'],
  energy: ['能源项目（来函未给总量）', '能源项目规模与阶段'],
  projects: [VERDICT_FAILED, '总投资', '年度投资完成率', '完成与投放', '项目', '项目：按类别与阶段', '计划与完成投资（累计）', '资金保障与26个项目'],
  policyTasks: [VERDICT_FAILED, '政策任务', '政策任务（第一批）', '第一批政策任务进度'],
  cooperation: ['签约深度合作', '苏信合作'],
  platforms: ['政策与开放平台', '园区与产业布局', '下一步工作'],
};

/** What each part prints from its resource ("%" in context is the figure, next to its label). */
export const FIGURES: { heading: string; from: ResourceName; value: string; context?: string }[] = [
  { heading: '总投资', from: 'projects', value: '319.3亿元' },
  { heading: '基金', from: 'funds', value: '50亿元' },
  { heading: '达成合作投资总额', from: 'investment', value: '300亿元以上' },
  { heading: '能源项目（来函未给总量）', from: 'energy', value: '3 GW', context: '化学储能 %' },
  { heading: '政策任务', from: 'policyTasks', value: '63项', context: '第一批任务 %' },
  { heading: '签约深度合作', from: 'cooperation', value: '19', context: '高新技术企业 %' },
  { heading: '来函所述现状与定位', from: 'summary', value: '增长极' },
  { heading: '资金保障与26个项目', from: 'funds', value: '豫东南高新投资集团有限公司为基金运作主体' },
  { heading: '资金保障与26个项目', from: 'projects', value: '319.3亿元', context: '总投资 %' },
  { heading: '政策与开放平台', from: 'platforms', value: '信文〔2024〕3号' },
  { heading: '园区与产业布局', from: 'platforms', value: '8平方公里', context: '规划面积 %' },
  { heading: '下一步工作', from: 'platforms', value: '开展信商回归活动' },
  { heading: '招商与落地', from: 'investment', value: '云知声' },
  { heading: '苏信合作', from: 'cooperation', value: '《信阳市苏州市对口合作方案》' },
];

/** Chart panels (zh headings) and the resource each plots. */
export const CHARTS: Record<string, ResourceName> = {
  '项目：按类别与阶段': 'projects',
  '计划与完成投资（累计）': 'projects',
  '基金规模与累计投放': 'funds',
  '分产业招商引资：签约与落地': 'investment',
  '能源项目规模与阶段': 'energy',
  '第一批政策任务进度': 'policyTasks',
};

