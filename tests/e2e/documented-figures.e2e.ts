// Journey: a leader checks that every figure and fact the letter states is on the overview page,
// on a laptop and on a phone, in both languages. The list is not typed by hand: it is every
// `documented` figure and fact in seeds/dataset.json, formatted by the app's own formatter, so a
// figure added to the seed without a place on the page fails here.
import { describe, expect, inject, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { formatQuantity, type Lang } from '../../src/lib/format';
import type { Figure } from '../../src/contract/schemas';
import { DESKTOP, MOBILE, openJourney, withQuery } from './lib/page';
import { drawnCharts, scrollThrough, useBrowser } from './lib/steps';

interface Found {
  figures: Figure[];
  facts: { zh: string; en: string }[];
}

/** Walk the dataset and collect what the letter states: documented figures and documented facts. */
function documented(node: unknown, found: Found = { figures: [], facts: [] }): Found {
  if (Array.isArray(node)) node.forEach((n) => documented(n, found));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.provenance === 'documented' && typeof o.value === 'number') found.figures.push(o as unknown as Figure);
    if (o.provenance === 'documented' && o.text && typeof o.quote === 'string') found.facts.push(o.text as Found['facts'][number]);
    Object.values(o).forEach((v) => documented(v, found));
  }
  return found;
}

const { figures, facts } = documented(dataset);
const text = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();

describe('every documented figure is on the overview', () => {
  const browser = useBrowser();

  it('finds documented figures and facts in the seed', () => {
    expect(figures.length).toBeGreaterThan(15);
    expect(facts.length).toBeGreaterThan(15);
  });

  for (const lang of ['zh', 'en'] as Lang[]) {
    for (const viewport of [DESKTOP, MOBILE]) {
      it(`${lang} at ${viewport.width}×${viewport.height}`, async () => {
        const journey = await openJourney(browser(), withQuery(inject('demoUrl'), lang === 'en' ? { lang } : {}), viewport);
        const { page } = journey;
        await scrollThrough(page);
        await expect.poll(() => drawnCharts(page), { timeout: 15_000 }).toBeGreaterThan(0);
        const body = text(await page.locator('body').innerText());
        const missing = [
          ...figures.map((f) => formatQuantity(f, lang)).filter((v) => !body.includes(text(v))),
          ...facts.map((f) => f[lang]).filter((v) => !body.includes(text(v))),
        ];
        expect([...new Set(missing)], 'documented values missing from the page').toEqual([]);
        await journey.close();
      });
    }
  }
});
