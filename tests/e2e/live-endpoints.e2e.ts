// Journey: the live build (real VITE_API_BASE_URL, lib/build.mjs) against the fault server on another origin.
// A 500 on each endpoint in turn: exactly the parts reading it alert with Retry after backed-off retries, the
// rest keep working. And after one good load, a refetch that fails keeps the data, labelled with its time.
// One fault kind per endpoint is in live-faults.e2e.ts.
import { describe, expect, inject, it } from 'vitest';
import { RESOURCES, type ResourceName } from '../../src/contract/resources';
import { EXPECT } from './lib/expectations.mjs';
import { alertsByHeading, attemptsOf, expectFaultHandled, faultNoise, liveProblems, panelProblems, RETRIES, useFaultServer } from './lib/live';
import { READERS } from './lib/page-map';
import { DESKTOP, openJourney } from './lib/page';
import { blocksByHeading, expectShell, scrollThrough, useBrowser } from './lib/steps';

describe('live build: a 500 on each endpoint', () => {
  const browser = useBrowser();
  const service = useFaultServer();

  for (const resource of Object.keys(RESOURCES) as ResourceName[]) {
    it(`500 on ${resource}`, async () => {
      await expectFaultHandled(browser(), service(), resource, '500');
    });
  }
});

describe('live build: a failed refetch after a good load', () => {
  const browser = useBrowser();
  const service = useFaultServer();

  it('keeps the data, says when it was fetched, and recovers on Retry', async () => {
    const control = service();
    await control.fresh();
    // The page's clock, so "a while later" takes no while: whole minute + 5 s, so the fetch time is that minute.
    const start = Math.floor(Date.now() / 60_000) * 60_000 + 5_000;
    const journey = await openJourney(browser(), inject('liveUrl'), DESKTOP, {
      beforeLoad: (context) => context.clock.install({ time: start }),
    });
    const { page, context } = journey;
    await expectShell(page, EXPECT.zh);
    await scrollThrough(page);
    await expect.poll(() => panelProblems(page, 'funds', 'kept'), { timeout: 20_000, interval: 500 }).toEqual([]);
    const hhmm = (t: number) => page.evaluate((at) => new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit' }).format(at), t);
    const fetchedAt = await hhmm(start);

    // The laptop sleeps past the data's freshness (5 min) and wakes to a service failing on /funds:
    // reconnecting refetches the stale queries.
    await control.set({ '/funds': '500' });
    await control.clearLog();
    await page.clock.fastForward('06:00');
    await context.setOffline(true);
    await page.waitForTimeout(200);
    await context.setOffline(false);

    const stale = `更新失败，显示的是 ${fetchedAt} 获取的数据`;
    const staleParts = async () => {
      const blocks = await blocksByHeading(page, EXPECT.zh.retry);
      return READERS.funds.filter((h) => blocks[h]?.text.includes(stale));
    };
    await expect.poll(staleParts, { timeout: 30_000, interval: 250, message: `parts reading funds that keep their data and say "${stale}"` }).toEqual(READERS.funds);
    expect(await hhmm(await page.evaluate(() => Date.now())), 'the label is the fetch time, not the time now').not.toBe(fetchedAt);
    expect(await alertsByHeading(page), 'data kept: no part turns into an alert').toEqual({});
    expect(await panelProblems(page, 'funds', 'kept'), 'every figure, funds too, still shown').toEqual([]);
    const log = (await control.log()).requests;
    expect(attemptsOf(log, '/funds').length, 'the refetch was retried before giving up').toBe(RETRIES + 1);
    for (const resource of Object.keys(RESOURCES) as ResourceName[]) {
      if (resource !== 'funds') expect(log.filter((r) => r.path === RESOURCES[resource].path).map((r) => r.status), `${resource} refetched`).toContain(200);
    }

    // The service recovers; the notice's Retry brings the part up to date and the notice goes.
    await control.set({});
    await page.getByRole('status').filter({ hasText: stale }).first().getByRole('button', { name: EXPECT.zh.retry }).click();
    await expect.poll(staleParts, { timeout: 15_000, interval: 250, message: 'stale notices left after a good Retry' }).toEqual([]);
    expect(await panelProblems(page, 'funds', 'kept')).toEqual([]);

    expect(journey.problems.pageErrors, 'no uncaught errors').toEqual([]);
    expect(liveProblems(journey, faultNoise('/funds'))).toEqual([]);
    await journey.close();
  });
});
