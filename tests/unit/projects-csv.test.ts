/**
 * The projects CSV (src/features/projects/projects-csv.ts) and the download helper: a file Excel opens
 * cleanly in either language, that runs no formula a project name smuggles in, and whose rows are exactly
 * the rows given, in their order, with the status the page's rule gives at the data's date.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { syntheticProjects } from '../../mocks/synthetic-projects';
import type { Project } from '../../src/contract/schemas';
import { csvFileName, projectsCsv } from '../../src/features/projects/projects-csv';
import { downloadBlob, isWeChat, REVOKE_AFTER_MS } from '../../src/lib/download';
import type { Lang } from '../../src/lib/format';
import { MESSAGES } from '../../src/lib/i18n';
import { assessSchedule } from '../../src/lib/schedule';

const { asOf, parks, categories } = dataset.projects;
const seed = dataset.projects.items as Project[];
const csv = (rows: readonly Project[], lang: Lang = 'zh') => projectsCsv(rows, { lang, asOf, parks, categories });
const base = seed[0] as Project;
const project = (patch: Partial<Project>): Project => ({ ...base, ...patch });
const named = (zh: string, en = zh) => ({ zh, en });

/** RFC 4180 as Excel reads it: "…" may hold commas, quotes (doubled) and line breaks; records end in CRLF. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  const re = /("(?:[^"]|"")*"|[^,"\r\n]*)(,|\r\n|$)/y;
  let row: string[] = [];
  while (re.lastIndex < text.length) {
    const m = re.exec(text);
    if (!m) throw new Error(`not CSV at ${re.lastIndex}: ${JSON.stringify(text.slice(re.lastIndex, re.lastIndex + 20))}`);
    const [, cell = '', end] = m;
    row.push(cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
    if (end !== ',') { rows.push(row); row = []; }
  }
  return rows;
}
/** The data rows, the BOM and header dropped. */
const body = (text: string) => parse(text.slice(1)).slice(1);
const COL = { name: 0, category: 1, park: 2, stage: 3, unit: 4, planned: 5, completed: 6, progress: 7, status: 8, start: 9, end: 10, provenance: 11 };

describe('projectsCsv: the file', () => {
  it('starts with one UTF-8 BOM, so Excel on Chinese Windows does not read it as GBK', () => {
    const text = csv(seed);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.charCodeAt(1)).not.toBe(0xfeff);
  });

  it('ends every record in CRLF and has no bare line break', () => {
    const text = csv(seed);
    const records = text.split('\r\n');
    expect(records).toHaveLength(seed.length + 2); // header, the rows, and the empty string after the last CRLF
    expect(records.at(-1)).toBe('');
    expect(records.join('')).not.toMatch(/[\r\n]/);
  });

  it('puts the units in the headers and raw 万元 in the cells, % complete with one decimal', () => {
    const p = project({ plannedWan: 3_193_000, completedWan: 1_000_000 });
    const [header, row] = parse(csv([p]).slice(1));
    expect(header).toEqual(['项目名称', '类别', '园区', '阶段', '责任单位', '计划投资（万元）', '累计完成投资（万元）', '投资完成率（%）',
      '进度状态（截至2024年5月30日）', '开始日期', '结束日期', '数据性质']);
    expect(row?.slice(COL.planned, COL.status)).toEqual(['3193000', '1000000', '31.3']);
    expect(parse(csv([project({ completedWan: 0 })]).slice(1))[1]?.[COL.progress]).toBe('0.0');
    const [enHeader] = parse(csv([p], 'en').slice(1));
    expect(enHeader?.slice(COL.planned, COL.status + 1)).toEqual(['Planned investment (units of CNY 10,000)',
      'Invested to date (units of CNY 10,000)', 'Investment completed (%)', 'Status at 30 May 2024']);
  });

  it('keeps negative numbers numeric: no apostrophe on a number cell', () => {
    const [row] = body(csv([project({ plannedWan: 1000, completedWan: -500 })]));
    expect(row?.[COL.completed]).toBe('-500');
    expect(row?.[COL.progress]).toBe('-50.0');
  });

  it('is written in the language on screen', () => {
    const p = project({ stage: 'construction', category: 'new-infrastructure', park: 'park-b', provenance: 'illustrative' });
    const documented = project({ ...p, id: 'R1', provenance: 'documented' });
    const zh = body(csv([p, documented]));
    const en = body(csv([p, documented], 'en'));
    expect(zh[0]?.slice(0, COL.planned)).toEqual([p.name.zh, '新基建', '示例园区乙', '在建', p.responsibleUnit.zh]);
    expect(en[0]?.slice(0, COL.planned)).toEqual([p.name.en, 'New infrastructure', 'Sample park B', 'Under construction', p.responsibleUnit.en]);
    expect([zh[0]?.[COL.provenance], zh[1]?.[COL.provenance]]).toEqual(['示例数据', '来函原文']);
    expect([en[0]?.[COL.provenance], en[1]?.[COL.provenance]]).toEqual(['Illustrative', 'From the letter']);
    expect(en[0]?.slice(COL.planned, COL.status)).toEqual(zh[0]?.slice(COL.planned, COL.status));
    const { status } = assessSchedule({ start: p.start, end: p.end, done: p.completedWan / p.plannedWan }, asOf);
    expect([zh[0]?.[COL.status], en[0]?.[COL.status]]).toEqual([MESSAGES.zh.status[status], MESSAGES.en.status[status]]);
    expect(en[0]?.slice(COL.start, COL.provenance)).toEqual([p.start, p.end]);
  });

  it('keeps the rows given, in their order', () => {
    const rows = syntheticProjects(50).reverse();
    expect(body(csv(rows)).map((r) => r[COL.name])).toEqual(rows.map((p) => p.name.zh));
    expect(body(csv(rows, 'en')).map((r) => r[COL.name])).toEqual(rows.map((p) => p.name.en));
  });

  it('gives each row the status of the visible rule at the data\'s date, whatever the clock says', () => {
    const rows = syntheticProjects(300);
    vi.useFakeTimers({ now: new Date('2031-01-01T00:00:00Z') });
    const text = csv(rows);
    vi.useRealTimers();
    const status = (p: Project) => MESSAGES.zh.status[assessSchedule({ start: p.start, end: p.end, done: p.completedWan / p.plannedWan }, asOf).status];
    expect(body(text).map((r) => r[COL.status])).toEqual(rows.map(status));
    expect(new Set(rows.map(status)).size).toBeGreaterThanOrEqual(4);
  });
});

describe('projectsCsv: hostile text', () => {
  const TRIGGERS = ['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd', '＝1+1', '＋1', '－1', '＠SUM(A1)'];

  it.each(TRIGGERS)('neutralises %j in every kind of text cell', (text) => {
    const p = project({ name: named(text), responsibleUnit: named(text), park: 'evil', category: 'future-community' });
    const [row] = body(projectsCsv([p], { lang: 'zh', asOf, parks: [{ id: 'evil', name: named(text) }], categories: [{ id: 'future-community', name: named(text) }] }));
    for (const col of [COL.name, COL.category, COL.park, COL.unit]) expect(row?.[col]).toBe(`'${text}`);
  });

  it('quotes a field holding a line break (a lone \\n too) or a quote, and reads back intact', () => {
    const names = ['第一行\n第二行', 'a\r\nb', 'cr\rin the middle', 'the "best" park', 'a, b'];
    const rows = names.map((zh, i) => project({ id: `X${i}`, name: named(zh) }));
    const text = csv(rows);
    expect(text).toContain('"第一行\n第二行"');
    expect(text).toContain('"the ""best"" park"');
    expect(body(text).map((r) => r[COL.name])).toEqual(names);
  });
});

describe('projectsCsv: the whole ?scenario=hostile projects resource', () => {
  it('writes every hostile name as text that reads back as it was, with formula starts neutralised', async () => {
    const { resolveRequest } = await import('../../mocks/demo-server');
    const data = JSON.parse(resolveRequest('/projects', new URLSearchParams('scenario=hostile')).text) as typeof dataset.projects;
    const rows = body(projectsCsv(data.items as Project[], { lang: 'zh', asOf, parks: data.parks, categories: data.categories }));
    expect(rows).toHaveLength(data.items.length);
    const expected = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    rows.forEach((row, i) => {
      const p = data.items[i]!;
      expect(row[COL.name]).toBe(expected(p.name.zh));
      expect(row[COL.unit]).toBe(expected(p.responsibleUnit.zh));
      expect(row[COL.category]).toBe(expected(data.categories.find((c) => c.id === p.category)!.name.zh));
      expect(row[COL.park]).toBe(expected(data.parks.find((k) => k.id === p.park)!.name.zh));
    });
    // The set's formula strings did reach the file, and each was neutralised.
    expect(rows.flat().filter((cell) => /^'[=+\-@]/.test(cell)).length).toBeGreaterThan(0);
    expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell) && !/^-?\d/.test(cell))).toBe(false);
  });
});

describe('csvFileName', () => {
  const name = (zoneShortName: string, filtersLabel: string, lang: Lang = 'zh') => csvFileName({ zoneShortName, filtersLabel, asOf, lang });

  it('says what, which filters and the data\'s date', () => {
    expect(name('豫东南高新区', '新基建-在建')).toBe('豫东南高新区-项目清单-新基建-在建-20240530.csv');
    expect(name('豫东南高新区', '')).toBe('豫东南高新区-项目清单-20240530.csv');
    expect(name('Yudongnan HTZ', 'New infrastructure-Under construction', 'en')).toBe('Yudongnan HTZ-projects-New infrastructure-Under construction-20240530.csv');
  });

  it('removes path separators, reserved and control characters, and leading dots', () => {
    expect(name('../..\\etc', 'a/b:c*d?e"f<g>h|i\u0000j\u001fk\u007fl\u202em')).toBe('etc-项目清单-abcdefghijklm-20240530.csv');
    expect(name('...', '\n\t')).toBe('项目清单-20240530.csv');
    expect(name(' .hidden', 'x')).toBe('hidden-项目清单-x-20240530.csv');
  });

  it('caps the length, keeps the date and never splits a character', () => {
    for (const filler of ['😀', '在建', 'x']) {
      const long = name('豫东南高新区', filler.repeat(300));
      expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(200);
      expect(new TextEncoder().encode(long).length).toBeGreaterThan(190);
      expect(long).toMatch(/^豫东南高新区-项目清单-.+-20240530\.csv$/);
      expect(long).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});

describe('download helpers', () => {
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    vi.useRealTimers();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('downloadBlob clicks a temporary <a download> and revokes the URL afterwards', () => {
    vi.useFakeTimers();
    const revoke = vi.fn();
    // jsdom has no object URLs; these stand in for the browser's.
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: revoke });
    const clicked: HTMLAnchorElement[] = [];
    const onClick = (e: MouseEvent) => { clicked.push(e.target as HTMLAnchorElement); e.preventDefault(); };
    document.addEventListener('click', onClick);
    downloadBlob(new Blob(['a']), '项目清单.csv');
    document.removeEventListener('click', onClick);
    expect(clicked.map((a) => [a.download, a.getAttribute('href'), a.isConnected])).toEqual([['项目清单.csv', 'blob:x', false]]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoke).toHaveBeenCalledWith('blob:x');
  });

  it('isWeChat spots WeChat and WeCom, and nothing else', () => {
    expect(isWeChat('Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI')).toBe(true);
    expect(isWeChat('Mozilla/5.0 (Linux; Android 13) Chrome/116.0 Mobile Safari/537.36 wxwork/4.1.22 MicroMessenger/7.0.1')).toBe(true);
    expect(isWeChat('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36')).toBe(false);
  });
});
