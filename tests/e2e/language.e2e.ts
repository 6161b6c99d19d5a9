// Journey: a reader switches language with the toggle; the choice lives in the URL,
// so a reload (or a shared link) keeps it, and switching back restores Chinese.
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './lib/axe';
import { EXPECT } from './lib/expectations.mjs';
import { expectNoSidewaysScroll } from './lib/layout';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems } from './lib/page';
import { expectKpis, expectShell, useBrowser } from './lib/steps';

describe('language switch', () => {
  const browser = useBrowser();

  for (const viewport of [DESKTOP, MOBILE]) {
    const size = `${viewport.width}×${viewport.height}`;

    it(`switches to English and back, surviving a reload, at ${size}`, async () => {
      const journey = await openJourney(browser(), inject('demoUrl'), viewport);
      const { page } = journey;
      await expectShell(page, EXPECT.zh);
      await expectKpis(page, EXPECT.zh);

      await page.getByRole('button', { name: EXPECT.zh.switchLanguage, exact: true }).click();
      await expectShell(page, EXPECT.en);
      expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
      await expectKpis(page, EXPECT.en);

      await page.reload({ waitUntil: 'load' });
      await expectShell(page, EXPECT.en);
      await expectKpis(page, EXPECT.en);
      await expectNoSidewaysScroll(page, `English after reload ${size}`);
      await expectAccessible(page, `English after reload ${size}`);

      await page.getByRole('button', { name: EXPECT.en.switchLanguage, exact: true }).click();
      await expectShell(page, EXPECT.zh);
      expect(new URL(page.url()).searchParams.get('lang') ?? 'zh').not.toBe('en');
      await expectAccessible(page, `back to Chinese ${size}`);

      // The reload may cancel what the first load was still fetching (idle-time chunks): aborted, not failed.
      expect(unexpectedProblems(journey.problems, [/net::ERR_ABORTED/])).toEqual([]);
      await journey.close();
    });
  }
});
