/**
 * A horizontal bar chart's category ticks (src/components/charts/category-tick.tsx) with ?scenario=hostile's
 * names: recharts breaks a tick only at spaces and never shortens one, so a 500-character name, or a URL with
 * no space, ran off the chart's left edge. Fitted, it is at most three lines of the axis's width (by the
 * export's width estimate), cut with an ellipsis, the whole name in the tick's title; the demo's own names
 * are left exactly as they were.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES } from '../../mocks/hostile';
import dataset from '../../seeds/dataset.json';
import { CategoryTick, fitTick, TICK_LINES } from '../../src/components/charts/category-tick';
import { breakAtDashes } from '../../src/components/charts/fit-tick';
import { wrapText } from '../../src/lib/export/text-layout';
import { MESSAGES } from '../../src/lib/i18n';

const SIZE = 12;
const LONG = HOSTILE_NAMES.find((kind) => kind.length === 500)!;

describe('fitTick', () => {
  it.each([64, 96, 140, 170])('cuts the 500-character name to %i px × 3 lines, with an ellipsis', (width) => {
    const fitted = fitTick(LONG, SIZE, width);
    expect(fitted.cut).toBe(true);
    expect(fitted.text.endsWith('…')).toBe(true);
    expect(LONG.startsWith(fitted.text.slice(0, -1))).toBe(true);
    expect(wrapText(fitted.text, SIZE, width).length).toBeLessThanOrEqual(TICK_LINES);
  });

  it.each(HOSTILE_NAMES.map((name) => [name.slice(0, 24), name]))('%j fits its lines, breaking anywhere if a word is too wide', (_label, name) => {
    const fitted = fitTick(name, SIZE, 88);
    expect(wrapText(fitted.text, SIZE, 88).length).toBeLessThanOrEqual(TICK_LINES);
    // No word runs off the edge unbroken: "javascript:alert(1)" is one word wider than the axis.
    if (name.split(/\s+/).some((word) => wrapText(word, SIZE, 88).length > 1)) expect(fitted.breakAll).toBe(true);
    if (!fitted.cut) expect(fitted.text).toBe(name);
  });

  it('lets a dashed English name wrap at its dashes, and leaves a dash before a space or at the end alone', () => {
    expect(breakAtDashes('Industry–university–research')).toBe('Industry– university– research');
    expect(wrapText(breakAtDashes('Industry–university–research'), 12, 90).length).toBeGreaterThan(1);
    expect(breakAtDashes('A - B—')).toBe('A - B—');
  });

  it('cuts between user-perceived characters: a ZWJ family stays whole', () => {
    const family = '👩‍👩‍👧';
    const fitted = fitTick(family.repeat(40), SIZE, 64);
    expect(fitted.cut).toBe(true);
    expect(fitted.text.slice(0, -1).split(family).every((part) => part === '')).toBe(true);
  });

  it('leaves every name of the demo data as it is, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = MESSAGES[lang];
      const sets: [number, string[]][] = [
        [m.pipeline.stageChart.categoryWidth, dataset.projects.categories.map((c) => c.name[lang])],
        [m.energy.chart.categoryWidth, dataset.energy.projects.map((p) => `${p.name[lang]} 1200 MW`)],
        [m.investment.chart.categoryWidth, dataset.investment.industries.map((p) => p.name[lang])],
      ];
      for (const [width, names] of sets) {
        for (const name of names.map((n) => n.replace(/([–—-])(?=\S)/g, '$1 '))) {
          expect(fitTick(name, SIZE, width), `${lang} ${name}`).toEqual({ text: name, cut: false, breakAll: false });
        }
      }
    }
  });
});

describe('CategoryTick', () => {
  const draw = (value: string) => render(
    <svg><CategoryTick payload={{ value }} index={0} x={90} y={20} width={96} fontSize={SIZE} textAnchor="end" verticalAnchor="middle" /></svg>,
  ).container;

  it('draws a cut name with the whole of it in its title, as text', () => {
    const tick = draw(LONG);
    expect(tick.querySelector('title')?.textContent).toBe(LONG);
    const shown = tick.querySelector('text')?.textContent ?? '';
    expect(shown.length).toBeLessThan(60);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('draws markup as text: no element from the name', () => {
    const tick = draw('<img src=x onerror=alert(1)>');
    expect(tick.querySelectorAll('img, script')).toHaveLength(0);
    expect(tick.querySelector('text')?.textContent?.replace(/\s+/g, '')).toBe('<imgsrc=xonerror=alert(1)>');
    expect([...tick.querySelectorAll('*')].flatMap((el) => [...el.attributes]).filter((a) => /^on/i.test(a.name))).toEqual([]);
  });

  it('draws a short name as recharts would, with no title', () => {
    const tick = draw('新工科');
    expect(tick.querySelector('title')).toBeNull();
    expect(tick.querySelector('text')?.textContent).toBe('新工科');
  });
});
