// Journey: the data service misbehaves. Each widget that cannot show its data says so in a
// role="alert" with a retry button, the rest of the page keeps working, and the only errors
// are the ones the fault causes. Uses the build made with VITE_ENABLE_SCENARIOS=true.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESOURCES, type ResourceName } from '../../src/contract/resources';
import { expectAccessible } from './lib/axe';
import { EXPECT, LANGS, langQuery } from './lib/expectations.mjs';
import { expectNoSidewaysScroll } from './lib/layout';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { CHARTS, FIGURES, READERS } from './lib/page-map';
import { blocksByHeading, drawnMarks, expectShell, scrollThrough, tokenPattern, useBrowser } from './lib/steps';

// What an injected fault legitimately produces: HTTP 5xx from the API and the browser's
// matching "Failed to load resource" line. Malformed data may be reported as a parse error.
const FAULT_NOISE: Record<string, RegExp[]> = {
  error: [/\/api\/.*HTTP 5\d\d/, /Failed to load resource: the server responded with a status of 5\d\d/],
  malformed: [/ZodError|invalid|malformed|schema/i, /Failed to load resource/],
};

describe('faults', () => {
  const browser = useBrowser();

  for (const scenario of Object.keys(FAULT_NOISE)) {
    for (const lang of LANGS) {
      for (const viewport of [DESKTOP, MOBILE]) {
        const label = `scenario=${scenario} ${EXPECT[lang].htmlLang} ${viewport.width}×${viewport.height}`;

        it(`shows an alert with a retry button (${label})`, async () => {
          const e = EXPECT[lang];
          const url = withQuery(inject('scenariosUrl'), { ...langQuery(lang), scenario });
          const journey = await openJourney(browser(), url, viewport);
          const { page } = journey;

          await expectShell(page, e);
          const alert = page.getByRole('alert').filter({ has: page.getByRole('button', { name: e.retry }) }).first();
          await alert.waitFor({ timeout: 20_000 });
          expect((await alert.innerText()).trim().length).toBeGreaterThan(e.retry.length);

          // Retrying under a persistent fault must fail gracefully again, not crash.
          await alert.getByRole('button', { name: e.retry }).click();
          await page.getByRole('alert').filter({ has: page.getByRole('button', { name: e.retry }) }).first().waitFor({ timeout: 20_000 });

          await expectNoSidewaysScroll(page, label);
          await expectAccessible(page, label);
          expect(journey.problems.pageErrors, 'no uncaught errors even under faults').toEqual([]);
          expect(unexpectedProblems(journey.problems, FAULT_NOISE[scenario])).toEqual([]);
          await journey.close();
        });
      }
    }
  }
});

// One endpoint fails alone (?scenario=error&only=<resource>; mocks/demo-server.ts fails the resource
// whose RESOURCES key equals `only`). Every part of the page that reads that resource shows the alert
// with a retry button under its own heading, and nothing else does; every other part keeps its figures
// and every other chart keeps plotting. zh at desktop size only, one page load per resource.


const tally = (headings: string[]) => {
  const out: Record<string, number> = {};
  for (const h of headings) out[h] = (out[h] ?? 0) + 1;
  return out;
};

/** Alerts with a retry button, counted under the heading of the part they sit in. */
async function alertsByHeading(page: Page): Promise<Record<string, number>> {
  const blocks = await blocksByHeading(page, EXPECT.zh.retry);
  return Object.fromEntries(Object.entries(blocks).filter(([, b]) => b.alerts > 0).map(([h, b]) => [h, b.alerts]));
}

/** What is wrong with the parts that should keep working (or should have lost their figures), as lines. */
async function unaffectedProblems(page: Page, failing: ResourceName): Promise<string[]> {
  const blocks = await blocksByHeading(page, EXPECT.zh.retry);
  const marks = await drawnMarks(page);
  const wrong: string[] = [];
  for (const f of FIGURES) {
    const shown = tokenPattern(f.value, f.context).test(blocks[f.heading]?.text ?? '');
    if (f.from !== failing && !shown) wrong.push(`${f.heading}: lost "${f.value}" though ${f.from} answered`);
    if (f.from === failing && shown) wrong.push(`${f.heading}: still shows "${f.value}" though ${failing} failed`);
  }
  for (const [chart, from] of Object.entries(CHARTS)) {
    const n = marks[chart] ?? 0;
    if (from !== failing && n === 0) wrong.push(`${chart}: plots nothing though ${from} answered`);
    if (from === failing && n > 0) wrong.push(`${chart}: plots ${n} marks though ${failing} failed`);
  }
  return wrong;
}

describe('one endpoint fails alone', () => {
  const browser = useBrowser();

  it('covers every resource of the contract', () => {
    expect(Object.keys(READERS).sort()).toEqual(Object.keys(RESOURCES).sort());
    for (const name of Object.keys(RESOURCES) as ResourceName[]) {
      expect(FIGURES.some((f) => f.from === name), `a figure that ${name} feeds`).toBe(true);
    }
  });

  for (const resource of Object.keys(READERS) as ResourceName[]) {
    it(`only=${resource}: its parts alert with a retry, the rest keep their figures`, async () => {
      const url = withQuery(inject('scenariosUrl'), { scenario: 'error', only: resource });
      const journey = await openJourney(browser(), url, DESKTOP);
      const { page } = journey;
      await expectShell(page, EXPECT.zh);
      await scrollThrough(page);

      // Retries (src/api/query-client.ts) take a few seconds before a part gives up and says so.
      await expect.poll(() => alertsByHeading(page), { timeout: 20_000, interval: 500 }).toEqual(tally(READERS[resource]));
      await expect.poll(() => unaffectedProblems(page, resource), { timeout: 15_000, interval: 500 }).toEqual([]);
      // Still exactly the failing parts once everything has settled.
      expect(await alertsByHeading(page)).toEqual(tally(READERS[resource]));

      expect(journey.problems.pageErrors, 'no uncaught errors even under faults').toEqual([]);
      expect(unexpectedProblems(journey.problems, FAULT_NOISE.error)).toEqual([]);
      await journey.close();
    });
  }
});
