// Journey: a reader opens the published demo and sees the foundation shell —
// what this is, as of when, from which source, clearly marked as demo and illustrative —
// and the headline figures arrive through the real data path.
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './lib/axe';
import { EXPECT } from './lib/expectations.mjs';
import { openJourney, unexpectedProblems } from './lib/page';
import { expectIllustrativeMarks, expectKpis, expectShell, useBrowser } from './lib/steps';

describe('foundation shell (demo build under a sub-path)', () => {
  const browser = useBrowser();
  const e = EXPECT.zh;

  it('shows title, as-of date, source, demo and illustrative marks, and real KPI figures', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'));
    const { page } = journey;

    await expectShell(page, e);
    expect(await page.title()).toMatch(e.title);
    await page.getByText(e.demoNote).first().waitFor();
    await expectIllustrativeMarks(page, e);
    await expectKpis(page, e);

    // The demo is self-contained: seed data in-process, no API calls, no service worker.
    expect(journey.requests.filter((url) => new URL(url).pathname.includes('/api/'))).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker?.getRegistrations())?.length ?? 0)).toBe(0);

    await expectAccessible(page, 'shell zh-CN 1440×900');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });
});
