/**
 * Every figure and statement the letter of 2024-05-30 makes, with its quote in Simplified script.
 * Quotes are verbatim (after opencc t→cn and stripping pinyin): tests/unit/seed-quotes.test.ts checks each one.
 */
import type { Fact, Figure } from '../src/api/schemas';

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
} as const;
export const QUOTES = q;

const doc = (value: number, unit: Figure['unit'], quote: string, qualifier: Figure['qualifier'] = 'exact'): Figure =>
  ({ value, unit, qualifier, provenance: 'documented', quote });
const fact = (id: string, zh: string, en: string, quote: string, provenance: Fact['provenance'] = 'documented'): Fact =>
  ({ id, text: { zh, en }, quote, provenance });

export const ZONE = {
  name: { zh: '豫东南高新技术产业开发区', en: 'Yudongnan High-tech Industrial Development Zone' },
  shortName: { zh: '豫东南高新区', en: 'Yudongnan High-tech Zone' },
};

export const DOCUMENT = {
  title: { zh: '信阳市人民政府对政协提案第1320177号的答复', en: "Xinyang Municipal Government's reply to CPPCC proposal No. 1320177" },
  proposalNo: '1320177',
  proposalTitle: {
    zh: '关于以自贸区建设推动大别山革命老区高质量发展的提案',
    en: 'Proposal on driving high-quality development of the Dabie Mountains old revolutionary base area through free-trade-zone building',
  },
  issuer: { zh: '信阳市人民政府', en: 'Xinyang Municipal Government' },
  date: AS_OF,
  quote: q.document,
};

export const FUNDS = [
  { id: 'strategic', name: { zh: '战略新型产业投资基金', en: 'Strategic emerging industries fund' }, size: doc(500000, 'wan-yuan', q.funds) },
  { id: 'infrastructure', name: { zh: '基础设施投资基金', en: 'Infrastructure fund' }, size: doc(150000, 'wan-yuan', q.funds) },
];
export const FUND_VEHICLE = fact('vehicle', '组建豫东南高新投资集团有限公司，作为基金的运作主体（推断）',
  'Yudongnan High-tech Investment Group Co., Ltd. was formed; that it runs the funds is our reading', q.vehicle, 'inferred');

export const AGREED = doc(3000000, 'wan-yuan', q.agreed, 'over');
export const PARTNERS = [
  fact('mingyang', '明阳智慧能源', 'Mingyang Smart Energy', q.partners),
  fact('kechuang', '科创集团', 'Kechuang Group', q.partners),
  fact('zhongchu', '中储国能', 'Zhongchu Guoneng (China Energy Storage)', q.partners),
];
export const LANDED = [
  fact('green-energy-park', '绿色能源装备制造产业园', 'Green energy equipment manufacturing park', q.landed),
  fact('unisound', '云知声', 'Unisound', q.landed),
  fact('hiboyun', '慧博云通', 'Huibo Yuntong', q.landed),
];
export const INDUSTRIES = [
  { id: 'health', zh: '大健康', en: 'Health', group: '2' },
  { id: 'equipment', zh: '高端装备制造', en: 'High-end equipment', group: '2' },
  { id: 'it', zh: '信息技术', en: 'Information technology', group: '1' },
  { id: 'future', zh: '未来产业', en: 'Future industries', group: 'X' },
] as const;
export const INDUSTRY_GROUPING = fact('grouping', '“2+1+X”中哪项属于“2”“1”“X”为我们的解读',
  'Which industry is the "2", the "1" and the "X" is our reading', q.industries, 'inferred');
export const TARGET_REGIONS = [
  fact('yrd', '长三角', 'Yangtze River Delta', q.regions),
  fact('gba', '粤港澳大湾区', 'Guangdong–Hong Kong–Macao Greater Bay Area', q.regions),
];
export const EVENT = fact('three-batches', '全省第九期“三个一批”项目建设活动在豫东南高新区举办',
  "The province's 9th \"Three Batches\" project event was held in the zone", q.event);

const advancing = fact('advancing', '正在推进建设', 'Being advanced', q.energy);
export const ENERGY = [
  { id: 'hydrogen', kind: 'hydrogen', name: { zh: '制氢装备生产线', en: 'Hydrogen equipment line' }, capacity: doc(200, 'sets', q.energy), stage: advancing },
  { id: 'chemical', kind: 'chemical-storage', name: { zh: '化学储能', en: 'Chemical energy storage' }, capacity: doc(3, 'GW', q.energy), stage: advancing },
  { id: 'caes', kind: 'compressed-air', name: { zh: '压缩空气储能', en: 'Compressed-air energy storage' }, capacity: doc(300, 'MW', q.energy), stage: advancing },
  { id: 'wuyue', kind: 'pumped-storage', name: { zh: '五岳抽水蓄能', en: 'Wuyue pumped storage' }, capacity: doc(1000, 'MW', q.energy), stage: advancing },
] as const;

export const PIPELINE = {
  count: doc(26, 'count', q.pipeline),
  total: doc(3193000, 'wan-yuan', q.pipeline),
  categories: doc(4, 'count', q.pipeline),
};

export const POLICY = {
  title: { zh: '关于支持豫东南高新区高质量发展的若干政策', en: 'Policies in support of the high-quality development of the Yudongnan High-tech Zone' },
  number: '信文〔2024〕3号',
  quote: q.policy,
  count: doc(63, 'items', q.tasks),
  platformTask: {
    zh: '支持豫东南高新区申建自由贸易试验区开放创新联动区、保税物流中心、综合保税区、跨境电子商务示范区',
    en: 'Support the zone in applying for an FTZ linkage zone, a bonded logistics centre, a comprehensive bonded zone and a cross-border e-commerce zone',
    quote: q.platformTask,
  },
};

export const COOPERATION = [
  { kind: 'hightech-zone', name: { zh: '高新区', en: 'High-tech zones' }, count: doc(4, 'count', q.cooperation) },
  { kind: 'university', name: { zh: '高校', en: 'Universities' }, count: doc(2, 'count', q.cooperation) },
  { kind: 'institute', name: { zh: '科研院所', en: 'Research institutes' }, count: doc(2, 'count', q.cooperation) },
  { kind: 'enterprise', name: { zh: '高新技术企业', en: 'High-tech enterprises' }, count: doc(19, 'count', q.cooperation) },
] as const;

export const SU_XIN = {
  plan: fact('suxin-plan', '《信阳市苏州市对口合作方案》', 'Xinyang–Suzhou paired cooperation plan', q.suXinPlan),
  company: fact('suxin-company', '苏信产业合作发展有限公司在豫东南高新区注册成立', 'Su-Xin Industrial Cooperation Development Co., Ltd. registered in the zone', q.suXinCompany),
  registered: '2023-05',
  parkArea: doc(8, 'km2', q.suXinPark),
};

export const PLATFORM_APPLICATIONS = [
  { id: 'ftz', stage: 'applying', name: { zh: '中国(河南)自由贸易试验区信阳开放联动创新区', en: 'China (Henan) FTZ Xinyang linkage innovation zone' }, quote: q.ftz },
  { id: 'bonded-b', stage: 'applying', name: { zh: '信阳(淮滨)保税物流中心(B型)', en: 'Xinyang (Huaibin) bonded logistics centre (type B)' }, quote: q.bonded },
  { id: 'comprehensive', stage: 'listed', name: { zh: '综合保税区', en: 'Comprehensive bonded zone' }, quote: q.platformTask },
  { id: 'e-commerce', stage: 'listed', name: { zh: '跨境电子商务示范区', en: 'Cross-border e-commerce zone' }, quote: q.platformTask },
  { id: 'trade-base', stage: 'applying', name: { zh: '省级外贸转型升级基地', en: 'Provincial foreign-trade upgrading base' }, quote: q.tradeBase },
] as const;

export const PARKS_DOC = [
  { id: 'suxin', name: { zh: '苏信合作产业园', en: 'Su-Xin cooperation industrial park' }, area: doc(8, 'km2', q.suXinPark), quote: q.parks },
  { id: 'green-energy', name: { zh: '明阳绿色能源装备制造产业园', en: 'Mingyang green energy equipment park' }, quote: q.parks },
  { id: 'xinxian', name: { zh: '新县飞地产业园', en: 'Xinxian enclave industrial park' }, quote: q.parks },
];

export const CLUSTERS = doc(6, 'count', q.clusters);
export const CHAINS = doc(11, 'count', q.clusters);
export const NEXT_STEPS = [
  fact('huaibin', '将豫东南高新区和淮滨港区列入信阳片区规划', 'Put the zone and Huaibin port area into the Xinyang FTZ area plan', q.huaibin),
  fact('students', '实施“万名学子回归”工程', 'Run the "10,000 graduates return" programme', q.students),
  fact('overseas', '实施“留学生人才引进工程”', 'Run the returning overseas-students programme', q.overseas),
  fact('merchants', '开展信商回归活动', 'Hold "Xinyang merchants return" events', q.merchants),
];
