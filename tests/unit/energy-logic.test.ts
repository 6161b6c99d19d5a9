/** The energy panel: each project in its own unit, compared on one MW axis where that is honest, never summed. */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { energySchema, type Energy } from '../../src/contract/schemas';
import { energyChartRows, energySummary, energyTableRows, energyValueLabel, offAxisProjects, toMw } from '../../src/features/energy/energy-logic';
import { normalizeSpaces } from '../lib/spaces';

const energy = energySchema.parse(dataset.energy);

describe('toMw', () => {
  it('converts GW, keeps MW and refuses other units', () => {
    expect(toMw({ value: 3, unit: 'GW' })).toBe(3000);
    expect(toMw({ value: 300, unit: 'MW' })).toBe(300);
    expect(toMw({ value: 200, unit: 'sets' })).toBeNull();
  });
});

describe('rows', () => {
  it('draws the three storage projects in MW but labels each with its own figure', () => {
    const rows = energyChartRows(energy, 'zh');
    expect(rows.map((r) => [r.id, r.mw, normalizeSpaces(r.own)])).toEqual([['chemical', 3000, '3 GW'], ['caes', 300, '300 MW'], ['wuyue', 1000, '1000 MW']]);
    expect(normalizeSpaces(rows[0]?.label ?? '')).toBe('化学储能 3 GW');
  });

  it('keeps the hydrogen line off the MW axis but in the table, with every documented stage', () => {
    expect(offAxisProjects(energy).map((p) => p.id)).toEqual(['hydrogen']);
    const table = energyTableRows(energy, 'zh');
    expect(table.map((r) => normalizeSpaces(r.own))).toEqual(['200台套', '3 GW', '300 MW', '1000 MW']);
    expect(new Set(table.map((r) => r.stage))).toEqual(new Set(['正在推进']));
    expect(energyTableRows(energy, 'en')[0]).toMatchObject({ own: '200\u00a0sets', stage: 'Being advanced' });
  });
});

describe('energySummary', () => {
  it('names each project with its own figure and the documented stage (zh)', () => {
    expect(normalizeSpaces(energySummary(energy, 'zh'))).toBe(
      '来函列出的4个能源项目均“正在推进”：化学储能3 GW、压缩空气储能300 MW、五岳抽水蓄能1000 MW（图中按MW同轴比较）；制氢装备生产线（200台套）单位不同，未入图，列于表格；来函未给出合计。',
    );
  });

  it('says the same in English', () => {
    const s = normalizeSpaces(energySummary(energy, 'en'));
    expect(s).toContain('All 4 energy projects in the letter are being advanced (“正在推进”)');
    expect(s).toContain('Chemical energy storage 3 GW');
    expect(s).toContain('Hydrogen production equipment line (200 sets) is in another unit');
    expect(s).toMatch(/the letter gives no total\.$/);
  });

  it('never sums the projects, in any unit', () => {
    // 3000 + 300 + 1000 = 4300 MW (4.3 GW); 3.3 or 1300 would be partial sums.
    for (const lang of ['zh', 'en'] as const) {
      const s = normalizeSpaces(energySummary(energy, lang));
      expect(s).not.toMatch(/4300|4,300|4\.3 ?GW|1300|1,300|3\.3 ?GW|合计\d|total of/);
      expect(s).not.toContain('3000 MW');
    }
  });

  it('does not claim a shared stage when the stages differ', () => {
    const mixed: Energy = { ...energy, projects: energy.projects.map((p, i) => (i === 0 ? { ...p, stage: { ...p.stage, text: { zh: '已投产', en: 'In operation' } } } : p)) };
    expect(energySummary(mixed, 'zh')).toContain('阶段见表格');
    expect(energySummary(mixed, 'zh')).not.toContain('均“');
    expect(energySummary(mixed, 'en')).toContain('see the table for their stages');
  });
});

describe('energyValueLabel (the tooltip)', () => {
  it('labels each bar with its own project figure, even when two projects have the same MW', () => {
    // 300 MW and 0.3 GW plot at the same length; each bar must still read as the letter states it.
    const twin: Energy = {
      ...energy,
      projects: [
        { ...energy.projects[2]!, id: 'a', name: { zh: '甲储能', en: 'Storage A' }, capacity: { ...energy.projects[2]!.capacity, value: 300, unit: 'MW' } },
        { ...energy.projects[2]!, id: 'b', name: { zh: '乙储能', en: 'Storage B' }, capacity: { ...energy.projects[2]!.capacity, value: 0.3, unit: 'GW' } },
      ],
    };
    const rows = energyChartRows(twin, 'en');
    expect(rows.map((r) => [r.id, r.mw])).toEqual([['a', 300], ['b', 300]]);
    const label = energyValueLabel(rows, 'en');
    expect(rows.map((r) => normalizeSpaces(label(r.mw, r)))).toEqual(['300 MW', '0.3 GW']);
  });

  it('falls back to MW for a value with no row', () => {
    expect(normalizeSpaces(energyValueLabel(energyChartRows(energy, 'zh'), 'zh')(1234))).toBe('1234 MW');
  });
});
