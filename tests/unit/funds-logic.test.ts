/** The funds panel: documented sizes lead the summary, deployment is per fund and marked illustrative. */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { fundsSchema, type Funds } from '../../src/api/schemas';
import { deploymentRows, fundsSummary, fundTotals, joinList, latestByFund, maxDeployedWan } from '../../src/features/funds/funds-logic';

const funds = fundsSchema.parse(dataset.funds);

describe('deploymentRows', () => {
  it('gives one row per month in order, one column per fund', () => {
    const rows = deploymentRows(funds, 'zh');
    expect(rows.map((r) => r.month)).toEqual(['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05']);
    expect(rows.at(-1)).toMatchObject({ label: '2024年5月', strategic: 87_200, infrastructure: 42_000 });
    expect(deploymentRows(funds, 'en').at(-1)?.label).toBe('May 2024');
  });

  it('leaves a missing month out rather than drawing it as zero', () => {
    const partial: Funds = { ...funds, deployment: funds.deployment.filter((p) => !(p.fundId === 'infrastructure' && p.month === '2024-05')) };
    const last = deploymentRows(partial, 'zh').at(-1);
    expect(last).not.toHaveProperty('infrastructure');
  });
});

describe('latestByFund', () => {
  it('takes the latest month by date, not by array position', () => {
    const shuffled: Funds = { ...funds, deployment: [...funds.deployment].reverse() };
    const latest = latestByFund(shuffled, 'en');
    expect(latest.map((l) => [l.id, l.deployedWan, l.month])).toEqual([['strategic', 87_200, '2024-05'], ['infrastructure', 42_000, '2024-05']]);
    expect(latest[0]?.share).toBeCloseTo(87_200 / 500_000);
    expect(latest[1]?.share).toBeCloseTo(0.28);
  });

  it('reports null for a fund with no deployment yet', () => {
    const none: Funds = { ...funds, deployment: funds.deployment.filter((p) => p.fundId !== 'infrastructure') };
    expect(latestByFund(none, 'zh')[1]).toMatchObject({ deployedWan: null, share: null });
  });

  it('does not change the KPI totals', () => {
    expect(fundTotals(funds)).toMatchObject({ sizeWan: 650_000, deployedWan: 129_200 });
    expect(maxDeployedWan(funds)).toBe(87_200);
  });
});

describe('fundsSummary', () => {
  it('states the documented sizes and the latest illustrative share, in Chinese', () => {
    expect(fundsSummary(funds, 'zh')).toBe(
      '2支基金规模为战略新型产业投资基金50亿元和基础设施投资基金15亿元；截至2024年5月累计投放战略新型产业投资基金8.72亿元（占规模17.4%）和基础设施投资基金4.2亿元（占规模28.0%）（投放为示例数据）。',
    );
  });

  it('says the same in English', () => {
    const s = fundsSummary(funds, 'en');
    expect(s).toContain('Strategic emerging industries fund CNY 5 bn and Infrastructure fund CNY 1.5 bn');
    expect(s).toContain('by May 2024');
    expect(s).toContain('CNY 872 mn (17.4% of its size)');
    expect(s).toContain('CNY 420 mn (28.0% of its size)');
    expect(s).toMatch(/\(illustrative\)\.$/);
    expect(s).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('follows the data, not fixed text', () => {
    const bigger: Funds = { ...funds, deployment: funds.deployment.map((p) => (p.month === '2024-05' && p.fundId === 'strategic' ? { ...p, cumulativeWan: 250_000 } : p)) };
    expect(fundsSummary(bigger, 'zh')).toContain('战略新型产业投资基金25亿元（占规模50.0%）');
  });

  it('still states the sizes when nothing is deployed', () => {
    const empty: Funds = { ...funds, deployment: [] };
    expect(fundsSummary(empty, 'zh')).toBe('2支基金规模为战略新型产业投资基金50亿元和基础设施投资基金15亿元；暂无投放数据。');
    expect(fundsSummary(empty, 'en')).toMatch(/no deployment recorded yet\.$/);
  });
});

describe('joinList', () => {
  it.each<[string[], string, string]>([
    [[], '', ''],
    [['a'], 'a', 'a'],
    [['a', 'b'], 'a和b', 'a and b'],
    [['a', 'b', 'c'], 'a、b和c', 'a, b and c'],
  ])('%j', (items, zh, en) => {
    expect(joinList(items, 'zh')).toBe(zh);
    expect(joinList(items, 'en')).toBe(en);
  });
});
