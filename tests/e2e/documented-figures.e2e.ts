// Journey: a leader checks that every figure and fact the letter states is on the overview page, in
// the panel where a reader looks for it, on a laptop and on a phone, in both languages.
//
// Every documented figure is written out below as the literal the page must print, in each language,
// with the label it stands next to: the expectation is not produced by the app's own formatter, so a
// formatter that drops "以上", a scale off by ten or a swapped pair of figures fails here. The table is
// keyed by the figure's place in seeds/dataset.json, and a documented figure in the seed with no row
// here fails the first test: a new figure needs its expected wording written down.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import dataset from '../../seeds/dataset.json';
import { EXPECT, LANGS, langQuery, type Lang } from './lib/expectations.mjs';
import { DESKTOP, MOBILE, openJourney, withQuery } from './lib/page';
import { normaliseText, readerText, scrollThrough, tokenPattern, useBrowser } from './lib/steps';

type Panel = 'kpi' | 'kpiDetail' | 'keyItems';
/** Where a figure is printed: a panel, and the words around it ("%" is the figure, a space is optional white space). */
interface Place { panel: Panel; zh: string; en: string }
interface Expected {
  /** The seed's value and unit, so a changed seed figure asks for its wording to be checked again. */
  value: number;
  unit: string;
  zh: string;
  en: string;
  at: Place[];
}

const kpi = (zh: string, en: string): Place => ({ panel: 'kpi', zh, en });
const kpiDetail = (zh: string, en: string): Place => ({ panel: 'kpiDetail', zh, en });
const keyItems = (zh: string, en: string): Place => ({ panel: 'keyItems', zh, en });

// The KPI labels and the key-items sentences as the page prints them (src/features/*/…-kpi.tsx, key-items/): the
// headline strip (关键指标) and the detail tiles further down (更多指标).
const PIPELINE_COUNT = [kpi('% 个项目', '% projects'), keyItems('项目数 %', 'Projects %')];
const PIPELINE_TOTAL = [kpi('总投资 %', 'Total investment %'), keyItems('总投资 %', 'Total %')];
const AGREED = [kpi('达成合作投资总额 %', 'Agreed investment %'), keyItems('投资总额 %', 'combined total, %')];
const POLICY_COUNT = [kpiDetail('第一批任务 %', 'First batch %')];
const PARK_AREA = [keyItems('规划面积 %', 'planned area %')];

const FIGURES: Record<string, Expected> = {
  // The summary's headline figures restate figures other resources carry; the page prints them from those.
  'summary.headline.investmentAgreed': { value: 3_000_000, unit: 'wan-yuan', zh: '300亿元以上', en: 'over CNY 30 bn', at: AGREED },
  'summary.headline.pipelineTotal': { value: 3_193_000, unit: 'wan-yuan', zh: '319.3亿元', en: 'CNY 31.93 bn', at: PIPELINE_TOTAL },
  'summary.headline.pipelineCount': { value: 26, unit: 'count', zh: '26', en: '26', at: PIPELINE_COUNT },
  'summary.headline.policyTasks': { value: 63, unit: 'items', zh: '63项', en: '63 items', at: POLICY_COUNT },
  'funds.funds[0].size': {
    value: 500_000, unit: 'wan-yuan', zh: '50亿元', en: 'CNY 5 bn',
    // The headline tile: the two sizes, then the two names in the same order.
    at: [kpi('基金 % + 15 亿元 战略新型产业投资基金 +', 'Funds % + CNY 1.5 bn Strategic emerging industries investment fund +')],
  },
  'funds.funds[1].size': {
    value: 150_000, unit: 'wan-yuan', zh: '15亿元', en: 'CNY 1.5 bn',
    at: [kpi('50 亿元 + % 战略新型产业投资基金 + 基础设施投资基金', 'CNY 5 bn + % Strategic emerging industries investment fund + Infrastructure investment fund')],
  },
  'investment.agreed': { value: 3_000_000, unit: 'wan-yuan', zh: '300亿元以上', en: 'over CNY 30 bn', at: AGREED },
  'energy.projects[0].capacity': {
    value: 200, unit: 'sets', zh: '200台套', en: '200 sets', at: [kpiDetail('制氢装备生产线 %', 'Hydrogen production equipment line %')],
  },
  'energy.projects[1].capacity': { value: 3, unit: 'GW', zh: '3 GW', en: '3 GW', at: [kpiDetail('化学储能 %', 'Chemical energy storage %')] },
  'energy.projects[2].capacity': {
    value: 300, unit: 'MW', zh: '300 MW', en: '300 MW', at: [kpiDetail('压缩空气储能 %', 'Compressed-air energy storage %')],
  },
  'energy.projects[3].capacity': {
    value: 1000, unit: 'MW', zh: '1000 MW', en: '1000 MW', at: [kpiDetail('五岳抽水蓄能 %', 'Wuyue pumped-storage hydropower %')],
  },
  'projects.documented.count': { value: 26, unit: 'count', zh: '26', en: '26', at: PIPELINE_COUNT },
  'projects.documented.total': { value: 3_193_000, unit: 'wan-yuan', zh: '319.3亿元', en: 'CNY 31.93 bn', at: PIPELINE_TOTAL },
  'projects.documented.categories': { value: 4, unit: 'count', zh: '4', en: '4', at: [keyItems('大类 %', 'Categories %')] },
  'policyTasks.count': { value: 63, unit: 'items', zh: '63项', en: '63 items', at: POLICY_COUNT },
  'cooperation.counts[0].count': { value: 4, unit: 'count', zh: '4', en: '4', at: [kpiDetail('高新区 %', 'High-tech zones %')] },
  'cooperation.counts[1].count': { value: 2, unit: 'count', zh: '2', en: '2', at: [kpiDetail('高校 %', 'Universities %')] },
  'cooperation.counts[2].count': { value: 2, unit: 'count', zh: '2', en: '2', at: [kpiDetail('科研院所 %', 'Research institutes %')] },
  'cooperation.counts[3].count': { value: 19, unit: 'count', zh: '19', en: '19', at: [kpiDetail('高新技术企业 %', 'High-tech enterprises %')] },
  // The Su-Xin park's area: the page prints it once, with the park, from the platforms resource.
  'cooperation.suXin.parkArea': { value: 8, unit: 'km2', zh: '8平方公里', en: '8 km²', at: PARK_AREA },
  'platforms.parks[0].area': { value: 8, unit: 'km2', zh: '8平方公里', en: '8 km²', at: PARK_AREA },
  'platforms.clusters': { value: 6, unit: 'count', zh: '6', en: '6', at: [keyItems('% 大产业集群', '% industrial clusters')] },
  'platforms.chains': { value: 11, unit: 'count', zh: '11', en: '11', at: [keyItems('% 条重点产业链', '% key industrial chains')] },
};

/**
 * Documented facts are sentences, not formatted values, so the seed's own text is the expectation; what
 * is checked is that each is printed in its panel outside the source quote under it (the quote often
 * contains the fact word for word). Energy stages are told in the energy chart's summary, mid-sentence in
 * English ("are being advanced"), hence compared there without case.
 */
const FACT_PANELS: { prefix: string; zh: string; en: string; ignoreCase: boolean }[] = [
  { prefix: 'energy.', zh: '能源项目规模与阶段', en: 'Energy projects: capacity and stage', ignoreCase: true },
];

interface Found {
  figures: Map<string, { value: number; unit: string }>;
  facts: { path: string; text: { zh: string; en: string } }[];
}

/** Walk the dataset and collect what the letter states, by path: documented figures and documented facts. */
function documented(node: unknown, path = '', found: Found = { figures: new Map(), facts: [] }): Found {
  if (Array.isArray(node)) node.forEach((n, i) => documented(n, `${path}[${i}]`, found));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.provenance === 'documented' && typeof o.value === 'number') found.figures.set(path, { value: o.value, unit: String(o.unit) });
    if (o.provenance === 'documented' && o.text && typeof o.quote === 'string') found.facts.push({ path, text: o.text as Found['facts'][number]['text'] });
    for (const [key, value] of Object.entries(o)) documented(value, path ? `${path}.${key}` : key, found);
  }
  return found;
}

const { figures, facts } = documented(dataset);

/** A region's text as a reader sees it, with the source quotes taken out (see readerText). */
async function textWithoutQuotes(page: Page, name: string): Promise<string | null> {
  const region = page.getByRole('region', { name, exact: true });
  if ((await region.count()) === 0) return null;
  return readerText(region.first(), { withoutQuotes: true });
}

/** Everything documented that the page does not show where it should, as readable lines. */
async function missingOnPage(page: Page, lang: Lang): Promise<string[]> {
  const e = EXPECT[lang];
  const panels: Record<Panel, string> = { kpi: e.kpiRegion, kpiDetail: e.kpiDetailRegion, keyItems: e.nextStepsRegion };
  const texts = new Map<string, string | null>();
  const textOf = async (name: string) => {
    if (!texts.has(name)) texts.set(name, await textWithoutQuotes(page, name));
    return texts.get(name) ?? null;
  };
  const missing: string[] = [];
  for (const [path, figure] of Object.entries(FIGURES)) {
    for (const place of figure.at) {
      const text = await textOf(panels[place.panel]);
      if (text === null) missing.push(`${panels[place.panel]}: region not on the page`);
      else if (!tokenPattern(figure[lang], place[lang]).test(text)) missing.push(`${panels[place.panel]}: "${place[lang].replace('%', figure[lang])}" (${path})`);
    }
  }
  for (const fact of facts) {
    const panel = FACT_PANELS.find((p) => fact.path.startsWith(p.prefix));
    const name = panel ? panel[lang] : e.nextStepsRegion;
    const text = await textOf(name);
    const want = normaliseText(fact.text[lang]);
    const found = panel?.ignoreCase ? text?.toLowerCase().includes(want.toLowerCase()) : text?.includes(want);
    if (!found) missing.push(`${name}: "${want}" (${fact.path})`);
  }
  return [...new Set(missing)];
}

describe('every documented figure is on the overview', () => {
  const browser = useBrowser();

  it('has a literal expectation for every documented figure in the seed, and none for a figure it no longer has', () => {
    expect([...figures.keys()].sort()).toEqual(Object.keys(FIGURES).sort());
    for (const [path, seed] of figures) {
      expect.soft({ value: FIGURES[path]?.value, unit: FIGURES[path]?.unit }, `${path}: update its expected wording`).toEqual(seed);
    }
  });

  it('finds documented facts in the seed', () => {
    expect(facts.length).toBeGreaterThan(15);
  });

  it('reads whole tokens: a figure inside a bigger number, or away from its label, does not count', () => {
    expect(tokenPattern('26', '项目数 %').test('项目数 26 总投资')).toBe(true);
    expect(tokenPattern('26', '项目数 %').test('项目数26')).toBe(true);
    expect(tokenPattern('26', '项目数 %').test('项目数 260')).toBe(false);
    expect(tokenPattern('26', '项目数 %').test('项目数 2.26')).toBe(false);
    expect(tokenPattern('26', '项目数 %').test('项目数 26.5')).toBe(false);
    expect(tokenPattern('26', '项目数 %').test('总投资 26')).toBe(false);
    expect(tokenPattern('50亿元').test('150亿元')).toBe(false);
    expect(tokenPattern('CNY 5 bn').test(normaliseText('CNY\u00a05\u202fbn'))).toBe(true);
    expect(tokenPattern('CNY 5 bn').test('CNY 5.17 bn')).toBe(false);
    expect(tokenPattern('2', '高校 %').test('高校 2 科研院所 2')).toBe(true);
    expect(tokenPattern('2', '高校 %').test('预警 2项 高校 19')).toBe(false);
  });

  for (const lang of LANGS) {
    for (const viewport of [DESKTOP, MOBILE]) {
      it(`${lang} at ${viewport.width}×${viewport.height}`, async () => {
        const journey = await openJourney(browser(), withQuery(inject('demoUrl'), langQuery(lang)), viewport);
        const { page } = journey;
        await scrollThrough(page);
        await expect.poll(() => missingOnPage(page, lang), { timeout: 15_000, interval: 500 }).toEqual([]);
        await journey.close();
      });
    }
  }
});
