/** The funds panel: documented sizes lead the summary, deployment is per fund and marked illustrative. */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { fundsSchema, type Funds } from '../../src/contract/schemas';
import { deploymentRows, fundsSummary, fundTotals, latestByFund, maxDeployedWan } from '../../src/features/funds/funds-logic';
import { normalizeSpaces } from '../lib/spaces';

const funds = fundsSchema.parse(dataset.funds);

describe('deploymentRows', () => {
  it('gives one row per month in order, one column per fund', () => {
    const rows = deploymentRows(funds, 'zh');
    expect(rows.map((r) => r.month)).toEqual(['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05']);
    expect(rows.at(-1)).toMatchObject({ label: '2024年5月', strategic: 127_600, infrastructure: 20_200 });
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
    // Reversed, each fund's last point by array position is its earliest month, so position alone would read 2023-10.
    for (const id of ['strategic', 'infrastructure']) expect(shuffled.deployment.filter((p) => p.fundId === id).at(-1)?.month).toBe('2023-10');
    const latest = latestByFund(shuffled, 'en');
    expect(latest.map((l) => [l.id, l.deployedWan, l.month])).toEqual([['strategic', 127_600, '2024-05'], ['infrastructure', 20_200, '2024-05']]);
    expect(latest[0]?.share).toBeCloseTo(0.2552, 4); // 127,600 / 500,000
    expect(latest[1]?.share).toBeCloseTo(0.1347, 4); // 20,200 / 150,000
  });

  it('reports null for a fund with no deployment yet', () => {
    const none: Funds = { ...funds, deployment: funds.deployment.filter((p) => p.fundId !== 'infrastructure') };
    expect(latestByFund(none, 'zh')[1]).toMatchObject({ deployedWan: null, share: null });
  });

  it('does not change the KPI totals', () => {
    const totals = fundTotals(funds);
    // The total is the API's derived figure (5亿 + 15亿 is not in the letter), passed through with its formula.
    expect(totals.total).toEqual(funds.total);
    expect(totals.total).toMatchObject({ value: 650_000, unit: 'wan-yuan', provenance: 'derived' });
    expect(totals.total.formula?.zh).toContain('50亿元 + 15亿元');
    // Deployed: the latest cumulative point of each fund, 127,600 + 20,200 万元, illustrative.
    expect(totals).toMatchObject({ deployedWan: 147_800, deployed: { value: 147_800, unit: 'wan-yuan', provenance: 'illustrative' } });
    expect(totals).not.toHaveProperty('sizeWan');
    expect(maxDeployedWan(funds)).toBe(127_600);
  });

  it('fundTotals: deployed is the latest month of each fund, whatever the payload order', () => {
    const reversed: Funds = { ...funds, deployment: [...funds.deployment].reverse() };
    // Reversed, the last point of each fund by position is 2023-10; the KPI must still read May 2024.
    expect(fundTotals(reversed)).toMatchObject({ deployedWan: 147_800, deployed: { value: 147_800 } });
  });
});

describe('fundsSummary', () => {
  it('states the documented sizes and the latest illustrative share, in Chinese', () => {
    expect(fundsSummary(funds, 'zh')).toBe(
      '2支基金规模为战略新型产业投资基金50亿元和基础设施投资基金15亿元；截至2024年5月累计投放战略新型产业投资基金12.76亿元（占规模25.5%）和基础设施投资基金2.02亿元（占规模13.5%）（投放为示例数据）。',
    );
  });

  it('says the same in English', () => {
    const s = normalizeSpaces(fundsSummary(funds, 'en'));
    expect(s).toContain('Strategic emerging industries investment fund CNY 5 bn and Infrastructure investment fund CNY 1.5 bn');
    expect(s).toContain('by May 2024');
    expect(s).toContain('Strategic emerging industries investment fund CNY 1.28 bn (25.5% of its size)');
    expect(s).toContain('Infrastructure investment fund CNY 202 mn (13.5% of its size)');
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
