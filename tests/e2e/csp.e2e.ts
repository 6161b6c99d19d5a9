// The page's Content-Security-Policy (src/app/content-security-policy.ts, set by vite.config.ts) in Chromium:
// the built page runs under it with nothing blocked (every journey also fails on a violation, lib/page.ts), and
// what it forbids is really refused. A planted inline script is the negative control: a policy that let it run
// would pass every other journey.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ensureBuild, LIVE_API_BASE } from './lib/build.mjs';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems } from './lib/page';
import { useBrowser } from './lib/steps';

const policyOf = (html: string) =>
  /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&quot;/g, '"') ?? '';
const directive = (policy: string, name: string) =>
  policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

describe('a locked-down page', () => {
  const browser = useBrowser();

  for (const viewport of [DESKTOP, MOBILE]) {
    it(`loads the demo under its policy with nothing blocked, zod running without eval, at ${viewport.width}×${viewport.height}`, async () => {
      const journey = await openJourney(browser(), inject('demoUrl'), viewport);
      const { page } = journey;
      await page.getByRole('heading', { name: /基金/ }).first().waitFor();
      await page.locator('.chart-box rect.chart-bar').first().waitFor();
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(directive(policy ?? '', 'script-src')).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/=]+'$/);
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toContain('unsafe-eval');
      expect(await page.evaluate(() => (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless)).toBe(true);
      // The boot script ran (its hash is listed): the theme is set before React.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(light|dark)$/);
      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    });
  }

  it('refuses an inline script planted in the page and a request to another host, and says which directive', async () => {
    // The shipped index.html with one script added that no hash covers, as an injected or tampered page would have.
    const journey = await openJourney(browser(), inject('demoUrl'), DESKTOP, {
      beforeLoad: async (context) => { await context.route(/\/(index\.html)?(\?.*)?$/, async (route) => {
        if (route.request().resourceType() !== 'document') return route.fallback();
        const response = await route.fetch();
        const body = (await response.text()).replace('</body>', '<script>window.__planted = 1</script></body>');
        return route.fulfill({ response, body });
      }); },
    });
    const { page } = journey;
    await page.locator('.chart-box rect.chart-bar').first().waitFor();
    expect(await page.evaluate(() => (window as { __planted?: number }).__planted)).toBeUndefined();
    // (eval is not tried here: code sent over the DevTools protocol is exempt from the page's policy.)
    const fetched = await page.evaluate(() => fetch('http://127.0.0.1:9/exfiltrate').then(() => 'sent', (e: Error) => e.name));
    expect(fetched).toBe('TypeError');
    await expect.poll(() => journey.problems.cspViolations.map((line) => line.split(' ')[0]).sort()).toEqual(
      ['connect-src', 'script-src-elem'],
    );
    expect(journey.problems.cspViolations.find((l) => l.startsWith('script-src-elem'))).toMatch(/blocked inline/);
    expect(journey.problems.cspViolations.find((l) => l.startsWith('connect-src'))).toMatch(/127\.0\.0\.1:9/);
    await journey.close();
  });

  it('lets a live build reach its service, and no other host', async () => {
    const html = readFileSync(join(await ensureBuild('live'), 'index.html'), 'utf8');
    expect(directive(policyOf(html), 'connect-src')).toBe(`connect-src 'self' ${new URL(LIVE_API_BASE).origin}`);
    const demo = readFileSync(join(await ensureBuild('demo'), 'index.html'), 'utf8');
    expect(directive(policyOf(demo), 'connect-src')).toBe("connect-src 'self'");
  });
});
