// Journey: a keyboard-only reader tabs through the whole overview. Every visible control
// must be reachable and must show where focus is. Written generally (no list of controls),
// so widgets added later are covered automatically.
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './lib/axe';
import { EXPECT, LANGS, langQuery } from './lib/expectations.mjs';
import { tabThroughPage } from './lib/keyboard';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { expectKpis, useBrowser } from './lib/steps';

describe('keyboard', () => {
  const browser = useBrowser();

  for (const lang of LANGS) {
    for (const viewport of [DESKTOP, MOBILE]) {
      const label = `${EXPECT[lang].htmlLang} ${viewport.width}×${viewport.height}`;

      it(`reaches every control with a visible focus indicator at ${label}`, async () => {
        const journey = await openJourney(browser(), withQuery(inject('demoUrl'), langQuery(lang)), viewport);
        const { page } = journey;
        await expectKpis(page, EXPECT[lang]);
        // A chart panel is in the page (on a phone its drawing waits for the reader; the first Tab draws them all).
        await expect.poll(() => page.locator('.panel-summary').count(), { timeout: 15_000 }).toBeGreaterThan(0);

        const report = await tabThroughPage(page);
        if (process.env.E2E_VERBOSE) console.log(label, JSON.stringify(report));
        expect(report.controls, 'the page has controls to tab to').toBeGreaterThan(0);
        expect(report.unreachable, `not reachable with Tab (${report.presses} presses)`).toEqual([]);
        expect(report.invisibleFocus, 'focused without a visible indicator').toEqual([]);

        await expectAccessible(page, `${label} after tabbing`);
        expect(unexpectedProblems(journey.problems)).toEqual([]);
        await journey.close();
      });
    }
  }
});
