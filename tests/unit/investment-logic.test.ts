/** The investment panel: the letter's "超300亿元" keeps its "over"; the split is illustrative, the grouping inferred. */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { investmentSchema, type Investment } from '../../src/contract/schemas';
import { industryRows, investmentSummary, maxAgreedWan } from '../../src/features/investment/investment-logic';
import { normalizeSpaces } from '../lib/spaces';

const inv = investmentSchema.parse(dataset.investment);

describe('industryRows', () => {
  it('orders by 2+1+X group, then by agreed amount', () => {
    const rows = industryRows(inv, 'zh');
    expect(rows.map((r) => [r.group, r.name])).toEqual([['2', '高端装备制造'], ['2', '大健康'], ['1', '信息技术'], ['X', '未来产业']]);
    expect(industryRows(inv, 'en')[0]?.name).toBe('High-end equipment manufacturing');
  });

  it('computes the landed share and guards a zero agreed amount', () => {
    const rows = industryRows(inv, 'zh');
    expect(rows[0]).toMatchObject({ agreedWan: 1_025_000, landedWan: 209_000 });
    expect(rows[0]?.landedShare).toBeCloseTo(209_000 / 1_025_000);
    const zero: Investment = { ...inv, industries: [{ ...inv.industries[0]!, agreedWan: 0, landedWan: 0 }] };
    expect(industryRows(zero, 'zh')[0]?.landedShare).toBe(0);
  });

  it('sizes the axis by the largest agreed amount', () => {
    expect(maxAgreedWan(inv)).toBe(1_025_000);
  });
});

describe('investmentSummary', () => {
  it('leads with the documented total, qualifier kept, and says what is inferred (the panel\'s note says what is illustrative) (zh)', () => {
    const s = investmentSummary(inv, 'zh');
    expect(s).toBe('来函称达成合作投资总额300亿元以上；按产业（“2+1+X”分组为推断），签约额最高的是高端装备制造（签约102.5亿元，已落地20.9亿元，占20.4%）。');
    expect(s).not.toMatch(/总额300亿元[^以]/);
  });

  it('says the same in English', () => {
    const s = normalizeSpaces(investmentSummary(inv, 'en'));
    expect(s).toContain('over CNY 30 bn');
    expect(s).not.toContain('illustrative');
    expect(s).toContain('inferred');
    expect(s).toContain('High-end equipment manufacturing with CNY 10.25 bn agreed, of which CNY 2.09 bn (20.4%) has landed');
    expect(s).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('never adds the illustrative split up into a total of its own', () => {
    const sumWan = inv.industries.reduce((a, i) => a + i.agreedWan, 0); // 305.2亿 in the seed
    for (const lang of ['zh', 'en'] as const) expect(normalizeSpaces(investmentSummary(inv, lang))).not.toMatch(/305\.2|30\.52/);
    expect(sumWan).toBe(3_052_000);
  });

  it('keeps the documented total when there is no breakdown', () => {
    const none: Investment = { ...inv, industries: [] };
    expect(investmentSummary(none, 'zh')).toBe('来函称达成合作投资总额300亿元以上；暂无分产业数据。');
    expect(normalizeSpaces(investmentSummary(none, 'en'))).toBe('The letter reports agreed investment of over CNY 30 bn; no breakdown by industry yet.');
  });
});
