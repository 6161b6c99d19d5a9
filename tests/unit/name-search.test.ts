// @vitest-environment node
/**
 * The pinyin search (src/projects/selection/name-search.ts with the real readings of src/projects/selection/pinyin-readings.ts, i.e. real
 * pinyin-pro): what a Chinese reader types — characters, full pinyin, initials, a mix — finds a name by a
 * contiguous run of its characters, and the range to highlight is exactly that run. Rare readings are tuned out
 * (MAX_READINGS), hostile input never throws, and the contract's own literal match is left as it was.
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { syntheticProjects } from '../../mocks/synthetic-projects';
import { matchProjects } from '../../src/contract/project-filter';
import type { Project } from '../../src/contract/schemas';
import { createNameSearch, literalRange, normaliseQuery } from '../../src/projects/selection/name-search';
import { findProjects, MAX_READINGS, pinyinRange, readingsOf } from '../../src/projects/selection/pinyin-readings';
import { selectProjects, setNameSearch } from '../../src/projects/selection/select';

const SEED = dataset.projects.items as Project[];
const search = createNameSearch(readingsOf);
const EXTRA = [
  '数学中心', '数X据X中X心', '数据', '中心数据', '银行网点', '长江路', '长者服务中心', '重庆路', '重型装备厂', '行政中心', '长乐街',
  '单位', '调查', '和平路', '信阳师范学院理工学院', '绿色能源装备制造产业园',
];
const NAMES = [...SEED.map((p) => p.name.zh), ...EXTRA];
const found = (q: string) => NAMES.filter((name) => search.range(name, q) !== null);
const DATA_CENTRES = NAMES.filter((name) => name.includes('数据中心'));
const slice = (name: string, q: string) => {
  const r = search.range(name, q);
  return r ? name.slice(r[0], r[1]) : null;
};

describe('the pinyin search', () => {
  it('knows what it is looking for', () => {
    expect(DATA_CENTRES.length).toBeGreaterThan(2);
    expect(MAX_READINGS).toBe(2);
  });

  it.each(['sjzx', 'shujuzhongxin', '数据zx', 'shujzx', '数据中心', 'sj zx', 'SJZX', 'ＳＪＺＸ', ' Shu Ju Zhong Xin ', 'sjzhongx', '数jzx'])(
    '%j finds exactly the names with 数据中心, and marks those four characters',
    (q) => {
      expect(found(q)).toEqual(DATA_CENTRES);
      for (const name of DATA_CENTRES) expect(slice(name, q)).toBe('数据中心');
    },
  );

  it('finds a run anywhere in the name, and a prefix of each reading', () => {
    expect(slice('信阳师范学院理工学院', 'lgxy')).toBe('理工学院');
    expect(slice('信阳师范学院理工学院', 'ligongxy')).toBe('理工学院');
    expect(slice('信阳师范学院理工学院', 'xysf')).toBe('信阳师范');
    expect(slice('绿色能源装备制造产业园', 'lvse')).toBe('绿色');
    expect(slice('绿色能源装备制造产业园', 'lsny')).toBe('绿色能源');
    expect(slice('示例项目03·数据中心', '03·sj')).toBe('03·数据');
  });

  it('is contiguous: four characters in a row, never four scattered ones', () => {
    expect(search.range('数学中心', 'sjzx')).toBeNull();
    expect(search.range('数X据X中X心', 'sjzx')).toBeNull();
    expect(search.range('中心数据', 'sjzx')).toBeNull();
    expect(search.range('数据', 'sjzx')).toBeNull();
    expect(slice('数学中心', 'sxzx')).toBe('数学中心');
  });

  it('reads polyphones both ways: 长 chang and zhang, 重 zhong and chong, 行 xing and hang', () => {
    expect(slice('长江路', 'changjiang')).toBe('长江');
    expect(slice('长者服务中心', 'zhangzhe')).toBe('长者');
    expect(slice('长者服务中心', 'zz')).toBe('长者');
    expect(slice('重庆路', 'chongqing')).toBe('重庆');
    expect(slice('重型装备厂', 'zhongxing')).toBe('重型');
    expect(slice('行政中心', 'xingzheng')).toBe('行政');
    expect(slice('银行网点', 'yinhang')).toBe('银行');
    expect(slice('银行网点', 'yh')).toBe('银行');
    // The other common reading of each counts too, whatever the context.
    expect(slice('长江路', 'zhangjiang')).toBe('长江');
    expect(slice('银行网点', 'yinxing')).toBe('银行');
  });

  it('tunes out rare readings (beyond the two commonest; the reading in context always counts)', () => {
    expect(readingsOf('银行')[1]).toEqual(['hang', 'xing']);
    expect(search.range('银行网点', 'yheng')).toBeNull();
    expect(search.range('银行网点', 'yinheng')).toBeNull();
    expect(search.range('长乐街', 'changyao')).toBeNull();
    expect(search.range('长乐街', 'changlao')).toBeNull();
    expect(search.range('调查', 'zhoucha')).toBeNull();
    // 和's rare hú is gone ("hu" still finds it as the start of huo, as a prefix of any reading would).
    expect(readingsOf('和')[0]).toEqual(['he', 'huo']);
    expect(search.range('单位', 'chanwei')).toBeNull();
    expect(slice('长乐街', 'changle')).toBe('长乐');
    expect(slice('长乐街', 'changyue')).toBe('长乐');
    expect(slice('单位', 'shanwei')).toBe('单位');
    // 数 reads shù, shǔ, shuò: toneless, its two commonest are shu and shuo, so shuo stays (a real reading).
    expect(readingsOf('数')[0]).toEqual(['shu', 'shuo']);
    expect(slice('示例项目03·数据中心', 'shuojuzhongxin')).toBe('数据中心');
  });

  it('finds nothing where there is nothing', () => {
    for (const q of ['xyz', 'sjzxx', '数据zxq', 'xzjs', '数据中心心', 'shujuzhongxinn', 'szjx']) expect(found(q), q).toEqual([]);
    expect(found('')).toEqual([]);
    expect(search.find(SEED, (p) => p.name.zh, '   ')).toEqual([]);
  });

  it('marks the literal match when there is one, in Chinese and in English, case and width aside', () => {
    expect(slice('示例项目03·数据中心', '数据')).toBe('数据');
    expect(literalRange('示例项目03·数据中心', '项目03')).toEqual([2, 6]);
    expect(literalRange('Sample project 03 · data centre', 'DATA')).toEqual([20, 24]);
    expect(literalRange('Sample project 03 · data centre', 'ｄａｔａ ｃ')).toEqual([20, 26]);
    expect(literalRange('Sample project 03 · data centre', 'sjzx')).toBeNull();
    // English names have no readings: pinyin never marks them.
    expect(pinyinRange('Sample project 03 · data centre', 'sjzx')).toBeNull();
    // Offsets are the original's, past characters outside the BMP.
    expect(pinyinRange('𠀀数据中心', 'sjzx')).toEqual([2, 6]);
  });

  it('survives hostile queries: regex syntax, markup, 100 characters', () => {
    const many = syntheticProjects(10_000);
    const hostile = ['.*', '(', '[a-z]+', '\\', '$^', '<script>alert(1)</script>', 'a'.repeat(100), 'shi'.repeat(33) + 's',
      'zhongzhongzhong'.repeat(6), '数'.repeat(100), 'x\u0000y', '\ud800', 'changzhangchangzhang'.repeat(5)];
    const zh = (p: Project) => p.name.zh;
    for (const q of hostile) {
      expect(() => search.find(many, zh, q), q).not.toThrow();
      // Taken as text, never as a pattern: without letters a query matches only itself (（ is NFKC's "(").
      const literal = normaliseQuery(q);
      const expected = /[a-z]/.test(literal) ? [] : many.filter((p) => zh(p).normalize('NFKC').toLowerCase().includes(literal));
      expect(search.find(many, zh, q), q).toEqual(expected);
      expect(() => pinyinRange('合成长江路长者服务中心一期·00001', q)).not.toThrow();
    }
    expect(normaliseQuery(' Ａ b\tC ')).toBe('abc');
  });

  it('finds the same projects in a list as name by name, plus the contract\'s literal matches', () => {
    const zh = (p: Project) => p.name.zh;
    expect(search.find(SEED, zh, 'sjzx').map(zh)).toEqual(SEED.map(zh).filter((n) => n.includes('数据中心')));
    // The contract is untouched: literal only.
    expect(matchProjects(SEED, { q: 'sjzx' })).toEqual([]);
    const byId = findProjects(SEED, 'p03');
    expect([...byId ?? []].map((p) => p.id)).toEqual(['P03']);
    const english = findProjects(SEED, 'data centre');
    expect([...english ?? []].map(zh)).toEqual(SEED.map(zh).filter((n) => n.includes('数据中心')));
    // Characters alone: readings add nothing, the contract's match stands (undefined: use it).
    expect(findProjects(SEED, '数据中心')).toBeUndefined();
    expect(findProjects(SEED, ' 03 ')).toBeUndefined();
    expect([...findProjects(SEED, '数据 中心') ?? []].map(zh)).toEqual(SEED.map(zh).filter((n) => n.includes('数据中心')));
  });

  it('reads a list ahead in slices, each name once, so a keystroke later reads none', () => {
    let reads = 0;
    const counted = createNameSearch((name) => { reads += 1; return readingsOf(name); });
    const zh = (p: Project) => p.name.zh;
    let slices = 1;
    while (!counted.readAhead(SEED, zh, 10)) slices += 1;
    expect([slices, reads]).toEqual([3, SEED.length]);
    expect(counted.find(SEED, zh, 'sjzx')).toHaveLength(SEED.filter((p) => p.name.zh.includes('数据中心')).length);
    expect(reads).toBe(SEED.length);
    // A query without letters needs no readings at all.
    const fresh = createNameSearch(() => { throw new Error('read'); });
    expect(fresh.find(SEED, zh, '数据 中心').map(zh)).toEqual(SEED.map(zh).filter((n) => n.includes('数据中心')));
  });

  it('widens every selection once set, the other filters still apply (AND)', () => {
    const centres = SEED.filter((p) => p.name.zh.includes('数据中心'));
    expect(selectProjects(SEED, { q: 'sjzx' })).toEqual([]);
    setNameSearch(findProjects);
    expect(selectProjects(SEED, { q: 'sjzx' })).toEqual(centres);
    expect(selectProjects(SEED, { q: '示例' })).toEqual(SEED);
    expect(selectProjects(SEED, { q: '数据 中心' })).toEqual(centres);
    const stage = centres[0]?.stage;
    expect(selectProjects(SEED, { q: 'shujuzhongxin', stage: stage ? [stage] : [] })).toEqual(centres.filter((p) => p.stage === stage));
  });
});
