// The live-fault journeys' shared parts: the fault server held for one test file, what the page records about
// failure UI, the server log read as client attempts, and which parts of the page read which resource.
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_TIMEOUT_MS } from '../../../src/api/client';
import { DEFAULT_RETRY_TIMING, MAX_RETRIES } from '../../../src/api/retry-policy';
import { RESOURCES, type ResourceName } from '../../../src/contract/resources';
import { resolveRequest } from '../../../mocks/demo-server';
import { LIVE_API_BASE, LIVE_API_PORT } from './build.mjs';
import { EXPECT } from './expectations.mjs';
import { faultControl, RETRY_AFTER_S, startFaultServer, type FaultControl, type FaultKind, type FaultServer, type LoggedRequest } from './fault-server.mjs';
import { CHARTS, FIGURES, READERS } from './page-map';
import { DESKTOP, openJourney, unexpectedProblems, type Journey } from './page';
import { blocksByHeading, drawnMarks, expectShell, scrollThrough, tokenPattern } from './steps';

/** Kinds the client retries (with back-off), and how many retries it makes after the first attempt (the client's own number). */
export const RETRYABLE: readonly FaultKind[] = ['500', '429', 'network', 'timeout'];
export const RETRIES = MAX_RETRIES;
/** The client's own request timeout: a timeout attempt lasts this long (the browser suite cannot shorten it). */
export const CLIENT_TIMEOUT_MS = DEFAULT_TIMEOUT_MS;
/** The client's notice while a query with no data retries: 重试中（1/3）, en "retrying (1/3)". */
export const RETRYING = /重试中（(\d)\/(\d)）|retrying \((\d)\/(\d)\)/;

/**
 * The data service for this file's journeys, on the port the live build has baked in. Started here rather
 * than in global-setup so the fixed port is held only while a live-fault file runs. Faults and log are reset
 * before each journey by `fresh()`.
 */
export function useFaultServer(): () => FaultControl & { fresh(faults?: Record<string, FaultKind>): Promise<void> } {
  let server: FaultServer | undefined;
  let control: FaultControl | undefined;
  beforeAll(async () => {
    server = await startFaultServer({ port: LIVE_API_PORT, allowOrigin: new URL(inject('liveUrl')).origin, resolve: resolveRequest });
    control = faultControl(server.origin);
  });
  afterAll(async () => { await server?.close(); });
  return () => {
    if (!control) throw new Error('fault server not started');
    const c = control;
    return { ...c, fresh: async (faults = {}) => { await c.reset(); await c.set(faults); } };
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a deliberately failed endpoint legitimately leaves behind: its failed requests (HTTP status, reset
 * connection, or the client's own abort on timeout) and Chromium's "Failed to load resource" line for it.
 * Anything about any other URL still counts.
 */
export function faultNoise(path: string): RegExp[] {
  const url = escape(LIVE_API_BASE + path);
  return [
    new RegExp(`^GET ${url}(\\?\\S*)? → `),
    new RegExp(`^Failed to load resource: .*\\(${url}(\\?[^)]*)?:\\d+\\)$`),
  ];
}

/** The collected problems, minus the allowed noise; requests to the data service are expected, not "foreign". */
export function liveProblems(journey: Journey, allow: RegExp[] = []): string[] {
  const problems = { ...journey.problems, foreignRequests: journey.problems.foreignRequests.filter((r) => !r.startsWith(`GET ${LIVE_API_BASE}/`)) };
  return unexpectedProblems(problems, allow);
}

/** One client attempt: Chromium silently re-sends a request that died on a reused keep-alive socket, so a
 * reset connection can reach the server several times within a few ms. Requests closer than this are one attempt. */
const SAME_ATTEMPT_MS = 250;
export interface Attempt { start: number; end: number; statuses: Array<number | null> }

export function attemptsOf(requests: LoggedRequest[], path: string): Attempt[] {
  const out: Attempt[] = [];
  for (const r of requests.filter((q) => q.path === path).sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && r.start - last.end < SAME_ATTEMPT_MS) {
      last.end = Math.max(last.end, r.end ?? Number.POSITIVE_INFINITY);
      last.statuses.push(r.status);
    } else {
      out.push({ start: r.start, end: r.end ?? Number.POSITIVE_INFINITY, statuses: [r.status] });
    }
  }
  return out;
}

/** Waits between the end of one attempt and the start of the next. */
export const gapsOf = (attempts: Attempt[]) => attempts.slice(1).map((a, i) => a.start - (attempts[i]?.end ?? a.start));

/** Failure UI as the page showed it: each distinct alert-with-retry or retrying notice, with when it first appeared. */
export interface FailureUi { kind: 'alert' | 'retrying'; text: string; t: number }

/** Install before the page loads: a MutationObserver notes the first moment each failure message appears. */
export async function recordFailureUi(context: BrowserContext): Promise<void> {
  await context.addInitScript(({ retry, retrying }) => {
    const seen: FailureUi[] = [];
    (window as unknown as { __failureUi: FailureUi[] }).__failureUi = seen;
    const pattern = new RegExp(retrying);
    const check = () => {
      for (const el of document.querySelectorAll('[role="alert"], [role="status"]')) {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        const isAlert = el.getAttribute('role') === 'alert' && [...el.querySelectorAll('button')].some((b) => b.textContent?.trim() === retry);
        const kind = isAlert ? 'alert' : pattern.exec(text) ? 'retrying' : null;
        const key = kind === 'retrying' ? pattern.exec(text)?.[0] ?? text : text;
        if (kind && !seen.some((s) => s.kind === kind && s.text === key)) seen.push({ kind, text: key, t: Date.now() });
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  }, { retry: EXPECT.zh.retry, retrying: RETRYING.source });
}

export const failureUi = (page: Page): Promise<FailureUi[]> =>
  page.evaluate(() => (window as unknown as { __failureUi?: FailureUi[] }).__failureUi ?? []);


export const tally = (headings: string[]) => {
  const out: Record<string, number> = {};
  for (const h of headings) out[h] = (out[h] ?? 0) + 1;
  return out;
};

/** Alerts with a retry button, counted under the heading of the part they sit in. */
export async function alertsByHeading(page: Page): Promise<Record<string, number>> {
  const blocks = await blocksByHeading(page, EXPECT.zh.retry);
  return Object.fromEntries(Object.entries(blocks).filter(([, b]) => b.alerts > 0).map(([h, b]) => [h, b.alerts]));
}

/**
 * What is wrong with the page when `affected` misbehaves, as lines. Every part reading another resource must
 * keep its figures and charts. The affected resource's parts must have lost theirs ('lost': an alert or an
 * empty state stands in their place) or kept them ('kept': the data is still there, e.g. a large load).
 */
export async function panelProblems(page: Page, affected: ResourceName, own: 'lost' | 'kept'): Promise<string[]> {
  const blocks = await blocksByHeading(page, EXPECT.zh.retry);
  const marks = await drawnMarks(page);
  const wrong: string[] = [];
  for (const f of FIGURES) {
    const shown = tokenPattern(f.value, f.context).test(blocks[f.heading]?.text ?? '');
    const should = f.from !== affected || own === 'kept';
    if (should && !shown) wrong.push(`${f.heading}: lost "${f.value}" though ${f.from} answered`);
    if (!should && shown) wrong.push(`${f.heading}: still shows "${f.value}" though ${affected} failed`);
  }
  for (const [chart, from] of Object.entries(CHARTS)) {
    const n = marks[chart] ?? 0;
    const should = from !== affected || own === 'kept';
    if (should && n === 0) wrong.push(`${chart}: plots nothing though ${from} answered`);
    if (!should && n > 0) wrong.push(`${chart}: plots ${n} marks though ${affected} failed`);
  }
  return wrong;
}

/** Checks the tables above still name every resource of the contract. */
export function expectReadersCoverContract(): void {
  expect(Object.keys(READERS).sort()).toEqual(Object.keys(RESOURCES).sort());
}

/** The path the client calls for a resource, relative to the API base. */
export const pathOf = (resource: ResourceName) => RESOURCES[resource].path;

const EMPTY = '暂无数据';
const VERDICT_SCALE = '10,000个项目';

/**
 * One journey against the live build with `kind` on `resource` alone: the parts reading it fail (alert with
 * Retry), go empty, or cope with the load; everything else keeps its figures; no uncaught error; the first
 * failure UI within 5 s of the first failed request; retries back off (429 never sooner than its
 * Retry-After) and the kinds a retry cannot fix are tried once; a timed-out attempt lasts the client's timeout.
 */
export async function expectFaultHandled(
  browser: Browser, control: FaultControl & { fresh(faults?: Record<string, FaultKind>): Promise<void> },
  resource: ResourceName, kind: FaultKind,
): Promise<void> {
  const path = pathOf(resource);
  await control.fresh({ [path]: kind });
  const journey = await openJourney(browser, inject('liveUrl'), DESKTOP, { beforeLoad: recordFailureUi });
  const { page } = journey;
  await expectShell(page, EXPECT.zh);
  await scrollThrough(page);

  if (kind === 'empty' || kind === 'scale') {
    await expect.poll(() => panelProblems(page, resource, kind === 'empty' ? 'lost' : 'kept'), { timeout: 20_000, interval: 500, message: 'parts that should (not) show their figures' }).toEqual([]);
    expect(await alertsByHeading(page), 'no part alerts: the service answered').toEqual({});
    const blocks = await blocksByHeading(page, EXPECT.zh.retry);
    if (kind === 'empty') {
      for (const heading of READERS[resource]) expect(blocks[heading]?.text, `${heading} says it has no data`).toContain(EMPTY);
    } else {
      expect(Object.keys(blocks).some((h) => h.includes(VERDICT_SCALE)), `the verdict counts ${VERDICT_SCALE}`).toBe(true);
    }
    expect(await failureUi(page), 'no failure UI at all').toEqual([]);
  } else {
    const retried = RETRYABLE.includes(kind);
    // A timeout attempt lasts the client's timeout: four of them plus back-off before the last word.
    const settle = kind === 'timeout' ? (RETRIES + 1) * CLIENT_TIMEOUT_MS + 15_000 : 30_000;
    await expect.poll(() => alertsByHeading(page), { timeout: settle, interval: 500, message: `alerts with Retry, by part, with ${kind} on ${path}` }).toEqual(tally(READERS[resource]));
    await expect.poll(() => panelProblems(page, resource, 'lost'), { timeout: 15_000, interval: 500, message: 'parts that should (not) show their figures' }).toEqual([]);

    const first = attemptsOf((await control.log()).requests, path);
    const ui = await failureUi(page);
    const firstFailed = first[0];
    expect(firstFailed, `the service saw ${path}`).toBeDefined();
    expect(ui.length, 'some failure UI').toBeGreaterThan(0);
    const shownAfter = Math.min(...ui.map((u) => u.t)) - (firstFailed?.end ?? 0);
    expect(shownAfter, `error or retrying notice ${shownAfter} ms after the first failed request`).toBeLessThan(5_000);

    const retrying = ui.filter((u) => u.kind === 'retrying').map((u) => u.text);
    if (retried) {
      // Counting up to the last retry; a part revealed late (below the fold) joins the count where it stands.
      const count = Array.from({ length: RETRIES }, (_, i) => `重试中（${i + 1}/${RETRIES}）`);
      expect(retrying.length, 'a retrying notice while no data has arrived').toBeGreaterThan(0);
      expect(retrying, 'the retrying notice counts up to the last retry').toEqual(count.slice(RETRIES - retrying.length));
      // While the page is still busy rendering, a wait may run long; the one after Retry is on a quiet page.
      expectBackOff(first.slice(0, RETRIES + 1), kind, 'first load', { grows: kind === 'timeout' });
      if (kind === 'timeout') {
        for (const a of first.slice(0, RETRIES + 1)) {
          expect(a.end - a.start, 'a timed-out attempt lasts the client timeout, then the client gives up on it').toBeGreaterThanOrEqual(CLIENT_TIMEOUT_MS - 1_000);
          expect(a.end - a.start, 'a timed-out attempt lasts the client timeout, then the client gives up on it').toBeLessThan(CLIENT_TIMEOUT_MS + 3_000);
        }
      }
    } else {
      expect(retrying, `${kind} is not retried, so no retrying notice`).toEqual([]);
    }

    // Retry after everything has rendered: one fetch, exactly one attempt or 1 + RETRIES, then the alert again.
    if (kind !== 'timeout') {
      await control.clearLog();
      const alert = page.getByRole('alert').filter({ has: page.getByRole('button', { name: EXPECT.zh.retry }) }).first();
      await alert.getByRole('button', { name: EXPECT.zh.retry }).click();
      const want = retried ? RETRIES + 1 : 1;
      await expect.poll(async () => attemptsOf((await control.log()).requests, path).length, { timeout: 30_000, interval: 250 }).toBe(want);
      await expect.poll(() => alertsByHeading(page), { timeout: 15_000, interval: 250 }).toEqual(tally(READERS[resource]));
      // Longer than the first back-off step: a retry the client should not make would have started by now.
      await page.waitForTimeout(2_500);
      const again = attemptsOf((await control.log()).requests, path);
      expect(again.length, `attempts after one Retry on ${kind}`).toBe(want);
      if (retried) expectBackOff(again, kind, 'after Retry', { grows: true });
    }
  }

  expect(journey.problems.pageErrors, 'no uncaught errors even under faults').toEqual([]);
  expect(liveProblems(journey, faultNoise(path))).toEqual([]);
  await journey.close();
}

/** Timer and clock granularity between the browser and the server's log. */
const SLACK_MS = 20;

/**
 * 1 + RETRIES attempts, and no wait shorter than the client's back-off step (src/api/retry-policy.ts) — after a
 * 429, than its Retry-After. With `grows`, each wait also longer than the one before: a wait can only run long
 * when the page is busy, so this is checked where it is quiet. A 429's waits may level off at the Retry-After
 * (the client takes the larger of that and its back-off), so they need only not shrink much.
 */
function expectBackOff(attempts: Attempt[], kind: FaultKind, when: string, { grows }: { grows: boolean }): void {
  expect(attempts.length, `${when}: 1 + ${RETRIES} attempts`).toBe(RETRIES + 1);
  const gaps = gapsOf(attempts);
  const shown = `${when}: waits ${gaps.join(', ')} ms`;
  const { baseMs, capMs } = DEFAULT_RETRY_TIMING;
  gaps.forEach((gap, i) => {
    const least = kind === '429' ? RETRY_AFTER_S * 1000 : Math.min(baseMs * 2 ** i, capMs);
    expect(gap, `${shown}: wait ${i + 1} at least ${least} ms${kind === '429' ? ` (Retry-After: ${RETRY_AFTER_S})` : ''}`).toBeGreaterThanOrEqual(least - SLACK_MS);
    if (!grows || i === 0) return;
    const before = gaps[i - 1] ?? 0;
    if (kind === '429') expect(gap, `${shown}, never much shorter than the one before`).toBeGreaterThanOrEqual(before - 100);
    else expect(gap, `${shown}, each longer than the one before`).toBeGreaterThan(before);
  });
}
