// Opening a page for a journey, with collectors for everything that makes a run "unhealthy":
// uncaught errors, console errors, failed or 4xx/5xx requests, and requests leaving the host.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { ROOT } from './build.mjs';

const SHOTS = join(ROOT, 'tests', '.out', 'screenshots');

export interface Problems {
  pageErrors: string[];
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  /** Everything the page's Content-Security-Policy blocked (or, report-only, would have). Never allowed. */
  cspViolations: string[];
}

export interface Journey {
  context: BrowserContext;
  page: Page;
  problems: Problems;
  /** Every request URL the page made, in order (for "no /api in the demo" style checks). */
  requests: string[];
  close(): Promise<void>;
}

export const DESKTOP = { width: 1440, height: 900 } as const;
export const MOBILE = { width: 390, height: 844 } as const;

export interface JourneyOptions {
  /** Runs on the fresh context before the page is opened: network routes a fault journey needs from the start. */
  beforeLoad?: (context: BrowserContext) => Promise<void>;
}

/** A fresh context (no cache, no storage) per journey, so journeys never depend on each other. */
export async function openJourney(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = DESKTOP,
  { beforeLoad }: JourneyOptions = {},
): Promise<Journey> {
  const isMobile = viewport.width < 600;
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: isMobile ? 3 : 1,
    isMobile,
    hasTouch: isMobile,
  });
  const page = await context.newPage();
  const problems: Problems = { pageErrors: [], consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] };
  const requests: string[] = [];
  const origin = new URL(url).origin;

  // The event, not Chrome's console line: it names the directive, and fires for a probe the page catches too.
  await page.exposeFunction('__e2eCspViolation', (line: string) => problems.cspViolations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __e2eCspViolation: (line: string) => void }).__e2eCspViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}`);
    });
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? String(error)));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location();
    problems.consoleErrors.push(`${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
  });
  page.on('request', (request) => {
    requests.push(request.url());
    const target = new URL(request.url());
    if (/^https?:$/.test(target.protocol) && target.origin !== origin) {
      problems.foreignRequests.push(`${request.method()} ${request.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.method()} ${request.url()} → ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.failedRequests.push(`${response.request().method()} ${response.url()} → HTTP ${response.status()}`);
    }
  });

  // When a journey fails, what the page itself complained about is usually the real cause
  // (an uncaught error behind a "figure never appeared" timeout): print it, and keep a picture.
  onTestFailed(async ({ task }) => {
    const seen = unexpectedProblems(problems);
    if (seen.length) console.error(`Page problems before "${task.name}" failed:\n  ${seen.join('\n  ')}`);
    mkdirSync(SHOTS, { recursive: true });
    const file = join(SHOTS, `${task.name.replace(/[^\w\u4e00-\u9fff-]+/g, '_').slice(0, 100)}.png`);
    await page.screenshot({ path: file, fullPage: true }).then(() => console.error(`screenshot: ${file}`), () => {});
  });

  await beforeLoad?.(context);
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, problems, requests, close: () => context.close() };
}

/**
 * Everything collected, minus what a fault journey deliberately causes (`allow` patterns).
 * Returns a readable list; the journey asserts it is empty so failures print the lot.
 */
export function unexpectedProblems(problems: Problems, allow: RegExp[] = []): string[] {
  const keep = (line: string) => !allow.some((pattern) => pattern.test(line));
  return [
    ...problems.pageErrors.filter(keep).map((line) => `uncaught: ${line}`),
    ...problems.consoleErrors.filter(keep).map((line) => `console.error: ${line}`),
    ...problems.failedRequests.filter(keep).map((line) => `request failed: ${line}`),
    ...problems.foreignRequests.map((line) => `request to another host: ${line}`),
    ...problems.cspViolations.map((line) => `CSP violation: ${line}`),
  ];
}

/** Adds or replaces query parameters, keeping the sub-path the build is served from. */
export function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}
