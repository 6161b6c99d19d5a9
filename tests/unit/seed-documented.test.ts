// @vitest-environment node
/** Every figure the letter states is in the data, as the letter states it, with its quote. */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import * as D from '../../seeds/documented';
import { PROVENANCES, type Figure } from '../../src/contract/schemas';
import { figures, numbers } from './seed-walk';

describe('the letter\'s figures', () => {
  it('funds are 50亿 and 15亿', () => {
    expect(dataset.funds.funds.map((f) => [f.id, f.size.value, f.size.unit])).toEqual([
      ['strategic', 500_000, 'wan-yuan'], ['infrastructure', 150_000, 'wan-yuan'],
    ]);
  });

  it('agreed investment is "over" 300亿, and the illustrative industry split exceeds it', () => {
    expect(dataset.investment.agreed).toMatchObject({ value: 3_000_000, unit: 'wan-yuan', qualifier: 'over' });
    expect(dataset.summary.headline.investmentAgreed.qualifier).toBe('over');
    const industries = dataset.investment.industries;
    expect(industries.reduce((s, i) => s + i.agreedWan, 0)).toBeGreaterThan(3_000_000);
    for (const i of industries) {
      expect(Number.isInteger(i.agreedWan) && Number.isInteger(i.landedWan)).toBe(true);
      expect(i.landedWan).toBeLessThanOrEqual(i.agreedWan);
    }
  });

  it('partners and landed projects carry no amounts', () => {
    for (const p of [...dataset.investment.partners, ...dataset.investment.landed]) {
      expect(numbers(p), p.id).toEqual([]);
      expect(Object.keys(p).sort()).toEqual(['id', 'provenance', 'quote', 'text']);
    }
    expect(dataset.investment.partners.map((p) => p.text.zh)).toEqual(['明阳智慧能源', '科创集团', '中储国能']);
  });

  it('energy capacities are 200 sets, 3 GW, 300 MW and 1000 MW, with no total', () => {
    expect(dataset.energy.projects.map((p) => [p.capacity.value, p.capacity.unit])).toEqual([
      [200, 'sets'], [3, 'GW'], [300, 'MW'], [1000, 'MW'],
    ]);
    // Sets and GW don't add up to anything: no total may exist for a UI to show.
    expect(Object.keys(dataset.energy).sort()).toEqual(['asOf', 'projects', 'source']);
    expect(JSON.stringify(dataset.energy)).not.toMatch(/total|sum/i);
    expect(Object.keys(dataset.summary.headline).sort()).toEqual(['investmentAgreed', 'pipelineCount', 'pipelineTotal', 'policyTasks']);
  });

  it('cooperation is 4 zones, 2 universities, 2 institutes, 19 enterprises', () => {
    expect(dataset.cooperation.counts.map((c) => [c.kind, c.count.value])).toEqual([
      ['hightech-zone', 4], ['university', 2], ['institute', 2], ['enterprise', 19],
    ]);
  });

  it('pipeline figures are 26 projects, 319.3亿元, 4 categories', () => {
    expect(dataset.projects.documented.count.value).toBe(26);
    expect(dataset.projects.documented.total).toMatchObject({ value: 3_193_000, unit: 'wan-yuan', qualifier: 'exact' });
    expect(dataset.projects.documented.categories.value).toBe(4);
  });

  const seedFigures = figures(D);
  const dataFigures = figures(dataset);
  const quoted = (f: Figure) => f.provenance === 'documented' || f.provenance === 'inferred';

  it('the documented table is non-trivial: quoted figures, plus derived ones that show their formula', () => {
    expect(seedFigures.filter((f) => quoted(f.figure)).length).toBeGreaterThanOrEqual(15);
    for (const { path, figure } of seedFigures) {
      expect(['documented', 'inferred', 'derived'], path).toContain(figure.provenance);
      if (quoted(figure)) expect(figure.quote, path).toBeTruthy();
      else expect(figure.formula?.zh && figure.formula.en, path).toBeTruthy();
    }
    expect(seedFigures.filter((f) => f.figure.provenance === 'derived').map((f) => f.path)).toEqual(['$.FUNDS_TOTAL']);
  });

  it.each(seedFigures.map((f) => [f.path, f.figure] as const))('%s appears in the dataset, quoted or with its formula', (_path, figure) => {
    const matches = dataFigures.filter((f) => f.figure.value === figure.value && f.figure.unit === figure.unit
      && f.figure.quote === figure.quote && f.figure.formula?.zh === figure.formula?.zh);
    expect(matches.length).toBeGreaterThan(0);
    for (const { figure: m } of matches) {
      expect(m).toEqual(figure);
      expect(['documented', 'inferred', 'derived']).toContain(m.provenance);
    }
  });

  it('every figure in the dataset is from the table (documented, inferred or derived) or marked illustrative', () => {
    for (const { path, figure } of dataFigures) {
      expect(PROVENANCES, path).toContain(figure.provenance);
      if (figure.provenance !== 'illustrative') expect(seedFigures.some((s) => JSON.stringify(s.figure) === JSON.stringify(figure)), path).toBe(true);
      if (figure.unit === 'wan-yuan') expect(Number.isInteger(figure.value), path).toBe(true);
    }
  });

  it('the funds total is the two documented sizes added, 65亿元, derived with its formula', () => {
    expect(dataset.funds.total).toEqual(D.FUNDS_TOTAL);
    expect(dataset.funds.total).toMatchObject({ value: 650_000, unit: 'wan-yuan', qualifier: 'exact', provenance: 'derived' });
    expect(dataset.funds.total.formula.zh).toContain('50亿元 + 15亿元');
    expect(dataset.funds.total).not.toHaveProperty('quote');
  });

  it('all as-of dates are the letter\'s date', () => {
    for (const key of ['summary', 'funds', 'investment', 'energy', 'projects', 'policyTasks', 'cooperation', 'platforms'] as const) {
      expect(dataset[key].asOf, key).toBe(D.AS_OF);
    }
    expect(dataset.summary.source.date).toBe(D.AS_OF);
  });
});
