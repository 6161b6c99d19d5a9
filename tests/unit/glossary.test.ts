// @vitest-environment node
/**
 * One English name per official Chinese name: every name the dataset carries comes from seeds/glossary.ts,
 * exactly, so the same name never reaches the UI in two Englishes. Placeholders (示例…) are not names.
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { GLOSSARY, term } from '../../seeds/glossary';
import { letter } from '../lib/letter';
import { isText, objects } from './seed-walk';

type Dataset = typeof dataset;
type Name = { path: string; zh: string; en: string };

/** Keys whose Text value is an official name. */
const NAME_KEYS = ['name', 'title', 'shortName', 'by'];
const isPlaceholder = (n: { zh: string }) => n.zh.startsWith('示例');

/** Every name-like Text in the dataset, plus the fact texts that are themselves names. */
function officialNames(ds: Dataset): Name[] {
  const byKey = objects(ds).flatMap(({ path, node }) =>
    NAME_KEYS.flatMap((k) => (isText(node[k]) ? [{ path: `${path}.${k}`, zh: node[k].zh, en: node[k].en }] : [])));
  const facts = (list: { text: { zh: string; en: string } }[], at: string) =>
    list.map((f, i) => ({ path: `${at}[${i}].text`, zh: f.text.zh, en: f.text.en }));
  return [
    ...byKey,
    ...facts(ds.investment.partners, '$.investment.partners'),
    ...facts(ds.investment.landed, '$.investment.landed'),
    ...facts(ds.investment.targetRegions, '$.investment.targetRegions'),
    ...facts(ds.summary.context.positionings, '$.summary.context.positionings'),
  ];
}

const BY_ZH = new Map(GLOSSARY.map((e) => [e.zh, e]));
/** Names that are not exactly a glossary entry: unknown Chinese, or another English. */
function offGlossary(ds: Dataset): string[] {
  return officialNames(ds).filter((n) => !isPlaceholder(n)).flatMap((n) => {
    const entry = BY_ZH.get(n.zh);
    if (!entry) return [`${n.path}: ${n.zh} is not in the glossary`];
    return entry.en === n.en ? [] : [`${n.path}: ${n.zh} is "${n.en}", the glossary says "${entry.en}"`];
  });
}

describe('the glossary', () => {
  it('has one entry per Chinese name, each with an English name, and no English used twice', () => {
    expect(GLOSSARY.length).toBeGreaterThan(40);
    const zh = GLOSSARY.map((e) => e.zh);
    expect(zh.filter((z, i) => zh.indexOf(z) !== i)).toEqual([]);
    const en = GLOSSARY.map((e) => e.en);
    expect(en.filter((x, i) => en.indexOf(x) !== i)).toEqual([]);
    for (const e of GLOSSARY) {
      expect(e.zh.trim(), e.zh).toBe(e.zh);
      expect(e.en.trim().length, e.zh).toBeGreaterThan(0);
      expect(e.zh.startsWith('示例'), e.zh).toBe(false);
    }
  });

  it('takes each Chinese name verbatim from the letter (but the issuer and the reply, named in its heading)', () => {
    const notInBody = GLOSSARY.filter((e) => !letter.includes(e.zh)).map((e) => e.zh);
    expect(notInBody).toEqual(['信阳市人民政府', '信阳市人民政府对政协提案第1320177号的答复']);
  });

  it('term() returns the entry and refuses a name it does not have', () => {
    expect(term('产学研')).toEqual({ zh: '产学研', en: 'Industry–university–research' });
    expect(() => term('不存在的名称')).toThrow(/glossary/);
  });

  it('renders the terms a reader checks against the letter with their key words', () => {
    const withZh = (zh: string) => GLOSSARY.filter((e) => e.zh.includes(zh));
    const cases: [string, RegExp][] = [
      ['开放创新联动区', /open innovation linkage/i],
      ['跨境电子商务示范区', /demonstration/i],
      ['外贸转型升级基地', /transformation/i],
    ];
    for (const [zh, en] of cases) {
      expect(withZh(zh).length, zh).toBeGreaterThan(0);
      for (const e of withZh(zh)) expect(e.en, e.zh).toMatch(en);
    }
    expect(BY_ZH.get('产学研')?.en).toBe('Industry–university–research');
  });

  it('keeps both of the letter\'s forms of the linkage zone, 开放联动创新区 and 开放创新联动区', () => {
    for (const form of ['开放联动创新区', '开放创新联动区']) {
      expect(GLOSSARY.some((e) => e.zh.includes(form)), form).toBe(true);
      expect(letter, form).toContain(form);
    }
  });
});

describe('official names in seeds/dataset.json', () => {
  const names = officialNames(dataset);

  it('reaches every resource\'s names and the fact texts that are names', () => {
    const paths = names.map((n) => n.path);
    for (const p of [
      '$.summary.zone.name', '$.summary.zone.shortName', '$.summary.source.title', '$.summary.source.by', '$.funds.funds[0].name', '$.investment.industries[0].name',
      '$.investment.partners[0].text', '$.investment.landed[2].text', '$.investment.targetRegions[1].text',
      '$.summary.context.positionings[3].text', '$.energy.projects[3].name', '$.projects.categories[2].name',
      '$.projects.named[0].name', '$.policyTasks.document.title', '$.cooperation.counts[0].name',
      '$.platforms.applications[3].name', '$.platforms.parks[2].name',
    ]) expect(paths, p).toContain(p);
    expect(names.filter((n) => !isPlaceholder(n)).length).toBeGreaterThanOrEqual(45);
  });

  it('skips only the placeholders: the 26 projects, 63 tasks and 3 parks', () => {
    const skipped = names.filter(isPlaceholder).map((n) => n.path.replace(/\[\d+\]/g, '[]'));
    expect(skipped.length).toBe(26 + 63 + 3);
    expect(new Set(skipped)).toEqual(new Set(['$.projects.items[].name', '$.policyTasks.tasks[].title', '$.projects.parks[].name']));
  });

  it('each equals a glossary entry {zh, en} exactly', () => {
    expect(offGlossary(dataset)).toEqual([]);
  });

  it('does not pass vacuously: another English, an unknown name or a changed Chinese form is caught', () => {
    const a = structuredClone(dataset);
    a.funds.funds[0]!.name.en = 'Strategic emerging industries fund';
    const b = structuredClone(dataset);
    b.platforms.applications[3]!.name.zh = '自由贸易试验区开放联动创新区';
    const c = structuredClone(dataset);
    c.investment.partners[2]!.text.en = 'China Energy Storage';
    const d = structuredClone(dataset);
    d.summary.context.positionings[0]!.text.en = 'Growth pole';
    for (const broken of [a, b, c, d]) expect(offGlossary(broken)).toHaveLength(1);
  });
});
