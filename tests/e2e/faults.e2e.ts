// Journey: the data service misbehaves. Each widget that cannot show its data says so in a
// role="alert" with a retry button, the rest of the page keeps working, and the only errors
// are the ones the fault causes. Uses the build made with VITE_ENABLE_SCENARIOS=true.
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './lib/axe';
import { EXPECT, LANGS, langQuery } from './lib/expectations.mjs';
import { expectNoSidewaysScroll } from './lib/layout';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { expectShell, useBrowser } from './lib/steps';

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
