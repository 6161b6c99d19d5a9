/**
 * Every official name the UI shows, in the letter's Chinese (each of its forms verbatim) and one agreed
 * English rendering. The seed takes names from here and nowhere else, so a name reaches the UI through
 * the API with the same English everywhere; tests/unit/glossary.test.ts checks the dataset against it.
 */
export interface GlossaryEntry {
  zh: string;
  en: string;
  note?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  // The zone and the source document
  { zh: '豫东南高新技术产业开发区', en: 'Yudongnan High-tech Industrial Development Zone' },
  { zh: '豫东南高新区', en: 'Yudongnan High-tech Zone', note: 'The short form the letter uses throughout.' },
  { zh: '信阳市人民政府', en: 'Xinyang Municipal People’s Government' },
  { zh: '信阳市人民政府对政协提案第1320177号的答复', en: 'Reply of the Xinyang Municipal People’s Government to CPPCC proposal No. 1320177' },
  { zh: '关于以自贸区建设推动大别山革命老区高质量发展的提案', en: 'Proposal on driving the high-quality development of the Dabie Mountains old revolutionary base area through pilot free trade zone building' },
  // Funds and the investment group
  { zh: '战略新型产业投资基金', en: 'Strategic emerging industries investment fund' },
  { zh: '基础设施投资基金', en: 'Infrastructure investment fund' },
  { zh: '豫东南高新投资集团有限公司', en: 'Yudongnan High-tech Investment Group Co., Ltd.' },
  // Companies and institutions the letter names
  { zh: '明阳智慧能源', en: 'Mingyang Smart Energy' },
  { zh: '科创集团', en: 'Kechuang Group' },
  { zh: '中储国能', en: 'Zhongchu Guoneng', note: 'Also known in English as China Energy Storage National Engineering.' },
  { zh: '云知声', en: 'Unisound' },
  { zh: '慧博云通', en: 'Huibo Yuntong' },
  { zh: '苏信产业合作发展有限公司', en: 'Su-Xin Industrial Cooperation Development Co., Ltd.' },
  { zh: '信阳师范学院理工学院', en: 'College of Science and Engineering, Xinyang Normal University' },
  // Parks and named projects
  { zh: '绿色能源装备制造产业园', en: 'Green energy equipment manufacturing industrial park', note: 'The letter’s form in the paragraph on projects landed.' },
  { zh: '明阳绿色能源装备制造产业园', en: 'Mingyang green energy equipment manufacturing industrial park' },
  { zh: '苏信合作产业园', en: 'Su-Xin cooperation industrial park' },
  { zh: '新县飞地产业园', en: 'Xinxian enclave industrial park' },
  { zh: '淮滨港区', en: 'Huaibin port area' },
  // Energy projects
  { zh: '制氢装备生产线', en: 'Hydrogen production equipment line' },
  { zh: '化学储能', en: 'Chemical energy storage' },
  { zh: '压缩空气储能', en: 'Compressed-air energy storage' },
  { zh: '五岳抽水蓄能', en: 'Wuyue pumped-storage hydropower' },
  // Policy and platforms
  { zh: '关于支持豫东南高新区高质量发展的若干政策', en: 'Several Policies in Support of the High-quality Development of the Yudongnan High-tech Zone' },
  { zh: '支持豫东南高新区申建自由贸易试验区开放创新联动区、保税物流中心、综合保税区、跨境电子商务示范区', en: 'Support the zone in applying for a pilot free trade zone open innovation linkage zone, a bonded logistics centre, a comprehensive bonded zone and a cross-border e-commerce demonstration zone' },
  { zh: '中国(河南)自由贸易试验区信阳开放联动创新区', en: 'China (Henan) Pilot Free Trade Zone Xinyang opening-up linkage innovation zone', note: 'The letter writes 开放联动创新区 here and 开放创新联动区 in the task list; both forms are kept.' },
  { zh: '自由贸易试验区开放创新联动区', en: 'Pilot free trade zone open innovation linkage zone' },
  { zh: '信阳(淮滨)保税物流中心(B型)', en: 'Xinyang (Huaibin) bonded logistics centre (type B)' },
  { zh: '综合保税区', en: 'Comprehensive bonded zone' },
  { zh: '跨境电子商务示范区', en: 'Cross-border e-commerce demonstration zone' },
  { zh: '省级外贸转型升级基地', en: 'Provincial foreign-trade transformation and upgrading base' },
  { zh: '信阳市苏州市对口合作方案', en: 'Xinyang–Suzhou paired cooperation plan' },
  // Industries, regions and the pipeline's four categories
  { zh: '大健康', en: 'Health industry' },
  { zh: '高端装备制造', en: 'High-end equipment manufacturing' },
  { zh: '信息技术', en: 'Information technology' },
  { zh: '未来产业', en: 'Future industries' },
  { zh: '长三角', en: 'Yangtze River Delta' },
  { zh: '粤港澳大湾区', en: 'Guangdong–Hong Kong–Macao Greater Bay Area' },
  { zh: '新工科', en: 'New engineering education' },
  { zh: '新基建', en: 'New infrastructure' },
  { zh: '产学研', en: 'Industry–university–research' },
  { zh: '未来社区', en: 'Future community' },
  // Cooperation partners by kind
  { zh: '高新区', en: 'High-tech zones' },
  { zh: '高校', en: 'Universities' },
  { zh: '科研院所', en: 'Research institutes' },
  { zh: '高新技术企业', en: 'High-tech enterprises' },
  // Programmes and positionings
  { zh: '三个一批', en: 'Three Batches', note: 'The province’s project-building campaign: a batch signed, a batch started, a batch put into production.' },
  { zh: '万名学子回归', en: 'Ten Thousand Graduates Return programme' },
  { zh: '留学生人才引进工程', en: 'Returned Overseas Students Talent Programme' },
  { zh: '信商回归', en: 'Xinyang Merchants Return' },
  { zh: '增长极', en: 'growth pole' },
  { zh: '示范区', en: 'demonstration zone' },
  { zh: '试验田', en: 'testing ground' },
  { zh: '桥头堡', en: 'bridgehead' },
  { zh: '零碳园区', en: 'zero-carbon park' },
];

const BY_ZH = new Map(GLOSSARY.map((e) => [e.zh, e]));

/** The bilingual name of an official term; a name missing from the glossary is a build error, not a guess. */
export function term(zh: string): { zh: string; en: string } {
  const entry = BY_ZH.get(zh);
  if (!entry) throw new Error(`glossary has no entry for ${zh}`);
  return { zh: entry.zh, en: entry.en };
}
