// Smoke: the developer's setup works — `vite` serves the app and MSW in the browser answers
// /api, so the KPI panel fills with live (mocked) data. The suite starts and stops vite itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECT } from './lib/expectations.mjs';
import { startDevServer, type DevServer } from './lib/dev-server.mjs';
import { openJourney, unexpectedProblems } from './lib/page';
import { expectKpis, expectShell, useBrowser } from './lib/steps';

// Vite's own dev-time behaviour, not the app's: requests cut short when the dependency
// optimiser reloads the page on a cold start.
const DEV_NOISE = [/net::ERR_ABORTED/, /Outdated Optimize Dep/, /HTTP 504/];

describe('dev server', () => {
  const browser = useBrowser();
  let server: DevServer | undefined;
  beforeAll(async () => { server = await startDevServer(); });
  afterAll(async () => { await server?.stop(); });

  it('loads / and shows the KPI panel with live MSW data', async () => {
    if (!server) throw new Error('dev server not started');
    const journey = await openJourney(browser(), server.url);
    const { page } = journey;
    await expectShell(page, EXPECT.zh);
    await expectKpis(page, EXPECT.zh);

    // The figures came over /api through the mock service worker, not from an inlined seed.
    expect(journey.requests.some((url) => new URL(url).pathname.startsWith('/api/'))).toBe(true);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBeGreaterThan(0);
    expect(unexpectedProblems(journey.problems, DEV_NOISE)).toEqual([]);
    await journey.close();
  });
});
