// Journey: a leader reads the overview on a laptop and on a phone, in both languages.
// Healthy means: figures and charts appear, nothing scrolls sideways, no errors of any kind,
// and axe finds nothing serious — also after switching charts to tables and to dark mode.
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './lib/axe';
import { EXPECT, LANGS, langQuery } from './lib/expectations.mjs';
import { expectNoSidewaysScroll } from './lib/layout';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { drawnCharts, expectIllustrativeMarks, expectKpis, expectShell, expectTableToggles, scrollThrough, useBrowser } from './lib/steps';

const VIEWPORTS = [DESKTOP, MOBILE];

describe('leader overview', () => {
  const browser = useBrowser();

  for (const lang of LANGS) {
    for (const viewport of VIEWPORTS) {
      const label = `${EXPECT[lang].htmlLang} ${viewport.width}×${viewport.height}`;

      it(`reads well at ${label}`, async () => {
        const e = EXPECT[lang];
        const journey = await openJourney(browser(), withQuery(inject('demoUrl'), langQuery(lang)), viewport);
        const { page } = journey;

        await expectShell(page, e);
        await page.getByText(e.demoNote).first().waitFor();
        await expectKpis(page, e);
        await expectIllustrativeMarks(page, e);
        // Sections below the fold render as the reader scrolls to them.
        await scrollThrough(page);
        await page.getByRole('region', { name: e.attentionRegion, exact: true }).waitFor();
        await page.getByRole('region', { name: e.nextStepsRegion }).waitFor();
        await expect.poll(() => drawnCharts(page), { timeout: 15_000 }).toBeGreaterThan(0);

        await expectNoSidewaysScroll(page, label);
        await expectAccessible(page, label);

        // The same numbers as tables: still accessible, still no sideways scroll.
        const tables = await expectTableToggles(page, e);
        expect(tables, 'every chart offers a table toggle').toBeGreaterThan(0);
        await expectNoSidewaysScroll(page, `${label} with tables`);
        await expectAccessible(page, `${label} with tables`);

        // Dark mode is a different palette, so contrast is checked again.
        const theme = page.getByRole('button', { name: e.theme });
        await theme.click();
        await expect.poll(() => theme.getAttribute('aria-pressed')).toBe('true');
        await expectAccessible(page, `${label} dark mode`);

        expect(unexpectedProblems(journey.problems)).toEqual([]);
        await journey.close();
      });
    }
  }
});
