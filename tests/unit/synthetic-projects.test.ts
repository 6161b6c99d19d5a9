/** The 10,000-project load scenario: varied, deterministic, plainly synthetic, and never a real name. */
import { describe, expect, it } from 'vitest';
import { REAL_NAMES } from '../../seeds/documented';
import { syntheticProjects } from '../../mocks/synthetic-projects';
import { projectSchema } from '../../src/contract/schemas';

const many = syntheticProjects(10_000);

describe('synthetic projects', () => {
  it('are the same on every run (seeded PRNG, no clock)', () => {
    expect(syntheticProjects(10_000)).toEqual(many);
    expect(syntheticProjects(50)).toEqual(syntheticProjects(50));
  });

  it('pass the contract and say they are synthetic, in both languages', () => {
    for (const p of many.slice(0, 200)) projectSchema.parse(p);
    expect(many.every((p) => p.name.zh.startsWith('合成') && !!p.name.en?.startsWith('Synthetic '))).toBe(true);
    expect(many.every((p) => p.provenance === 'illustrative')).toBe(true);
  });

  it('vary: many places and kinds, several shapes of name, each name once', () => {
    expect(new Set(many.map((p) => p.name.zh)).size).toBe(many.length);
    // The name without its number: how many different names a reader would see.
    const stems = new Set(many.map((p) => p.name.zh.replace(/[·（）\d]/g, '')));
    expect(stems.size).toBeGreaterThan(500);
    expect(many.filter((p) => p.name.zh.includes('（')).length).toBeGreaterThan(1000);
    expect(many.filter((p) => p.name.zh.includes('期·')).length).toBeGreaterThan(1000);
    for (const word of ['长江路', '长春', '长者', '重庆路', '重型装备', '银行', '行政中心', '行车道']) {
      expect(many.some((p) => p.name.zh.includes(word)), word).toBe(true);
    }
  });

  it('never contain a name the letter gives, in any form a reader might search', () => {
    const terms = REAL_NAMES.flatMap((n) => [n.zh, n.en, ...n.short]).map((t) => t.toLowerCase());
    const offenders = many.filter((p) => terms.some((t) => p.name.zh.toLowerCase().includes(t) || !!p.name.en?.toLowerCase().includes(t)));
    expect(offenders.map((p) => p.name.zh)).toEqual([]);
  });
});
