/**
 * Every figure and statement the letter of 2024-05-30 makes, with its quote in Simplified script.
 * Quotes are verbatim (after opencc t→cn and stripping pinyin): tests/unit/seed-quotes.test.ts checks each one.
 */
import type { Fact, Figure, Source, Text } from '../src/contract/schemas';
import { term } from './glossary.ts';

export const AS_OF = '2024-05-30';

const q = {
  document: '《关于以自贸区建设推动大别山革命老区高质量发展的提案》(1320177号)',
  funds: '设立50亿元的战略新型产业投资基金和15亿元的基础设施投资基金',
  vehicle: '组建豫东南高新投资集团有限公司',
  partners: '与明阳智慧能源、科创集团、中储国能等一批重点企业达成合作',
  agreed: '投资总额超300亿元',
  landed: '绿色能源装备制造产业园、云知声、慧博云通等已落地建设',
  industries: '以大健康、高端装备制造、信息技术、未来产业等“2+1+X”产业为重点',
  regions: '以长三角和粤港澳大湾区为主攻方向',
  event: '全省第九期“三个一批”项目建设活动在豫东南高新区举办',
  policy: '《关于支持豫东南高新区高质量发展的若干政策》的通知(信文〔2024〕3号)',
  tasks: '列出了第一批63项支持任务清单',
  platformTask: '“支持豫东南高新区申建自由贸易试验区开放创新联动区、保税物流中心、综合保税区、跨境电子商务示范区”',
  suXinPlan: '《信阳市苏州市对口合作方案》',
  suXinCompany: '2023年5月,苏信产业合作发展有限公司在豫东南高新区注册成立',
  suXinPark: '规划面积8平方公里的苏信合作产业园',
  energy: '目前正在推进200台套制氢装备生产线建设、3GW化学储能、300MW压缩空气储能、1000MW五岳抽水蓄能建设',
  pipeline: '总投资319.3亿元的多领域4大类26个项目正加紧推进',
  college: '以新工科为方向建设了信阳师范学院理工学院',
  categories: '以新工科为方向建设了信阳师范学院理工学院,以新基建为引领谋划建设基础设施网络,产学研联动谋划建设产业园区,以未来社区为主题谋划打造公共服务体系',
  cooperation: '目前已与4家高新区、2所高校、2家科研院所和19家高新技术企业签约深度合作',
  clusters: '聚焦6大产业集群和11条重点产业链',
  ftz: '积极申建中国(河南)自由贸易试验区信阳开放联动创新区',
  huaibin: '将豫东南高新区和淮滨港区列入信阳片区规划',
  bonded: '推进信阳(淮滨)保税物流中心(B型)申建工作',
  tradeBase: '申建省级外贸转型升级基地',
  parks: '加快明阳绿色能源装备制造产业园、苏信合作产业园、新县飞地产业园等项目建设进度',
  students: '实施“万名学子回归”工程',
  overseas: '实施“留学生人才引进工程”',
  merchants: '开展信商回归活动',
  date: '2024年5月30日',
  stage: '豫东南高新区建设处于起步阶段,区域带动、辐射和示范作用不强',
  gaps: '存在发展基础相对薄弱、发展优势相对不足、市场化水平滞后等问题和短板',
  positioning: '著眼打造引领信阳革命老区高质量发展新的‘增长极’,创新驱动、绿色集约发展的‘示范区’,河南省开发区改革的‘试验田’,对接长三角和粤港澳大湾区的‘桥头堡’',
  zeroCarbon: '打造零碳园区特色平台,大力发展新能源产业,建设绿色零碳园区',
  nextSteps: '下一步,我们将根据您提出的建议具体做好以下几个方面工作',
} as const;
export const QUOTES = q;

const doc = (value: number, unit: Figure['unit'], quote: string, qualifier: Figure['qualifier'] = 'exact'): Figure =>
  ({ value, unit, qualifier, provenance: 'documented', quote });
const fact = (id: string, text: Text, quote: string): Fact => ({ id, text, quote, provenance: 'documented' });
/** A reading of the letter: what we read, and from which of its words, so nobody mistakes it for the letter. */
const reading = (id: string, text: Text, quote: string, why: Text): Fact => ({ id, text, quote, provenance: 'inferred', reading: why });

export const ZONE = { name: term('豫东南高新技术产业开发区'), shortName: term('豫东南高新区') };

/** The demo's one source: every resource says it comes from this letter, and its date is the data's as-of date. */
export const SOURCE: Source = {
  kind: 'document',
  title: term('信阳市人民政府对政协提案第1320177号的答复'),
  by: term('信阳市人民政府'),
  date: AS_OF,
  reference: '1320177',
};
/** The proposal the letter answers, in its own words (the letter's heading). */
export const PROPOSAL = { title: term('关于以自贸区建设推动大别山革命老区高质量发展的提案'), quote: q.document };

export const FUNDS = [
  { id: 'strategic', name: term('战略新型产业投资基金'), size: doc(500000, 'wan-yuan', q.funds) },
  { id: 'infrastructure', name: term('基础设施投资基金'), size: doc(150000, 'wan-yuan', q.funds) },
];
/** Not in the letter: the sum of two figures that are. It says how it was computed. */
export const FUNDS_TOTAL: Figure = {
  value: FUNDS.reduce((s, f) => s + f.size.value, 0), unit: 'wan-yuan', qualifier: 'exact', provenance: 'derived',
  formula: { zh: '50亿元 + 15亿元（两支基金规模之和，来函未给出合计）', en: 'CNY 5 bn + CNY 1.5 bn (the two funds added; the letter gives no total)' },
};
export const FUND_VEHICLE = reading('vehicle', { zh: '豫东南高新投资集团有限公司为基金运作主体', en: 'Yudongnan High-tech Investment Group Co., Ltd. runs the funds' }, q.vehicle, {
  zh: '来函在同一段写“组建豫东南高新投资集团有限公司”并设立两支基金，未明说由该公司运作基金；此为我们的解读。',
  en: 'The letter forms the group (“组建豫东南高新投资集团有限公司”) and sets up the two funds in one paragraph, but does not say the group runs them; that is our reading.',
});

export const AGREED = doc(3000000, 'wan-yuan', q.agreed, 'over');
export const PARTNERS = ['明阳智慧能源', '科创集团', '中储国能'].map((zh, i) => fact(['mingyang', 'kechuang', 'zhongchu'][i] ?? zh, term(zh), q.partners));
export const LANDED = ['绿色能源装备制造产业园', '云知声', '慧博云通'].map((zh, i) => fact(['green-energy-park', 'unisound', 'hiboyun'][i] ?? zh, term(zh), q.landed));
export const INDUSTRIES = [
  { id: 'health', group: '2', ...term('大健康') },
  { id: 'equipment', group: '2', ...term('高端装备制造') },
  { id: 'it', group: '1', ...term('信息技术') },
  { id: 'future', group: 'X', ...term('未来产业') },
] as const;
export const INDUSTRY_GROUPING = reading('grouping', { zh: '“2+1+X”的分组', en: 'The 2+1+X grouping' }, q.industries, {
  zh: '来函列出四个产业并称“2+1+X”，未说明哪项属于“2”“1”“X”；表中分组为我们的解读。',
  en: 'The letter lists four industries as “2+1+X” without saying which is which; the grouping shown is our reading.',
});
export const TARGET_REGIONS = [fact('yrd', term('长三角'), q.regions), fact('gba', term('粤港澳大湾区'), q.regions)];
export const EVENT = fact('three-batches', { zh: '全省第九期“三个一批”项目建设活动在豫东南高新区举办', en: 'The province’s ninth Three Batches (三个一批) project-building event was held in the zone' }, q.event);

// The letter's own word for all four: “正在推进”. Nothing finer is claimed for real projects.
const advancing = fact('advancing', { zh: '正在推进', en: 'Being advanced' }, q.energy);
export const ENERGY = [
  { id: 'hydrogen', kind: 'hydrogen', name: term('制氢装备生产线'), capacity: doc(200, 'sets', q.energy), stage: advancing },
  { id: 'chemical', kind: 'chemical-storage', name: term('化学储能'), capacity: doc(3, 'GW', q.energy), stage: advancing },
  { id: 'caes', kind: 'compressed-air', name: term('压缩空气储能'), capacity: doc(300, 'MW', q.energy), stage: advancing },
  { id: 'wuyue', kind: 'pumped-storage', name: term('五岳抽水蓄能'), capacity: doc(1000, 'MW', q.energy), stage: advancing },
] as const;

export const PIPELINE = {
  count: doc(26, 'count', q.pipeline),
  total: doc(3193000, 'wan-yuan', q.pipeline),
  categories: doc(4, 'count', q.pipeline),
};
/** The four category names are read from four clauses of one sentence; the letter does not label them. */
const CATEGORY_READING = {
  zh: '来函以四个分句介绍“4大类”项目（以新工科为方向、以新基建为引领、产学研联动、以未来社区为主题），未给类别命名；类别名称为我们的解读。',
  en: 'The letter describes the “4大类” (four categories) in four clauses but does not name them; the category names are our reading.',
};
/** The demo's four category ids, in the letter's order (a real source brings its own list). */
export const DEMO_CATEGORIES = ['new-engineering', 'new-infrastructure', 'industry-academia', 'future-community'] as const;
export type DemoCategory = (typeof DEMO_CATEGORIES)[number];
export const PIPELINE_CATEGORIES = DEMO_CATEGORIES.map((id, i) => ({
  id, name: term(['新工科', '新基建', '产学研', '未来社区'][i] ?? ''), provenance: 'inferred' as const, quote: q.categories, reading: CATEGORY_READING,
}));

/**
 * Projects and parks the letter names. They carry what the letter says and nothing else: no amount, date or
 * progress, because the letter gives none and a made-up number must never sit beside a real name.
 * Whether they are among the 26 is not stated, so they are listed apart from the pipeline.
 */
export const NAMED_PROJECTS = [
  { id: 'college', name: term('信阳师范学院理工学院'), stage: 'completed', quote: q.college, reading: {
    zh: '来函写“建设了信阳师范学院理工学院”；我们读作已建成。', en: 'The letter says the zone “建设了” (has built) the college; we read that as completed.' } },
  { id: 'mingyang-park', name: term('明阳绿色能源装备制造产业园'), stage: 'construction', quote: q.landed, reading: {
    zh: '来函写绿色能源装备制造产业园“已落地建设”；我们读作在建，并认为即明阳绿色能源装备制造产业园。',
    en: 'The letter says the green energy equipment park “已落地建设” (has landed and is being built); we read that as under construction, and as the Mingyang park.' } },
  { id: 'suxin-park', name: term('苏信合作产业园'), stage: 'construction', quote: q.parks, reading: {
    zh: '来函要求加快其“项目建设进度”；我们读作在建。', en: 'The letter calls for speeding up its “项目建设进度” (construction progress); we read that as under construction.' } },
  { id: 'xinxian-park', name: term('新县飞地产业园'), stage: 'construction', quote: q.parks, reading: {
    zh: '来函要求加快其“项目建设进度”；我们读作在建。', en: 'The letter calls for speeding up its “项目建设进度” (construction progress); we read that as under construction.' } },
] as const;

export const POLICY = {
  title: term('关于支持豫东南高新区高质量发展的若干政策'),
  number: '信文〔2024〕3号',
  quote: q.policy,
  count: doc(63, 'items', q.tasks),
  platformTask: { ...term('支持豫东南高新区申建自由贸易试验区开放创新联动区、保税物流中心、综合保税区、跨境电子商务示范区'), quote: q.platformTask },
};

export const COOPERATION = [
  { kind: 'hightech-zone', name: term('高新区'), count: doc(4, 'count', q.cooperation) },
  { kind: 'university', name: term('高校'), count: doc(2, 'count', q.cooperation) },
  { kind: 'institute', name: term('科研院所'), count: doc(2, 'count', q.cooperation) },
  { kind: 'enterprise', name: term('高新技术企业'), count: doc(19, 'count', q.cooperation) },
] as const;

export const SU_XIN = {
  plan: fact('suxin-plan', { zh: '《信阳市苏州市对口合作方案》', en: `${term('信阳市苏州市对口合作方案').en}` }, q.suXinPlan),
  company: fact('suxin-company', { zh: '苏信产业合作发展有限公司在豫东南高新区注册成立', en: `${term('苏信产业合作发展有限公司').en} was registered in the zone` }, q.suXinCompany),
  registered: '2023-05',
  parkArea: doc(8, 'km2', q.suXinPark),
};

/** 'listed': in the policy's first task list. 'next-step': among the letter's next steps (下一步). */
export const PLATFORM_APPLICATIONS = [
  { id: 'ftz', stage: 'next-step', name: term('中国(河南)自由贸易试验区信阳开放联动创新区'), quote: q.ftz },
  { id: 'bonded-b', stage: 'next-step', name: term('信阳(淮滨)保税物流中心(B型)'), quote: q.bonded },
  { id: 'trade-base', stage: 'next-step', name: term('省级外贸转型升级基地'), quote: q.tradeBase },
  { id: 'ftz-linkage', stage: 'listed', name: term('自由贸易试验区开放创新联动区'), quote: q.platformTask },
  { id: 'comprehensive', stage: 'listed', name: term('综合保税区'), quote: q.platformTask },
  { id: 'e-commerce', stage: 'listed', name: term('跨境电子商务示范区'), quote: q.platformTask },
] as const;

export const PARKS_DOC = [
  { id: 'suxin', name: term('苏信合作产业园'), area: doc(8, 'km2', q.suXinPark), quote: q.parks },
  { id: 'green-energy', name: term('明阳绿色能源装备制造产业园'), quote: q.parks },
  { id: 'xinxian', name: term('新县飞地产业园'), quote: q.parks },
];

export const CLUSTERS = doc(6, 'count', q.clusters);
export const CHAINS = doc(11, 'count', q.clusters);
export const NEXT_STEPS = [
  fact('huaibin', { zh: '将豫东南高新区和淮滨港区列入信阳片区规划', en: `Include the zone and the ${term('淮滨港区').en} in the Xinyang area plan` }, q.huaibin),
  fact('students', { zh: '实施“万名学子回归”工程', en: `Run the ${term('万名学子回归').en}` }, q.students),
  fact('overseas', { zh: '实施“留学生人才引进工程”', en: `Run the ${term('留学生人才引进工程').en}` }, q.overseas),
  fact('merchants', { zh: '开展信商回归活动', en: `Hold ${term('信商回归').en} events` }, q.merchants),
];

/** What the letter itself says of the zone's stage, its shortcomings, its four positionings and its green aim. */
export const CONTEXT = {
  stage: fact('stage', { zh: '建设处于起步阶段，区域带动、辐射和示范作用不强', en: 'Construction is at an early stage; the zone does little yet to drive, spread to or set an example for the region' }, q.stage),
  gaps: [
    fact('gap-base', { zh: '发展基础相对薄弱', en: 'A relatively weak development base' }, q.gaps),
    fact('gap-advantage', { zh: '发展优势相对不足', en: 'Relatively few development advantages' }, q.gaps),
    fact('gap-market', { zh: '市场化水平滞后', en: 'Marketisation lagging behind' }, q.gaps),
  ],
  positionings: ['增长极', '示范区', '试验田', '桥头堡'].map((zh) => fact(`positioning-${term(zh).en.replace(/\W+/g, '-')}`, term(zh), q.positioning)),
  zeroCarbon: fact('zero-carbon', { zh: '打造零碳园区特色平台，建设绿色零碳园区', en: `Build a ${term('零碳园区').en} as a signature platform` }, q.zeroCarbon),
};

/**
 * Every company, institution, named project, park and energy project the letter names, with the short forms
 * and English names a reader would search for. No illustrative number, date, progress or status may share a
 * record or an element with any of them: tests/unit/honest-figures.test.ts and the browser suite enforce it.
 */
export const REAL_NAMES: readonly { kind: 'company' | 'institution' | 'project' | 'park' | 'energy' | 'platform'; zh: string; en: string; short: readonly string[] }[] = [
  { kind: 'company', ...term('明阳智慧能源'), short: ['明阳', 'Mingyang'] },
  { kind: 'company', ...term('科创集团'), short: ['科创', 'Kechuang'] },
  { kind: 'company', ...term('中储国能'), short: ['中储', 'Zhongchu'] },
  { kind: 'company', ...term('云知声'), short: ['云知声', 'Unisound'] },
  { kind: 'company', ...term('慧博云通'), short: ['慧博', 'Huibo'] },
  { kind: 'company', ...term('豫东南高新投资集团有限公司'), short: ['投资集团', 'Investment Group'] },
  { kind: 'company', ...term('苏信产业合作发展有限公司'), short: ['苏信产业', 'Su-Xin Industrial'] },
  { kind: 'institution', ...term('信阳师范学院理工学院'), short: ['理工学院', '信阳师范学院', 'Xinyang Normal University', 'College of Science and Engineering'] },
  { kind: 'project', ...term('绿色能源装备制造产业园'), short: ['绿色能源装备', 'Green energy equipment'] },
  { kind: 'park', ...term('明阳绿色能源装备制造产业园'), short: ['明阳', 'Mingyang'] },
  { kind: 'park', ...term('苏信合作产业园'), short: ['苏信', 'Su-Xin'] },
  { kind: 'park', ...term('新县飞地产业园'), short: ['新县', '飞地', 'Xinxian', 'enclave'] },
  { kind: 'park', ...term('淮滨港区'), short: ['淮滨', 'Huaibin'] },
  { kind: 'energy', ...term('五岳抽水蓄能'), short: ['五岳', 'Wuyue', '抽水蓄能', 'pumped-storage'] },
  { kind: 'energy', ...term('制氢装备生产线'), short: ['制氢', 'Hydrogen'] },
  { kind: 'energy', ...term('化学储能'), short: ['化学储能', 'Chemical energy storage'] },
  { kind: 'energy', ...term('压缩空气储能'), short: ['压缩空气', 'Compressed-air'] },
  { kind: 'platform', ...term('信阳(淮滨)保税物流中心(B型)'), short: ['保税物流中心', 'bonded logistics'] },
  { kind: 'platform', ...term('中国(河南)自由贸易试验区信阳开放联动创新区'), short: ['开放联动创新区', '开放创新联动区', 'linkage'] },
];
